"""Qualifiers: the hedge words around a number ("about", "more than", "up to", "another").

``prefix_qualifier`` looks at the few words just before a number; ``suffix_qualifier`` at the
words just after it ("or more", "-plus", "or so", "more"). Both are bounded look-ups in
closed phrase tables, matched longest first.
"""

from __future__ import annotations

from services.processors.figures.numbers import UNITS
from services.processors.figures.tokens import Token

PREFIXES: dict[tuple[str, ...], str] = {}
for _qualifier, _phrases in {
    "approximate": "about|around|roughly|approximately|approx|nearly|almost|some|an estimated|estimated|"
    "close to|circa|an approximate|approaching|or so|just about|more or less|in the region of|"
    "on the order of|in the order of|nigh on|getting on for|estimated at|in the neighbourhood of|"
    "in the neighborhood of|the best part of|the better part of",
    "lower-bound": "more than|over|above|at least|greater than|higher than|in excess of|exceeding|"
    "no fewer than|no less than|a minimum of|just over|well over|well above|not less than|not fewer than|"
    "as few as|more then|beyond|greater than or equal to|more than or equal to|bigger or equal than|"
    "larger or equal than|higher or equal than|greater or equal than|greater or equal to|at least or equal to|larger than|bigger than|exceed|exceeds|exceeded|surpass|"
    "surpassed|surpassing|surpasses|tops|topped|topping|outstripped|outstripping|upward of|upwards of|north of|as low as|as little as|at a minimum|"
    "at minimum|at the very least",
    "upper-bound": "fewer than|less than|under|below|up to|at most|no more than|a maximum of|"
    "as many as|as much as|not more than|lower than|just under|well under|well below|a mere|only|just|"
    "not even|barely|as high as|maximum|max|less than or equal to|smaller or equal than|"
    "smaller than|fewer than or equal to|less or equal than|less or equal to|lower or equal than|no higher than|no greater than|"
    "south of|shy of|just shy of|just short of|fell short of|falls short of|fall short of|at a maximum|at the most",
    "increment": "an additional|additional|another|a further|further|an extra|extra|a fresh|fresh|"
    "a new batch of|some more",
}.items():
    for _phrase in _phrases.split("|"):
        PREFIXES[tuple(_phrase.split())] = _qualifier
# "only 5", "just 5", "a mere 5" state the number exactly while stressing that it is small.
for _phrase in ("only", "just", "a mere", "not even", "barely"):
    PREFIXES[tuple(_phrase.split())] = "exact"
_LONGEST = max(len(key) for key in PREFIXES)
# Hedge words that German, French, Spanish, Italian and Dutch write as English does, with its sense.
NEUTRAL_PREFIXES = {
    "max": "upper-bound",
    "maximum": "upper-bound",
    "circa": "approximate",
    "ca": "approximate",
    "approx": "approximate",
}


def _words_before(tokens: list[Token], index: int, count: int) -> list[str]:
    words: list[str] = []
    j = index - 1
    while j >= 0 and len(words) < count and tokens[j].kind == "word":
        words.append(tokens[j].lower)
        j -= 1
    return words[::-1]


_SYMBOLS = {
    ">": "lower-bound",
    "≥": "lower-bound",
    "<": "upper-bound",
    "≤": "upper-bound",
    "~": "approximate",
    "≈": "approximate",
}


def prefix_qualifier(tokens: list[Token], index: int, english: bool = True) -> tuple[str, int] | None:
    """(qualifier, index of the phrase's first token) for a hedge ending just before
    ``tokens[index]``, or None. "as many as" and "up to" are upper bounds, "some" and
    "an estimated" approximations, "another" and "an additional" increments. ``english``: the
    body is English; otherwise only symbols (">", "~") and the words other languages spell
    alike (NEUTRAL_PREFIXES: "max", "circa") are read, since "over" is "about" in Dutch."""
    j = index - 1
    if j >= 0 and tokens[j].text == "=" and j - 1 >= 0 and tokens[j - 1].text in _SYMBOLS:
        j -= 1  # ">=", "<="
    if j >= 0 and tokens[j].text in _SYMBOLS and (j == 0 or tokens[j - 1].kind != "num"):
        return _SYMBOLS[tokens[j].text], j
    if not english:
        if j >= 1 and tokens[j].text == "." and tokens[j].adjacent:
            j -= 1  # "max. 500", "ca. 300": the abbreviation's point
        if j >= 0 and tokens[j].lower in NEUTRAL_PREFIXES:
            return NEUTRAL_PREFIXES[tokens[j].lower], j
        return None
    words = _words_before(tokens, index, _LONGEST + 1)
    for size in range(min(len(words), _LONGEST), 0, -1):
        phrase = tuple(words[-size:])
        if phrase in PREFIXES:
            if phrase == ("about",) and len(words) > 1 and words[-2] in _ABOUT_GOVERNORS:
                return None  # "they talked about 3 issues": the preposition, not a hedge
            if phrase == ("over",) and len(words) > 1 and words[-2] in _OVER_PARTICLE_VERBS:
                return None  # "refused to hand over two suspects": the verb's particle, not a bound
            return PREFIXES[phrase], index - size
    if len(words) > 1 and words[-1] in _REACH_VERBS and words[-2] in _VERB_OPENERS:
        return "lower-bound", index - 1  # "could top $100", "expected to exceed 5,000"
    if len(words) > 1 and words[-1] == "past" and words[-2] in _RISE_VERBS:
        return "lower-bound", index - 1  # "surged past $90": went beyond the level
    return None


