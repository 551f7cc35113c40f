"""Model numbers of one article: a number the article writes once as a model designation labels
the model wherever it recurs there ("Boeing 777" ... "the new 777", "a 777 plane").

``model_numbers(tokens)`` is the set of digit strings an article uses as model designations:
after a maker's name ("Boeing 777", "Airbus's 380"), before a capitalised model word ("787
Dreamliner", "the 737 MAX"), with a model suffix ("747-400", "777-200LR"), or in the shape of an
aircraft model before a singular aircraft noun ("the new 777 aircraft", "a 767 tanker").
``model_reuse(tokens, i, models, maker_named)`` is True when the bare number at tokens[i] is one of
them used as a label: no plural noun after it and no word of counting before it ("ordered 777
aircraft", "777 jobs" and "of 777" still count). Both look at a bounded window per number.
"""

from __future__ import annotations

from services.processors.figures.furniture import designation
from services.processors.figures.lemmas import is_plural
from services.processors.figures.tokens import Token

# Makers whose models are numbered: aircraft first, then cars and phones.
MAKERS = frozenset(
    """boeing airbus embraer bombardier lockheed cessna tupolev ilyushin antonov sukhoi fokker
    mcdonnell dassault gulfstream learjet beechcraft saab peugeot porsche fiat volvo bmw nokia""".split()
)

# Capitalised words that name a model after its number: "787 Dreamliner", "737 MAX", "747 Jumbo".
MODEL_WORDS = frozenset("dreamliner max jumbo superjumbo xwb neo stratotanker".split())

# Singular nouns of aircraft: a model number stands before them ("the new 777 aircraft").
AIRCRAFT_NOUNS = frozenset("aircraft jet jetliner plane airliner tanker freighter airplane aeroplane".split())

# Words before a number that count with it: "ordered 777 aircraft", "a fleet of 737 planes".
COUNT_CUES = frozenset(
    """of than ordered order orders ordering bought buy buys buying sold sell sells selling delivered
    deliver delivers delivering built build builds building leased lease leases operates operate operated
    has have had about nearly almost around some over under only just""".split()
)

# Words that open a noun phrase before a model number on its own ("the 717", "its new 777").
OPENERS = frozenset("the a an its their his her this that new".split())

_SUFFIX_HUNDREDS = frozenset(f"{d}00" for d in range(1, 10))


def _model_digits(token: Token) -> bool:
    """True for the digits a model number is written with: three or four, no leading zero, no year."""
    text = token.text
    if token.kind != "num" or not text.isdigit() or len(text) not in (3, 4) or text.startswith("0"):
        return False
    return len(text) == 3 or not 1000 <= int(text) <= 2100


def _aircraft_shaped(text: str) -> bool:
    """True for the three digits of an aircraft model: the same first and last digit ("737", "777", "717")."""
    return len(text) == 3 and text[0] == text[2]


def _word(tokens: list[Token], k: int) -> Token | None:
    """tokens[k] when it is a word, else None."""
    return tokens[k] if 0 <= k < len(tokens) and tokens[k].kind == "word" else None


def _maker(token: Token | None) -> bool:
    """True when ``token`` is a maker's name, possessive or not ("Boeing", "Airbus's")."""
    if token is None or not token.text[:1].isupper():
        return False
    lower = token.lower
    for ending in ("'s", "’s"):
        if lower.endswith(ending):
            lower = lower[: -len(ending)]
    return lower in MAKERS


def _suffixed(tokens: list[Token], i: int) -> bool:
    """True when a model suffix is hyphened to tokens[i], itself no round number: a round hundred
    below it ("747-400", "777-200LR"), so no range."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "-" or not tokens[i + 1].adjacent:
        return False
    suffix, text = tokens[i + 2], tokens[i].text
    if text.endswith("0"):
        return False  # "the 300-200 vote": round numbers on both sides are a tally
    return suffix.adjacent and suffix.text in _SUFFIX_HUNDREDS and int(suffix.text) < int(text)


def _named_model(tokens: list[Token], i: int) -> bool:
    """True when a capitalised model word follows tokens[i] ("787 Dreamliner") or the furniture
    reads it as a designation ("the 911 Carrera")."""
    after = _word(tokens, i + 1)
    if after is not None and after.text[:1].isupper() and after.lower in MODEL_WORDS:
        return True
    return designation(tokens, i)


def _before_aircraft_noun(tokens: list[Token], i: int) -> bool:
    """True when an aircraft-shaped number stands before a singular aircraft noun with no word of
    counting before it ("a 767 tanker", "the new 777 aircraft"; "ordered 777 aircraft" counts)."""
    after = _word(tokens, i + 1)
    if after is None or after.lower not in AIRCRAFT_NOUNS or not _aircraft_shaped(tokens[i].text):
        return False
    before = tokens[i - 1] if i > 0 else None
    return before is None or before.kind == "word" and before.lower not in COUNT_CUES


def _plural_noun(word: Token) -> bool:
    """True for a plural noun after a number; "aircraft", singular and plural alike, is left to the model."""
    return is_plural(word.lower) and word.lower not in AIRCRAFT_NOUNS


def model_numbers(tokens: list[Token]) -> frozenset[str]:
    """Digit strings the article writes as a model designation at least once (see module doc)."""
    found = set()
    for i, token in enumerate(tokens):
        if not _model_digits(token):
            continue
        if (
            _maker(_word(tokens, i - 1))
            or _named_model(tokens, i)
            or _suffixed(tokens, i)
            or _before_aircraft_noun(tokens, i)
        ):
            found.add(token.text)
    return frozenset(found)


def names_maker(tokens: list[Token]) -> bool:
    """True when the article names a maker of numbered models anywhere."""
    return any(token.kind == "word" and _maker(token) for token in tokens)


def model_reuse(tokens: list[Token], i: int, models: frozenset[str], maker_named: bool) -> bool:
    """True when the bare number at tokens[i] is a model designation, not a count: a number of
    ``models`` or, in an article that names a maker, an aircraft-shaped number after an opener
    ("the 717,"), with no word of counting before it and no plural noun after it."""
    token = tokens[i]
    if token.kind != "num":
        return False
    before = tokens[i - 1] if i > 0 else None
    if before is not None and (before.kind == "num" or before.lower in COUNT_CUES):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.kind == "word" and not after.adjacent and _plural_noun(after):
        return False  # "777 jobs", "the 737 passengers"
    if token.text in models:
        return True
    return (
        maker_named
        and _aircraft_shaped(token.text)
        and before is not None
        and before.lower in OPENERS
        and (after is None or after.kind != "word" or after.lower in AIRCRAFT_NOUNS)
    )
