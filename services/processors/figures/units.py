"""Units: what a number counts or measures.

``measure_after`` reads a physical or time unit written after a number ("km", "square
kilometres", "degrees Celsius", "-day" in "three-day", "kV" by :mod:`symbols`). ``counted_noun`` reads the counted noun
phrase after a number and returns its lemma ("soldiers" -> "soldier", "military engineers and
builders" -> "military engineer and builder", "rounds of artillery ammunition" -> "round of
artillery ammunition"). ``referent_before`` resolves "of whom"/"of them" to the nearest plural
noun before the figure in the same sentence. All look at a bounded number of tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.processors.figures.lemmas import is_plural, singular
from services.processors.figures.lexicon import lexicon
from services.processors.figures.numbers import UNITS
from services.processors.figures.symbols import data_symbol, unit_symbol
from services.processors.figures.tokens import Token

MAX_NOUN_WORDS = 4
MAX_REFERENT_DISTANCE = 12
STOP = (
    frozenset(
        """a an the this that these those his her its their our my your of in on at by for from with
    without to into onto over under about after before during since until as than then and or but
    nor so yet if while because although though when where who whom whose which what why how
    is are was were be been being am has have had do does did will would shall should can could
    may might must not no more most less least many much few several some any all each every
    both either neither other another such own same very also too just only even still already
    he she it we they i you him them us me there here said says say says told according more
    per cent percent up down out off again against between among around across through via
    i.e e.g vs including included include includes like unlike among amid last first next past
    previous latest top""".split()
    )
    | frozenset(UNITS)
    | frozenset(("hundred", "thousand", "million", "billion", "trillion", "dozen"))
)
# Nouns after which "of" continues the counted phrase ("rounds of ammunition", "barrels of oil").
OF_HEADS = frozenset(
    """round rounds barrel barrels tonne tonnes ton tons piece pieces unit units crate crates box boxes
    bag bags litre litres liter liters gallon gallons cubic sack sacks bottle bottles case cases
    kilogram kilograms kg pound pounds ounce ounces truckload truckloads shipment shipments
    container containers batch batches sheet sheets head type types kind kinds pair pairs""".split()
)
REFERENT_WORDS = ("whom", "them", "which", "those", "these")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit read from tokens[first:last+1]: its lemma and, for measures, their category."""

    first: int
    last: int
    lemma: str
    category: str | None = None
    factor: float = 1.0  # a scale inside the symbol: "mb/d" is a million barrels per day


# Per-time denominators written after a slash ("km/h", "t/yr", "b/d").
_PER_SLASH = {
    "d": "day",
    "day": "day",
    "h": "hour",
    "hr": "hour",
    "hour": "hour",
    "yr": "year",
    "y": "year",
    "year": "year",
    "s": "second",
    "sec": "second",
    "min": "minute",
}
# Oil-trade rate symbols: barrels a day, with the scale the symbol carries ("mb/d", "kb/d", "mbpd").
_BARREL_RATES = {"b": 1.0, "bbl": 1.0, "kb": 1e3, "mb": 1e6, "mmb": 1e6, "mbbl": 1e6, "mmbbl": 1e6}
# Oil and gas trade symbols that carry their own scale: (lemma, scale).
_SCALED_SYMBOLS = {
    "bpd": ("barrel per day", 1.0),
    "kbpd": ("barrel per day", 1e3),
    "kbd": ("barrel per day", 1e3),
    "mbpd": ("barrel per day", 1e6),
    "mmbpd": ("barrel per day", 1e6),
    "mbd": ("barrel per day", 1e6),
    "mmbd": ("barrel per day", 1e6),
    "bcm": ("cubic metre", 1e9),
    "mcm": ("cubic metre", 1e6),
    "tcm": ("cubic metre", 1e12),
    "bcf": ("cubic foot", 1e9),
    "tcf": ("cubic foot", 1e12),
    "mmcf": ("cubic foot", 1e6),
    "mmcfd": ("cubic foot per day", 1e6),
    "mmscfd": ("cubic foot per day", 1e6),
    "bcfd": ("cubic foot per day", 1e9),
}
# "250,000 barrels a day", "2m tonnes a year": a measure per period written with "a"/"an".
_PER_PERIOD = frozenset(("day", "week", "month", "year", "hour"))