# Verbs of going past a level in their bare form, a hedge only after a modal or "to" ("could top
# $100", "set to surpass 1m"); "the top 10" is a rank, not a bound.
_REACH_VERBS = frozenset(("top", "outstrip"))
# Verbs of rising before "past" ("surged past $90", "climbed past 5,000"); "the past 5 years" is no bound.
_RISE_VERBS = frozenset(
    """rise rises rose risen rising climb climbs climbed climbing surge surges surged surging jump jumps
    jumped jumping push pushes pushed pushing move moves moved moving edge edges edged edging creep
    creeps crept creeping soar soars soared soaring shoot shoots shot shooting race races raced racing
    sail sails sailed sailing break breaks broke broken breaking blow blows blew blown go goes went gone
    going zoom zooms zoomed zooming""".split()
)
_VERB_OPENERS = frozenset("could can may might will would should must to not never cannot soon".split())


# Verbs whose particle is "over" when they give something up: "hand over", "turn over", "sign over".
_OVER_PARTICLE_VERBS = frozenset(
    """hand hands handed handing turn turns turned turning sign signs signed signing""".split()
)


# Words that take "about" as their preposition ("talked about", "fears about", "information about").
_ABOUT_GOVERNORS = frozenset(
    """talk talks talked talking speak speaks spoke spoken speaking worry worries worried concern concerns
    concerned ask asks asked asking care cares cared write writes wrote written writing complain complains
    complained argue argues argued arguing question questions information news story stories details
    comment comments fears doubts debate dispute row""".split()
)


# Bounds written after the number, longest first.
_SUFFIX_BOUNDS = {
    ("at", "the", "very", "least"): "lower-bound",
    ("at", "the", "least"): "lower-bound",
    ("at", "a", "minimum"): "lower-bound",
    ("at", "the", "most"): "upper-bound",
    ("at", "a", "maximum"): "upper-bound",
    ("at", "least"): "lower-bound",
    ("at", "minimum"): "lower-bound",
    ("at", "most"): "upper-bound",
    ("at", "maximum"): "upper-bound",
    ("minimum",): "lower-bound",
    ("maximum",): "upper-bound",
    ("max",): "upper-bound",
    ("tops",): "upper-bound",
}
_PREPOSITIONS = frozenset("in on at of for from to by with across among inside within".split())


def _number_start(token: Token) -> bool:
    return token.kind == "num" or token.lower in UNITS


def suffix_qualifier(tokens: list[Token], index: int, english: bool = True) -> tuple[str, int] | None:
    """(qualifier, index of the phrase's last token) for a hedge starting at ``tokens[index]``:
    "or more"/"plus"/"+"/"and counting"/"at least" (lower bound), "or fewer"/"or less"/"at most"/
    "tops" (upper), "or so"/"or thereabouts"/"-odd" (approximate), "more" followed by a noun or a
    participle (increment, "30,000 more troops"). ``english``: the body is English; otherwise
    only a "+" against the number is read."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    if not english:
        return ("lower-bound", index) if token.text == "+" and token.adjacent else None
    nxt = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if (
        after is not None
        and nxt in ("more", "above", "over", "under", "below", "fewer", "less", "greater", "higher", "lower", "smaller")
        and (
            _number_start(after)
            or after.lower == "than"
            and index + 3 < len(tokens)
            and (_number_start(tokens[index + 3]) or tokens[index + 3].lower == "or")
        )
    ):
        return None  # "under 5 and over 65", "5 or more than 6", "40 and greater than or equal to 50": a new comparison
    if token.lower in ("or", "and") and nxt in ("more", "above", "over", "greater", "higher", "upwards"):
        if (
            token.lower == "and"
            and nxt == "more"
            and after is not None
            and after.kind == "word"
            and after.lower not in ("than", *_PREPOSITIONS)
        ):
            return None  # "500 and more people" reads as a list, not a bound; "500 and more in stock" is one
        return "lower-bound", index + 1
    if token.lower == "or" and nxt in ("fewer", "less", "below", "under", "lower", "smaller"):
        return "upper-bound", index + 1
    if token.lower == "or" and nxt in ("so", "thereabouts"):
        return "approximate", index + 1
    if token.lower == "and" and nxt in ("counting", "rising", "climbing") and (after is None or after.kind != "word"):
        return "lower-bound", index + 1  # "a toll of 300 and counting": at least 300, more to come
    if token.text == "+" and token.adjacent:
        return "lower-bound", index
    if token.text == "-" and token.adjacent and nxt in ("plus", "odd"):
        return ("lower-bound" if nxt == "plus" else "approximate"), index + 1
    if token.lower == "plus" and (index + 1 >= len(tokens) or tokens[index + 1].kind != "num"):
        return "lower-bound", index
    if token.lower == "odd":
        return "approximate", index
    if token.lower == "at" or token.lower in ("tops", "max", "maximum", "minimum"):
        for phrase, qualifier in _SUFFIX_BOUNDS.items():
            size = len(phrase)
            follower = tokens[index + size] if index + size < len(tokens) else None
            if tuple(t.lower for t in tokens[index : index + size]) == phrase and (
                follower is None
                or follower.kind != "num"
                and not (phrase[0] != "at" and follower.kind == "word")  # "a $2 minimum order" is no bound
            ):
                return qualifier, index + size - 1  # "300 at least", "500 at most", "20 tops"
    if token.lower == "more" and nxt == "or" and index + 2 < len(tokens) and tokens[index + 2].lower == "less":
        return "approximate", index + 2  # "12 feet, more or less"
    if token.lower == "more" and nxt not in ("than", "then", "") and tokens[index + 1].kind == "word":
        return "increment", index
    return None
