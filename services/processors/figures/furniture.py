"""Furniture: digit runs that are contact details or page counters, not figures.

``phone_like(tokens, i)``: tokens[i] belongs to a run of bare digit groups written the way
phone numbers are ("020 7946 0958", "+44 20 7946 0958", "(212) 555 1234"): a leading "+",
an area code in brackets or a cue word ("call", "tel") just before, two groups led by "0", or
three groups or more of 7 digits or more, none over four digits but a first area code led by "0"
("01632 960 123"); a row of wider or longer cells is data ("Exports 1234 56789 987"). ``counter_like(tokens, i)``:
tokens[i] is either number of a slide or page counter ("Page 2 of 5", "image 3 of 10").
``labelled(tokens, i)``: tokens[i] labels a numbered thing ("version 2", "5 min read").
``designation(tokens, i)``: tokens[i] is a model number before its capitalised model word
("the 737 MAX", "a 787 Dreamliner"). ``zip_like(tokens, i)``: tokens[i] is a US ZIP code after a state ("Dallas, Texas 75201",
"Austin, TX 78701"). All look at a bounded number of neighbouring tokens.
"""

from __future__ import annotations

from services.processors.figures.lemmas import is_plural
from services.processors.figures.lexicon import lexicon
from services.processors.figures.tokens import Token
from services.processors.figures.units import measure_after

MAX_GROUPS = 8
MIN_PHONE_DIGITS = 7  # "555 12 34"
PHONE_CUES = frozenset(
    "call phone telephone tel fax hotline helpline mobile whatsapp dial ring newsroom newsdesk desk".split()
)
COUNTER_LABELS = frozenset(
    "page pages image images photo photos picture pictures slide slides step part item figure table gallery video".split()
)


def _phone_group(text: str, first: bool) -> bool:
    """True when ``text`` is shaped as one group of a phone number written without a cue: at
    most four digits ("7946", "555"), or an area code led by a zero as the first group ("01632").
    A cell of five digits or more ("56789", "12000") belongs to a data row."""
    return len(text) <= 4 or first and len(text) <= 5 and text.startswith("0")


def _group(tokens: list[Token], k: int) -> bool:
    return 0 <= k < len(tokens) and tokens[k].kind == "num" and tokens[k].text.replace(" ", "").isdigit()


def _previous(tokens: list[Token], k: int) -> int | None:
    """The digit group before group k in the same run, or None."""
    if _group(tokens, k - 1) and not tokens[k].adjacent:
        return k - 1
    if (
        k >= 2
        and tokens[k - 1].text in ("-", ".")
        and tokens[k].adjacent
        and tokens[k - 1].adjacent
        and _group(tokens, k - 2)
    ):
        return k - 2
    if k >= 3 and tokens[k - 1].text == ")" and not tokens[k].adjacent and _bracketed_code(tokens, k - 2):
        return k - 2
    return None


def _bracketed_code(tokens: list[Token], last: int) -> bool:
    """tokens[last] closes one or two digit groups in brackets: "(212)", "(36 1)" (country and area code)."""
    if not _group(tokens, last) or last < 1:
        return False
    if tokens[last - 1].text == "(":
        return True
    return last >= 2 and _group(tokens, last - 1) and not tokens[last].adjacent and tokens[last - 2].text == "("


def _next(tokens: list[Token], k: int) -> int | None:
    """The digit group after group k in the same run, or None."""
    if _group(tokens, k + 1) and not tokens[k + 1].adjacent:
        return k + 1
    if (
        k + 2 < len(tokens)
        and tokens[k + 1].text in ("-", ".")
        and tokens[k + 1].adjacent
        and tokens[k + 2].adjacent
        and _group(tokens, k + 2)
    ):
        return k + 2
    if (
        k + 2 < len(tokens)
        and tokens[k + 1].text == ")"
        and _bracketed_code(tokens, k)
        and _group(tokens, k + 2)
        and not tokens[k + 2].adjacent
    ):
        return k + 2
    return None


def phone_like(tokens: list[Token], index: int) -> bool:
    """True when tokens[index] is one group of a phone-number-like run of digit groups."""
    if not _group(tokens, index):
        return False
    groups = [index]
    while len(groups) < MAX_GROUPS and (before := _previous(tokens, groups[0])) is not None:
        groups.insert(0, before)
    while len(groups) < MAX_GROUPS and (after := _next(tokens, groups[-1])) is not None:
        groups.append(after)
    start = groups[0]
    digits = sum(len(tokens[k].text.replace(" ", "")) for k in groups)
    plus = start > 0 and tokens[start - 1].text == "+" and tokens[start].adjacent
    bracketed = (
        start > 0
        and tokens[start - 1].text == "("
        and len(groups) >= 2
        and any(k + 1 < len(tokens) and tokens[k + 1].text == ")" for k in groups[:2])
    )
    cued = any(tokens[k].lower in PHONE_CUES for k in range(max(0, start - 3), start))
    if plus or bracketed or cued:
        return digits >= 7
    if len(groups) >= 3:
        return digits >= MIN_PHONE_DIGITS and all(_phone_group(tokens[k].text, k == start) for k in groups)
    return len(groups) >= 2 and tokens[start].text.startswith("0") and digits >= 8