def _per_slash(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """("day", last index) for a "/d"-style denominator written against tokens[index - 1]."""
    if index + 1 >= len(tokens) or tokens[index].text != "/" or not tokens[index].adjacent:
        return None
    denominator = tokens[index + 1]
    if not denominator.adjacent or denominator.lower not in _PER_SLASH:
        return None
    if index + 2 < len(tokens) and tokens[index + 2].adjacent and tokens[index + 2].kind in ("word", "num"):
        return None
    return _PER_SLASH[denominator.lower], index + 1


def _barrel_rate(tokens: list[Token], index: int) -> Unit | None:
    """ "1.2 mb/d", "300 kb/d", "2 million b/d", "500 kbpd": barrels a day, scaled by the symbol;
    "55 bcm", "5 tcf", "300 mmcfd": gas volumes and flows the same way."""
    token = tokens[index]
    if token.lower in _SCALED_SYMBOLS:
        lemma, scale = _SCALED_SYMBOLS[token.lower]
        return Unit(index, index, lemma, "other", scale)
    per = _per_slash(tokens, index + 1) if token.lower in _BARREL_RATES else None
    if per is None or per[0] != "day":
        return None
    return Unit(index, per[1], "barrel per day", "other", _BARREL_RATES[token.lower])


def measure_after(tokens: list[Token], index: int) -> Unit | None:
    """A physical or time unit starting at ``tokens[index]``, or None."""
    if index >= len(tokens):
        return None
    measures = lexicon().measures
    token = tokens[index]
    first = index
    if token.text == "-" and token.adjacent and index + 1 < len(tokens) and tokens[index + 1].adjacent:
        index += 1  # "three-day", "27-kilometer"
        token = tokens[index]
    text = token.text if token.text in ("L", "T") else token.lower
    if token.kind == "word" and (rate := _barrel_rate(tokens, index)) is not None:
        return Unit(first, rate.last, rate.lemma, rate.category, rate.factor)
    if _inch_mark(tokens, index) or _glued_inches(tokens, index):
        return Unit(first, index, "inch", "distance-area")
    if temperature_letter(tokens, index):
        return Unit(first, index, "degree Celsius" if token.text == "C" else "degree Fahrenheit", "other")
    if len(token.text) == 1 and token.text.isupper() and token.text != "L":
        return None  # "5G", "3D": single capitals are not units
    if (
        token.kind == "word"
        and text == "metric"
        and index + 1 < len(tokens)
        and tokens[index + 1].lower in ("ton", "tons", "tonne", "tonnes")
    ):
        return Unit(first, index + 1, "tonne", "other")
    if token.kind == "word" and text == "basis" and index + 1 < len(tokens):
        point = index + 2 if tokens[index + 1].text == "-" and tokens[index + 1].adjacent else index + 1
        if point < len(tokens) and tokens[point].lower in ("point", "points"):
            return Unit(first, point, "basis point", "percentage")  # "25 basis points", "a 25-basis-point cut"
    if token.kind == "word" and text in ("square", "sq", "cubic") and index + 1 < len(tokens):
        inner = measure_after(tokens, index + 1)
        if inner is not None and inner.category in ("distance-area", "other"):
            prefix = "cubic " if text == "cubic" else "square "
            return Unit(first, inner.last, prefix + inner.lemma, "distance-area" if prefix == "square " else "other")
        return None
    if token.text == "°" and index + 1 < len(tokens) and tokens[index + 1].lower in ("c", "f"):
        lemma, category = measures["°" + tokens[index + 1].lower]
        return Unit(first, index + 1, lemma, category)
    if text[-1:] in ("²", "³") and text[:-1] in measures and measures[text[:-1]][1] == "distance-area":
        squared = text[-1] == "²"  # "km²", "m³" come as one token
        return Unit(
            first,
            index,
            ("square " if squared else "cubic ") + measures[text[:-1]][0],
            "distance-area" if squared else "other",
        )
    if token.kind == "word" and (data := data_symbol(token.text)) is not None:
        per = _per_slash(tokens, index + 1)
        if per is not None and per[0] == "second":
            return Unit(first, per[1], f"{data} per second", "other")  # "100 Mb/s", "20 MB/s"
        if token.text.endswith("bit"):
            return Unit(first, index, data, "other")  # "50 Mbit"
    if text == "l":
        text = token.text.lower() if token.text == "L" else ""  # a lone lower-case "l" is not litres
    if token.kind == "word" and text not in measures:
        symbol = unit_symbol(token.text)
        if symbol is None or (len(token.text) < 3 and not token.adjacent):
            return None  # a two-letter symbol only against the digits ("5kV"; "5 TB patients" is no unit)
        return Unit(first, index, *symbol)
    if text not in measures or token.kind == "num":
        return None
    if measures[text][1] == "money" and token.text[0].isupper() and len(token.text) <= 4:
        return None  # "60 Sen. votes": a short capitalised coin name is an abbreviation
    if (
        len(text) <= 2
        and text
        not in (
            "km",
            "mi",
            "ft",
            "kg",
            "mg",
            "ml",
            "cl",
            "mm",
            "cm",
            "nm",
            "lb",
            "oz",
            "ha",
            "°",
            "mb",
            "gb",
            "kb",
            "tb",
            "dm",
            "kw",
            "mw",
            "gw",
            "hz",
            "hr",
            "yr",
            "μg",
            "µg",
            "g",  # "500 g of flour": grams written apart, as European style does
            "m",  # "a 100 m sprint" (a plural noun after makes it million, see scanner)
        )
        and token.text not in ("L",)
    ):
        # one/two-letter units ("t", "g", "m", "w", "v", "ev") only right against the digits
        if not token.adjacent:
            return None
    if text in ("g", "m") and not token.adjacent and _glued_after(tokens, index):
        return None  # "24703 m212" is a code, not metres
    last = index
    lemma, category = measures[text]
    if (
        lemma in ("degree",)
        and index + 1 < len(tokens)
        and tokens[index + 1].lower in ("celsius", "fahrenheit", "c", "f")
    ):
        lemma, category = measures[
            tokens[index + 1].lower if len(tokens[index + 1].text) > 1 else "°" + tokens[index + 1].lower
        ]
        last = index + 1
    if (
        lemma in ("year", "month", "week", "day")
        and last + 2 < len(tokens)
        and tokens[last + 1].text == "-"
        and tokens[last + 2].lower == "old"
        and tokens[last + 2].adjacent
    ):
        return Unit(first, last + 2, "year-old" if lemma == "year" else f"{lemma}-old", "other")  # an age
    if (
        lemma == "kilometre"
        and last + 1 < len(tokens)
        and tokens[last + 1].text == "/"
        and last + 2 < len(tokens)
        and tokens[last + 2].lower in ("h", "hr", "hour")
    ):
        return Unit(first, last + 2, "kilometre per hour", "other")
    if (
        category != "duration"
        and last + 2 < len(tokens)
        and tokens[last + 1].text == "-"
        and tokens[last + 1].adjacent
        and tokens[last + 2].adjacent
        and tokens[last + 2].lower in ("hour", "hours")
    ):
        return Unit(first, last + 2, f"{lemma} hour", category)  # "2.8 gigawatt-hours"
    power = tokens[last + 1] if last + 1 < len(tokens) else None
    if (
        power is not None
        and power.adjacent
        and power.text in ("2", "3", "²", "³")
        and lemma in ("metre", "kilometre", "centimetre", "millimetre", "foot", "mile")
    ):
        # "50m2", "120 km²": the power written against the unit
        return Unit(
            first,
            last + 1,
            ("square " if power.text in ("2", "²") else "cubic ") + lemma,
            "distance-area" if power.text in ("2", "²") else "other",
        )
    if last + 1 < len(tokens) and tokens[last + 1].lower in ("squared", "cubed"):
        return Unit(first, last + 1, ("square " if tokens[last + 1].lower == "squared" else "cubic ") + lemma, category)
    if category != "duration" and (per := _per_slash(tokens, last + 1)) is not None:
        return Unit(first, per[1], f"{lemma} per {per[0]}", "other")  # "300 km/h", "5 t/yr"
    if last + 2 < len(tokens) and tokens[last + 1].lower == "per" and tokens[last + 2].lower in measures:
        per_lemma = measures[tokens[last + 2].lower][0]
        return Unit(first, last + 2, f"{lemma} per {per_lemma}", "other")
    if (
        lemma in ("mile", "metre", "kilometre")
        and last + 2 < len(tokens)
        and tokens[last + 1].lower == "per"
        and tokens[last + 2].lower == "hour"
    ):
        return Unit(first, last + 2, f"{lemma} per hour", "other")
    if (
        category not in ("duration", "money")
        and last + 2 < len(tokens)
        and tokens[last + 1].lower in ("a", "an")
        and tokens[last + 2].lower in _PER_PERIOD
        and not (last + 3 < len(tokens) and tokens[last + 3].lower in ("ago", "earlier", "later", "before", "after"))
    ):
        return Unit(first, last + 2, f"{lemma} per {tokens[last + 2].lower}", "other")  # "barrels a day"
    return Unit(first, last, lemma, category)


def _glued_inches(tokens: list[Token], index: int) -> bool:
    """True when a lower-case "in" is written against the digits before it ("4in of snow", "a
    6in blade", "3-4in"): the preposition is always written apart."""
    token = tokens[index]
    return token.text == "in" and token.adjacent and index > 0 and tokens[index - 1].kind == "num"


# Words that say a double quote after a number is the inch mark ('a 65" TV', 'a pen 10 " long').
_INCH_CUES = frozenset("long wide tall high deep thick screen display monitor tv television tablet laptop".split())


def _inch_mark(tokens: list[Token], index: int) -> bool:
    """True when tokens[index] is the inch mark after a number: the double prime, or a straight
    double quote right after the digits (or one space on) before a word of size or of a screen."""
    token = tokens[index]
    if index == 0 or tokens[index - 1].kind != "num":
        return False
    if token.text == "″":
        return True
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    return token.text == '"' and nxt is not None and not nxt.adjacent and nxt.lower in _INCH_CUES


def _glued_after(tokens: list[Token], index: int) -> bool:
    """True when a word or digits touch tokens[index] on the right."""
    return index + 1 < len(tokens) and tokens[index + 1].adjacent and tokens[index + 1].kind in ("word", "num")


_NUMBERED_PLACES = frozenset(
    "apt seat seats row gate room flat apartment platform terminal unit block bus route suite level floor grade class form".split()
)


def temperature_letter(tokens: list[Token], index: int) -> bool:
    """True when tokens[index] is the "C" or "F" of a temperature written against its digits
    ("40C", "-5C", "104F"): a plausible weather value, nothing glued after the letter, and no
    numbered place before the number ("seat 12F", "gate 5C")."""
    token = tokens[index]
    if token.text not in ("C", "F") or not token.adjacent or index == 0 or tokens[index - 1].kind != "num":
        return False
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    if nxt is not None and nxt.adjacent and nxt.kind in ("word", "num"):
        return False
    number = tokens[index - 1].text.replace(",", "")
    try:
        value = float(number)
    except ValueError:
        return False
    if value > (60 if token.text == "C" else 140):
        return False
    j = index - 2
    if j >= 0 and tokens[j].text in ("-", "−"):
        j -= 1
    if j >= 1 and tokens[j].text == "." and tokens[j - 1].kind == "word":
        j -= 1  # "Apt. 1C"
    if j < 0:
        return True
    before = tokens[j]
    if before.lower in _NUMBERED_PLACES:
        return False
    return not (before.kind == "word" and before.text[:1].isupper() and before.lower not in STOP)  # "Vitamin 12C"


# Nouns and adjectives ending in "-ly", not adverbs; the periodic ones are adjectives only before
# a noun ("300 daily flights"; "1.4 billion performed yearly" ends at the verb).
_LY_WORDS = frozenset(
    "assembly family families supply ally rally monopoly anomaly tally belly jelly bully lily folly elderly".split()
)
_PERIODIC_LY = frozenset("daily weekly monthly quarterly yearly hourly nightly".split())


def _content(token: Token) -> bool:
    return (
        token.kind == "word"
        and token.lower not in STOP
        and (not token.lower.endswith("ly") or token.lower in _LY_WORDS)
        and "'" not in token.text
        and "’" not in token.text
    )


def _abbreviation_end(tokens: list[Token], j: int, limit: int) -> int | None:
    """Index after an initialism of single capitals and points at tokens[j] ("U.S.", "U.K.",
    "U.N."), which qualifies the noun after it, or None."""
    k = j
    while (
        k + 1 < limit
        and len(tokens[k].text) == 1
        and tokens[k].text.isupper()
        and tokens[k + 1].text == "."
        and tokens[k + 1].adjacent
    ):
        k += 2
        if k >= limit or not tokens[k].adjacent:
            break
    return k if k - j >= 4 else None


def counted_noun(tokens: list[Token], index: int, limit: int) -> Unit | None:
    """The counted noun phrase starting at ``tokens[index]`` (before ``limit``), or None.

    Reads up to four content words, stopping after the first plural noun; an "of" phrase
    continues it after container nouns, and "and" joins a second plural noun; trailing
    participles ("wounded", "killed") are verbs, not part of the unit."""
    if index < limit and tokens[index].lower == "of":
        return None
    words: list[int] = []
    j = index
    while j < limit and len(words) < MAX_NOUN_WORDS:
        token = tokens[j]
        if (
            token.text == "-"
            and token.adjacent
            and words
            and j + 1 < limit
            and tokens[j + 1].adjacent
            and _content(tokens[j + 1])
        ):
            j += 1
            continue
        if not words and (after := _abbreviation_end(tokens, j, limit)) is not None:
            j = after  # "three U.S. car plants": the initialism qualifies the noun
            continue
        if not _noun_word(tokens, j, limit):
            break
        words.append(j)
        if is_plural(token.text) and token.text[:1].islower() or token.lower in ("people", "police", "personnel"):
            break
        j += 1
    while words and tokens[words[-1]].lower.endswith(("ed", "ing")) and not is_plural(tokens[words[-1]].text):
        words.pop()
    if not words:
        return None
    first, last = words[0], words[-1]
    phrase = _phrase(tokens, first, last, lemmatise_last=True)
    head = tokens[last].lower
    if head in OF_HEADS and last + 2 < limit and tokens[last + 1].lower == "of":
        tail = _simple_phrase(tokens, last + 2, limit)
        if tail is not None:
            phrase = f"{phrase} of {_phrase(tokens, tail[0], tail[1], lemmatise_last=False)}"
            last = tail[1]
    elif (
        tokens[last].lower != "people"
        and last + 2 < limit
        and tokens[last + 1].lower == "and"
        and is_plural(tokens[last].text)
    ):
        other = _simple_phrase(tokens, last + 2, limit)
        if (
            other is not None
            and is_plural(tokens[other[1]].text)
            and (other[1] + 1 >= limit or not _content(tokens[other[1] + 1]))
        ):
            phrase = f"{phrase} and {_phrase(tokens, other[0], other[1], lemmatise_last=True)}"
            last = other[1]
    return Unit(first, last, phrase)


_NOUN_KINDS = ("people", "military", "weapons", "things")  # the noun sets of data/categories.tsv


def _noun_word(tokens: list[Token], j: int, limit: int) -> bool:
    """True when tokens[j] may belong to a counted noun phrase: a content word, or a periodic
    adjective before one ("daily flights")."""
    return _content(tokens[j]) or (tokens[j].lower in _PERIODIC_LY and j + 1 < limit and _content(tokens[j + 1]))


def verb_like(tokens: list[Token], index: int, limit: int) -> bool:
    """True when the word at tokens[index], read as what a count above one counts, is rather the
    sentence's verb: one singular lower-case word with no noun or "of" after it ("Fewer than 20
    remain in the camp", "About 300 work at the plant"). Nouns counted in the singular that the
    lexicon knows (people, things, weapons: "500 police", "200 cattle") are kept."""
    if index >= limit or not _content(tokens[index]) or not tokens[index].text.islower():
        return False
    word = tokens[index].lower
    if is_plural(word) or any(word in lexicon().words.get(kind, ()) for kind in _NOUN_KINDS):
        return False
    if word.endswith(("a", "i")):
        return False  # borrowed plurals ("paparazzi", "criteria", "bacteria"); no English verb ends so
    nxt = tokens[index + 1] if index + 1 < limit else None
    return nxt is None or (not _noun_word(tokens, index + 1, limit) and nxt.lower != "of" and nxt.text != "-")


def _simple_phrase(tokens: list[Token], index: int, limit: int) -> tuple[int, int] | None:
    """Up to three content words ending at the first plural, or the last of them."""
    j, words = index, list[int]()
    while j < limit and len(words) < 3 and _content(tokens[j]):
        words.append(j)
        if is_plural(tokens[j].text):
            break
        j += 1
    while words and tokens[words[-1]].lower.endswith(("ed", "ing")) and not is_plural(tokens[words[-1]].text):
        words.pop()
    return (words[0], words[-1]) if words else None


def _phrase(tokens: list[Token], first: int, last: int, lemmatise_last: bool) -> str:
    parts = []
    for k in range(first, last + 1):
        if tokens[k].text == "-":
            parts.append("-")
            continue
        text = tokens[k].text if tokens[k].text[:1].isupper() and k != last else tokens[k].lower
        if k == last and lemmatise_last:
            text = singular(tokens[k].text).lower() if not tokens[k].text[:1].isupper() else singular(tokens[k].text)
        parts.append(text)
    return " ".join(parts).replace(" - ", "-")


def referent_before(tokens: list[Token], index: int, floor: int) -> str | None:
    """Lemma of the nearest plural noun before ``tokens[index]`` (not before ``floor``), for
    "600 of whom": the people or things the figure is a part of."""
    j = index - 1
    while j >= floor and index - j <= MAX_REFERENT_DISTANCE:
        token = tokens[j]
        if token.kind == "word" and token.lower not in STOP and is_plural(token.text) and not token.text[:1].isupper():
            return singular(token.text)
        j -= 1
    return None