# Lower-case nouns that name a numbered thing: the number after them is a label ("version 2",
# "room 101", "level 4 restrictions"), not a count. Capitalised labels are names (scanner).
LABELS = frozenset(
    """version verse chapter section article page code zip postcode room flat apartment suite gate
    platform seat row route bus flight line lane level floor episode season series volume issue edition exit
    junction ward district precinct zone phase grade tier stage terminal pier berth channel track
    no nos number""".split()
)
SOCIAL_COUNTERS = frozenset("comments comment replies shares likes views reactions".split())


def labelled(tokens: list[Token], index: int) -> bool:
    """True when tokens[index] is a bare number that labels something: after a label noun
    ("version 2", "zip code 10001") that is no verb ("will issue 500 shares"), in "(12)" after a
    social counter ("Comments (12)"), or before "min read" ("5 min read")."""
    if (
        index >= 1
        and tokens[index - 1].kind == "word"
        and tokens[index - 1].text.islower()
        and tokens[index - 1].lower in LABELS
    ):
        if index >= 2 and _verb_before(tokens, index - 1):
            return False  # "will issue 100 mln dlrs", "plans to issue 500,000 shares": a verb, no label
        return not (index + 1 < len(tokens) and tokens[index + 1].lower in ("of", "%", "percent"))
    if index >= 2 and tokens[index - 1].text == "(" and tokens[index - 2].lower in SOCIAL_COUNTERS:
        return True
    return (
        index + 2 < len(tokens)
        and tokens[index + 1].lower in ("min", "mins", "minute", "minutes")
        and tokens[index + 2].lower == "read"
    )


# Words after which a label noun is a verb: modals, and "to" before the nouns that are mostly
# verbs when an amount follows ("to issue 500,000 shares"; "go to page 5" keeps its label).
MODALS = frozenset("will would shall should may might can could must".split())
VERB_LABELS = frozenset(("issue",))


def _verb_before(tokens: list[Token], label: int) -> bool:
    """True when the label noun at tokens[label] is used as a verb ("will issue", "to issue")."""
    before = tokens[label - 1].lower
    return before in MODALS or before == "to" and tokens[label].lower in VERB_LABELS


def counter_like(tokens: list[Token], index: int) -> bool:
    """True when tokens[index] is a number of "<label> N of M" ("Page 2 of 5")."""

    def label(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].kind == "word" and tokens[k].lower in COUNTER_LABELS

    if label(index - 1) and index + 2 < len(tokens) and tokens[index + 1].lower == "of" and _group(tokens, index + 2):
        return True
    return index >= 3 and tokens[index - 1].lower == "of" and _group(tokens, index - 2) and label(index - 3)


# US states and their postal abbreviations: five digits after one are a ZIP code.
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota
    Ohio Oklahoma Oregon Pennsylvania Rhode Island Tennessee Texas Utah Vermont Virginia Washington
    Wisconsin Wyoming Columbia AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS
    MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()
)


def zip_like(tokens: list[Token], index: int) -> bool:
    """True when tokens[index] is five digits right after a US state, a comma between allowed
    ("Dallas, Texas 75201", "Texas, 75201", "Austin, TX 78701"), and before no lower-case word
    ("Ohio 12000 jobs" counts)."""
    token = tokens[index]
    if not (token.text.isdigit() and len(token.text) == 5):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.kind == "word" and after.text[:1].islower():
        return False  # "Ohio 12000 jobs", "New York 25000 people": a count
    k = index - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    return k >= 0 and tokens[k].text in US_STATES


# Words that open a noun phrase before a model number ("the 737 MAX", "Boeing's 787 Dreamliner").
_DESIGNATION_OPENERS = frozenset("the a an its their his her our this that these those".split())
MAX_NAME_WORDS = 3


def designation(tokens: list[Token], index: int) -> bool:
    """True when the whole number tokens[index], right after a determiner or a possessive, is
    followed by capitalised words that name a model, not what is counted: "the 737 MAX", "a 787
    Dreamliner", "Airbus's 350 XWB". The number counts when the capitalised words end in a plural
    or are followed by one ("the 27 EU members", "the 300 Spartans", "the 40 Bosnian Serbs"), when
    one of them is a unit or currency, or when it is a people word ("the 300 French")."""
    token = tokens[index]
    if token.kind != "num" or not token.text.isdigit() or index < 1:
        return False
    prev = tokens[index - 1]
    possessive = prev.lower == "s" and index >= 2 and tokens[index - 2].text in ("'", "’")
    if not (prev.lower in _DESIGNATION_OPENERS or possessive) or measure_after(tokens, index + 1) is not None:
        return False  # "the 400 MW": a unit symbol, not a model
    if index + 1 < len(tokens) and tokens[index + 1].text in ("C", "F"):
        return False  # "its 30 C outside": degrees
    words = lexicon()
    k = index + 1
    while k < len(tokens) and k - index <= MAX_NAME_WORDS:
        word = tokens[k]
        if word.kind != "word" or not word.text[:1].isupper() or word.adjacent:
            break
        lower = word.lower
        if lower in words.measures or lower in words.currencies or lower.endswith(_PEOPLE_ENDINGS):
            return False
        if is_plural(lower):
            return False  # "the 300 Spartans", "THE 300 SOLDIERS"
        k += 1
    if k == index + 1:
        return False  # no capitalised word after the number
    after = tokens[k] if k < len(tokens) else None
    return after is None or after.kind != "word" or not is_plural(after.lower)  # "the 27 EU members" counts


# Endings of nationality words used as plural nouns: "the 300 French", "the 2,000 Dutch", "the 40 Chinese".
_PEOPLE_ENDINGS = ("ese", "ish", "ch", "sh")
