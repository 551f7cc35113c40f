"""Numbers: read a number written in digits, words or both, starting at one token.

``read_number(tokens, i)`` returns a :class:`Number` (value, token span, and the vague
magnitude for "thousands", "tens of thousands", "several hundred") or None. It reads:
digits with thousands separators and decimals ("1,500,000", "16.25"), digit multipliers
("10k", "3bn", "0.5k", "1e10", "$2.174T" handled by the caller's currency), scale words
("1.2 billion", "3 hundred"), number words ("a hundred and two", "twenty-one",
"three million, two hundred & forty", "two dozen", "a half-dozen", "one-million-dollar"), fractions ("a third", "two thirds",
"one-half", "two and a half", "two-and-a-half [million]", "1/4", "2 1/2", "46-5/8", "½", "half a million",
"a quarter-million") and vague magnitudes.
Lone "one", "a" and "an" are not numbers (pronoun and article); callers decide context.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from services.processors.figures.market_quotes import quote_tail
from services.processors.figures.scale_words import foreign_scale
from services.processors.figures.slash_pairs import slash_after
from services.processors.figures.tokens import Token, is_decimal_comma, word_at

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
HUNDRED = {"hundred": 100}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Scales agency copy abbreviates, read after a number in words as after digits: "four mln dlrs".
WIRE_SCALES = {"mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tln": 1e12, "trn": 1e12}
INDIAN_SCALES = {
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}  # South Asian news: "two crore", "three lakh crore"
VAGUE = {
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "dozens": 12,
    "scores": 20,
    "tens": 10,
}
VAGUE_DETERMINERS = {"several", "many", "few"}
# Multipliers written against digits: "10k", "3bn", "40m", "$2.174T", "1MM".
MULTIPLIERS = {
    "k": 1e3,
    "K": 1e3,
    "bn": 1e9,
    "b": 1e9,
    "B": 1e9,
    "mn": 1e6,
    "MM": 1e6,
    "M": 1e6,
    "m": 1e6,
    "tn": 1e12,
    "trn": 1e12,
    "T": 1e12,
    "million": 1e6,
    "billion": 1e9,
    "thousand": 1e3,
    "trillion": 1e12,
    "mln": 1e6,
    "bln": 1e9,
    "tln": 1e12,
    "mil": 1e6,
    "lakh": 1e5,
    "crore": 1e7,
    # German and Dutch abbreviations, with or without their dot: "3,2 Mrd. Euro", "450 Mio Dollar"
    "Mio": 1e6,
    "mio": 1e6,
    "Mrd": 1e9,
    "mrd": 1e9,
    "Tsd": 1e3,
    "tsd": 1e3,
    # German scale nouns, capitalised as German nouns are: "5 Millionen Franken", "2 Milliarden Euro"
    "Millionen": 1e6,
    "Milliarden": 1e9,
}
# Abbreviated scales that may carry a dot ("Mio."); the dot is part of the figure.
DOTTED_MULTIPLIERS = frozenset(("Mio", "mio", "Mrd", "mrd", "Tsd", "tsd"))
SPACED_MULTIPLIERS = (
    frozenset(("bn", "bln", "mln", "mn", "tn", "tln", "trn", "mil", "lakh", "crore", "Millionen", "Milliarden"))
    | DOTTED_MULTIPLIERS
)
# "half the aid", "half their income": a share of what follows, as "half of" is
HALF_DETERMINERS = ("the", "its", "their", "his", "her", "our", "all", "those", "these")
HALF_NOUN_BEFORE = frozenset("the a first second third fourth final last latter former other".split())
# "one-quarter lower", "a third higher": a fraction of what is compared.
COMPARATIVES = frozenset(
    "higher lower more less larger smaller bigger cheaper dearer greater fewer faster slower longer shorter".split()
)
HALF_HEDGES = frozenset("than nearly almost about around roughly over under just barely".split())
# "half that", "half this": a share of an amount named before.
HALF_DEMONSTRATIVES = ("that", "this")
# The words a change's size may stand before ("fell by a quarter from 2003", "cut by half in a
# year"): prepositions and conjunctions, never a noun that would make the fraction a part of
# something else ("by half time", "by a quarter mile").
CHANGE_SIZE_FOLLOWERS = frozenset(
    "from in on at to since over compared against between during after before and or but while as than "
    "this last year-on-year".split()
)
PRICE_EIGHTHS = frozenset(("2", "4", "8", "16", "32", "64"))
COMMON_DENOMINATORS = frozenset((2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 40, 50, 64, 100))
DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
}
VULGAR = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅙": 1 / 6,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅛": 0.125,
}
MAX_TOKENS = 16  # longest number phrase read; bounds the work on hostile input


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from tokens[first:last+1]. ``value`` is None for a vague magnitude,
    whose order of magnitude is ``magnitude`` ("tens of thousands" -> 10000).
    ``multiplied`` is True when a scale word or suffix multiplied the value."""

    first: int
    last: int
    value: float | None
    magnitude: float | None = None
    multiplied: bool = False
    words: bool = False
    base: float | None = None  # the value before any multiplier ("30" in "30 million")


def tidy(value: float | None) -> float | None:
    """``value`` without the noise scaling a decimal leaves in a binary float, or None for None.

    8.14 * 1e9 is 8140000000.000001: rounded to 15 significant digits it is 8140000000, a value of
    few digits, as the text wrote it. A value that stays long when rounded (a third, 0.333...) is
    a true fraction and is returned as it was."""
    if value is None:
        return None
    rounded = f"{value:.15g}"
    digits = rounded.split("e")[0].lstrip("-").replace(".", "").strip("0")
    return float(rounded) if len(digits) <= 12 else value


def digit_value(text: str) -> float | None:
    """Value of a digit token ("1,500" -> 1500.0, the decimal-comma "3,5" -> 3.5), or None when
    it is not a number."""
    if is_decimal_comma(text):
        return float(text.replace(".", "").replace(",", "."))
    try:
        return float(
            text.replace(",", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "").replace("\u2009", "")
        )
    except ValueError:
        return None


def may_start_number(token: Token) -> bool:
    """A cheap test that ``read_number`` could succeed at ``token`` (digits, a vulgar fraction
    or a word that opens a number phrase); False means it certainly returns None."""
    if token.kind == "num":
        return True
    if token.kind == "sym":
        return token.text in VULGAR
    return token.kind == "word" and token.lower in _STARTS


def read_number(tokens: list[Token], i: int, language: str = "en") -> Number | None:
    """Read the number starting at ``tokens[i]``, or None when none starts there. ``language``:
    the body's (see language.guess_language); scale words after digits are worth what they are
    worth in it ("2 billions" is 2e12 in French, see scale_words)."""
    token = tokens[i]
    if token.kind == "num":
        return _digits_in_plural(tokens, i) or _read_digits(tokens, i, language)
    if token.kind == "sym" and token.text in VULGAR:
        return Number(i, i, VULGAR[token.text])
    if token.kind == "word":
        number = _read_vague(tokens, i) or _read_words(tokens, i)
        return _fraction_of_scale(tokens, number) if number is not None else None
    return None


def _fraction_of_scale(tokens: list[Token], number: Number) -> Number:
    """ "a quarter of a million", "two thirds of a billion": a word fraction of a scale word."""
    if number.value is None or not 0 < number.value < 1 or number.multiplied:
        return number
    j = number.last + 1
    if word_at(tokens, j) == "of" and word_at(tokens, j + 1) in ("a", "an") and word_at(tokens, j + 2) in SCALES:
        scale = SCALES[word_at(tokens, j + 2)]
        return Number(number.first, j + 2, number.value * scale, multiplied=True, words=True, base=number.value)
    return number


def _dot_then_word(tokens: list[Token], i: int) -> bool:
    """True when tokens[i] is a dot against the word before it and a word follows it."""
    return i + 1 < len(tokens) and tokens[i].text == "." and tokens[i].adjacent and tokens[i + 1].kind == "word"


def _spaced_word(tokens: list[Token], i: int) -> bool:
    return tokens[i].kind == "word" and not tokens[i].adjacent


def _read_digits(tokens: list[Token], i: int, language: str = "en") -> Number | None:
    value = digit_value(tokens[i].text)
    if value is None:
        return None
    last = i
    n = len(tokens)
    # Fraction "1/4" and mixed number "2 1/2".
    if (
        last + 2 < n
        and tokens[last + 1].text == "/"
        and tokens[last + 1].adjacent
        and tokens[last + 2].kind == "num"
        and tokens[last + 2].adjacent
    ):
        if quote_tail(tokens, last) is not None or slash_after(tokens, last):
            return Number(i, last, value)  # "3.80/90 pct" is a bid and an offer (see quotes), "10,000/4,000" two
        denominator = digit_value(tokens[last + 2].text)
        if (
            denominator not in COMMON_DENOMINATORS
            or value >= denominator
            or "," in tokens[i].text
            or (last + 3 < n and tokens[last + 3].text == "/")
        ):
            return None  # "9/11", "24/7" and dates are not fractions
        return Number(i, last + 2, value / denominator)
    if (
        last + 3 < n
        and tokens[last + 1].kind == "num"
        and not tokens[last + 1].adjacent
        and tokens[last + 2].text == "/"
        and tokens[last + 2].adjacent
        and tokens[last + 3].adjacent
        and tokens[last + 3].kind == "num"
    ):
        numerator, denominator = digit_value(tokens[last + 1].text), digit_value(tokens[last + 3].text)
        if denominator and numerator is not None and numerator < denominator and float(value).is_integer():
            return Number(i, last + 3, value + numerator / denominator)
    if (
        last + 4 < n
        and tokens[last + 1].text == "-"
        and tokens[i].text.isdigit()
        and all(tokens[k].adjacent for k in range(last + 1, last + 5))
        and tokens[last + 2].kind == "num"
        and tokens[last + 3].text == "/"
        and tokens[last + 4].kind == "num"
        and tokens[last + 4].text in PRICE_EIGHTHS
        and tokens[last + 2].text.isdigit()
        and int(tokens[last + 2].text) < int(tokens[last + 4].text)
        and not (last + 5 < n and tokens[last + 5].text in ("/", "-") and tokens[last + 5].adjacent)
    ):
        # a price in whole units and eighths, as stock tables write it: "46-5/8", "3-1/2 percent"
        return Number(i, last + 4, value + int(tokens[last + 2].text) / int(tokens[last + 4].text))
    if last + 1 < n and tokens[last + 1].text in VULGAR:
        return Number(i, last + 1, value + VULGAR[tokens[last + 1].text])
    # Scientific "4e14", "1e-3".
    if last + 2 < n and tokens[last + 1].text in ("e", "E") and tokens[last + 1].adjacent:
        sign, j = 1, last + 2
        if tokens[j].text in ("-", "−", "+") and tokens[j].adjacent and j + 1 < n:
            sign, j = (-1 if tokens[j].text != "+" else 1), j + 1
        if (
            tokens[j].kind == "num" and tokens[j].adjacent and tokens[j].text.isdigit() and len(tokens[j].text) <= 2
        ):  # bounded exponent: no overflow
            return Number(i, j, value * 10 ** (sign * int(tokens[j].text)), multiplied=True)
    multiplied, base = False, value
    # Multiplier against the digits ("3bn", "10k"); "m" is decided by the caller (metre or million).
    if (
        last + 1 < n
        and tokens[last + 1].adjacent
        and tokens[last + 1].text in MULTIPLIERS
        and tokens[last + 1].text not in ("m", "M")
    ):
        value *= MULTIPLIERS[tokens[last + 1].text]
        last, multiplied = last + 1, True
    glued = multiplied  # "3bn" takes no scale word after it
    while not glued and last + 1 < n and last - i < MAX_TOKENS and _spaced_word(tokens, last + 1):
        scale = foreign_scale(tokens[last + 1].text, language)
        if scale is None:
            break
        value *= scale  # "3 milliards", "2 Billionen", "3 mil millones": the scale of the body's language
        last, multiplied = last + 1, True
    if last + 1 < n and not tokens[last + 1].adjacent and tokens[last + 1].text in SPACED_MULTIPLIERS:
        value *= MULTIPLIERS[tokens[last + 1].text]
        last, multiplied = last + 1, True
        if tokens[last].text == "lakh" and word_at(tokens, last + 1) == "crore":
            value *= MULTIPLIERS["crore"]  # "1.5 lakh crore" = 1.5e12
            last += 1
    if multiplied and tokens[last].text in DOTTED_MULTIPLIERS and _dot_then_word(tokens, last + 1):
        last += 1  # "Mio." before "Euro": the abbreviation's dot, not a full stop
    if (
        not multiplied
        and last + 2 < n
        and tokens[last + 1].text == "-"
        and tokens[last + 1].adjacent
        and tokens[last + 2].adjacent
        and word_at(tokens, last + 2) in ("million", "billion", "trillion")
    ):
        value *= SCALES[word_at(tokens, last + 2)]  # "a $1.2-trillion budget", "a 3-million-strong crowd"
        last, multiplied = last + 2, True
    # Spaced scale words: "1.2 billion", "3 hundred", "2 dozen".
    while (
        last + 1 < n and word_at(tokens, last + 1) in ("hundred", "dozen", "dozens", *SCALES) and last - i < MAX_TOKENS
    ):
        word = word_at(tokens, last + 1)
        value *= 100 if word == "hundred" else 12 if word.startswith("dozen") else SCALES[word]
        last, multiplied = last + 1, True
    if (
        word_at(tokens, last) in SCALES
        and word_at(tokens, last + 1) == "and"
        and word_at(tokens, last + 2) in ("a", "an")
        and word_at(tokens, last + 3) in ("half", "quarter")
    ):
        value += SCALES[word_at(tokens, last)] / DENOMINATORS[word_at(tokens, last + 3)]  # "3 million and a half"
        last += 3
    return Number(i, last, value, multiplied=multiplied, base=base)


def _digits_in_plural(tokens: list[Token], i: int) -> Number | None:
    """A vague magnitude written in digits: a power of ten with a plural "s" before "of" ("1000s
    of fans", "100,000s of jobs", "10s of thousands of people"); a decade ("1960s") is no power of ten."""
    if (
        i + 2 >= len(tokens)
        or tokens[i + 1].text != "s"
        or not tokens[i + 1].adjacent
        or word_at(tokens, i + 2) != "of"
    ):
        return None
    value = digit_value(tokens[i].text)
    if value is None or value < 10 or value > 1e9 or not math.log10(value).is_integer():
        return None
    if value < 1000 and word_at(tokens, i + 3) in ("thousands", "millions", "billions"):
        return Number(i, i + 3, None, magnitude=value * VAGUE[word_at(tokens, i + 3)], words=True)
    return Number(i, i + 1, None, magnitude=value, words=True)


def _read_vague(tokens: list[Token], i: int) -> Number | None:
    """ "thousands", "tens of thousands", "hundreds of millions", "several hundred", "a few thousand",
    "a couple of hundred"."""
    word = word_at(tokens, i)
    if word in VAGUE and word != "tens":
        magnitude, last = VAGUE[word], i
        if word in ("hundreds", "tens") or word in ("thousands", "millions"):
            # "hundreds of thousands", "tens of millions"
            if word_at(tokens, i + 1) == "of" and word_at(tokens, i + 2) in ("thousands", "millions", "billions"):
                magnitude, last = magnitude * VAGUE[word_at(tokens, i + 2)], i + 2
        if word == "scores" and word_at(tokens, i + 1) != "of":
            return None
        return Number(i, last, None, magnitude=magnitude, words=True)
    if (
        word == "tens"
        and word_at(tokens, i + 1) == "of"
        and word_at(tokens, i + 2) in ("thousands", "millions", "billions")
    ):
        return Number(i, i + 2, None, magnitude=10 * VAGUE[word_at(tokens, i + 2)], words=True)
    start = i
    if word == "a" and word_at(tokens, i + 1) == "few":
        i += 1
        word = "few"
    elif word == "a" and word_at(tokens, i + 1) == "couple":
        i += 2 if word_at(tokens, i + 2) == "of" else 1  # "a couple of hundred", "a couple dozen"
        word = "few"
    if word in VAGUE_DETERMINERS and (
        word_at(tokens, i + 1) in HUNDRED or word_at(tokens, i + 1) in SCALES or word_at(tokens, i + 1) == "dozen"
    ):
        scale = word_at(tokens, i + 1)
        magnitude = 12 if scale == "dozen" else HUNDRED.get(scale) or SCALES[scale]  # "several dozen"
        if scale in HUNDRED and word_at(tokens, i + 2) in SCALES:
            return Number(start, i + 2, None, magnitude=magnitude * SCALES[word_at(tokens, i + 2)], words=True)
        return Number(start, i + 1, None, magnitude=magnitude, words=True)
    return None


def _read_words(tokens: list[Token], i: int) -> Number | None:
    n = len(tokens)
    word = word_at(tokens, i)
    # "half a million"
    if word in ("half", "quarter") and word_at(tokens, i + 1) in ("a", "an") and word_at(tokens, i + 2) in SCALES:
        return Number(i, i + 2, 1 / DENOMINATORS[word] * SCALES[word_at(tokens, i + 2)], multiplied=True, words=True)
    if word == "half" and word_at(tokens, i + 1) in ("a", "an") and word_at(tokens, i + 2) == "dozen":
        return Number(i, i + 2, 6.0, words=True)
    if (dozen := _half_dozen(tokens, i)) is not None:
        return Number(i, dozen, 6.0, words=True)  # "a half-dozen cars", "half dozen"
    if word == "half" and word_at(tokens, i + 1) in ("a", "an") and word_at(tokens, i + 2) in ("point", "percentage"):
        return Number(i, i + 1, 0.5, words=True)  # "half a point", "half a percentage point"
    if word == "half" and word_at(tokens, i - 1) in HALF_NOUN_BEFORE:
        return None  # "the second half of 2019", "in the first half": a part, not a share
    if word == "half" and (
        word_at(tokens, i + 1) in ("of", *HALF_DETERMINERS, *HALF_DEMONSTRATIVES)
        or word_at(tokens, i - 1) in HALF_HEDGES
        or _change_size(tokens, i, i)
    ):
        return Number(i, i, 0.5, words=True)  # "more than half of voters", "half the aid", "nearly half"
    if word in ("half", "quarter") and word_at(tokens, i + 1) in SCALES:
        return Number(i, i + 1, 1 / DENOMINATORS[word] * SCALES[word_at(tokens, i + 1)], multiplied=True, words=True)
    if (scaled := _fraction_hyphened_to_scale(tokens, i)) is not None:
        return scaled  # "a quarter-million residents", "a half-billion dollars"
    if word in ("a", "an"):
        nxt = word_at(tokens, i + 1)
        if nxt in HUNDRED or nxt in SCALES or nxt == "dozen":
            pass
        elif nxt in DENOMINATORS and _fraction_context(tokens, i + 1):
            return Number(i, i + 1, 1 / DENOMINATORS[nxt], words=True)
        else:
            return None
    elif word in ("nought", "naught", "zero") and (spoken := _spoken_decimal(tokens, i + 1)) is not None:
        fraction, last = spoken  # "nought point five"
        return Number(i, last, fraction, words=True)
    elif word not in UNITS and word not in HUNDRED:
        return None
    total, current, last, seen = 0.0, 0.0, i - 1, False
    # At the last "and": (value so far, total then, current then, scale a fraction refers to).
    after_and: tuple[float, float, float, float] | None = None
    j = i
    while j < n and j - i < MAX_TOKENS:
        w = word_at(tokens, j)
        if w in ("a", "an") and not seen:
            current, seen, last = 1.0, True, j
        elif w in UNITS and (not seen or _can_follow(tokens, last, j)):
            if seen and current % 100 and UNITS[w] >= 10 and current % 10 == 0 and current < 100:
                break  # "twenty thirty" is two numbers
            current += UNITS[w]
            seen, last = True, j
        elif w == "hundred":
            if current >= 100:
                break  # "hundred and five hundred and six" is two numbers
            current = (current or 1) * 100
            seen, last = True, j
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current, seen, last = 0.0, True, j
        elif w in INDIAN_SCALES and seen:
            scale = INDIAN_SCALES[w]
            if w == "lakh" and word_at(tokens, j + 1) == "crore":
                scale, j = scale * INDIAN_SCALES["crore"], j + 1  # "three lakh crore"
            total += (current or 1) * scale
            current, last = 0.0, j
        elif w in ("dozen", "dozens") and seen:
            current = (current or 1) * 12
            last = j
        elif (
            w in DENOMINATORS
            and seen
            and (w.endswith("s") or (current == 1 and _fraction_context(tokens, j)) or w == "half")
        ):
            if w in ("half",) and current != 1:
                break
            if after_and is not None and total == after_and[1] and current > after_and[2]:
                # "one hundred and three quarters": the fraction is the part after "and"
                value = after_and[0] + (current - after_and[2]) / DENOMINATORS[w] * after_and[3]
            else:
                value = (total + current) / DENOMINATORS[w]
            return Number(i, j, value, words=True)
        elif (
            w == "and"
            and seen
            and word_at(tokens, j + 1) in ("a", "an", "one")
            and word_at(tokens, j + 2) in DENOMINATORS
            and not word_at(tokens, j + 2).endswith("s")
        ):
            fraction = 1 / DENOMINATORS[word_at(tokens, j + 2)]
            end = j + 2
            if word_at(tokens, last) in SCALES:  # "three million and a half"
                value = total + current + fraction * SCALES[word_at(tokens, last)]
            elif word_at(tokens, j + 3) in SCALES:  # "five and a half million"
                value = (total + current + fraction) * SCALES[word_at(tokens, j + 3)]
                end = j + 3
            else:
                value = total + current + fraction
            return Number(i, end, value, multiplied=value >= 1000, words=True)
        elif (
            w == "and"
            and seen
            and word_at(tokens, last) not in SCALES
            and (mixed := _mixed_fraction(tokens, j + 1)) is not None
        ):
            fraction, end = mixed  # "twenty and three fifths", "two and three-quarters"
            return Number(i, end, total + current + fraction, words=True)
        elif (
            w == "and"
            and seen
            and word_at(tokens, j + 1) in UNITS
            and word_at(tokens, last) in SCALES
            and word_at(tokens, j + 2) in DENOMINATORS
        ):
            after_and = (total + current, total, current, SCALES[word_at(tokens, last)])
        elif (
            w == "and" and seen and (word_at(tokens, j + 1) in UNITS) and word_at(tokens, last) in ("hundred", *SCALES)
        ):
            if word_at(tokens, last) == "hundred":
                after_and = (total + current, total, current, 1.0)
        elif tokens[j].text == "-" and seen and (hyphened := _hyphened_fraction(tokens, j)) is not None:
            fraction, end = hyphened  # "two-and-a-half", "three-and-three-quarters"
            if (
                end + 2 < n
                and tokens[end + 1].text == "-"
                and tokens[end + 1].adjacent
                and tokens[end + 2].adjacent
                and word_at(tokens, end + 2) in SCALES
            ):
                scale = SCALES[word_at(tokens, end + 2)]  # "a two-and-a-half-million budget"
                return Number(i, end + 2, (total + current + fraction) * scale, multiplied=True, words=True)
            if word_at(tokens, last) in SCALES:
                return Number(
                    i, end, total + current + fraction * SCALES[word_at(tokens, last)], multiplied=True, words=True
                )
            if word_at(tokens, end + 1) in SCALES:  # "two-and-a-half million viewers"
                scale = SCALES[word_at(tokens, end + 1)]
                return Number(i, end + 1, (total + current + fraction) * scale, multiplied=True, words=True)
            return Number(i, end, total + current + fraction, words=True)
        elif (
            tokens[j].text in ("-", "&")
            and seen
            and word_at(tokens, j + 1) in UNITS | DENOMINATORS.keys() | HUNDRED.keys() | SCALES.keys()
        ):
            # "twenty-one", "one-million-dollar prize": a hyphen joins only touching words
            if tokens[j].text == "-" and not (tokens[j].adjacent and tokens[j + 1].adjacent):
                break
        elif tokens[j].text == "," and seen and word_at(tokens, last) in SCALES and word_at(tokens, j + 1) in UNITS:
            pass
        else:
            break
        j += 1
    if not seen:
        return None
    value = total + current
    if last == i and word_at(tokens, i) in ("a", "an"):
        return None
    multiplied = any(
        word_at(tokens, k) in SCALES or word_at(tokens, k) in INDIAN_SCALES or word_at(tokens, k) == "hundred"
        for k in range(i, last + 1)
    )
    at_one_point = (
        last == i and word_at(tokens, i) == "one" and word_at(tokens, i - 1) == "at"
    )  # "at one point two men left"
    decimal = (
        _spoken_decimal(tokens, last + 1)
        if (not multiplied or word_at(tokens, last) == "hundred") and not at_one_point
        else None
    )
    if decimal is not None:
        fraction, last = decimal
        value += fraction
        if word_at(tokens, last + 1) in SCALES:  # "two point five million"
            last += 1
            value *= SCALES[word_at(tokens, last)]
            multiplied = True
    if not multiplied and word_at(tokens, last + 1) in WIRE_SCALES:
        base, last = value, last + 1  # "four mln dlrs": wire copy abbreviates the scale after words too
        value *= WIRE_SCALES[word_at(tokens, last)]
        return Number(i, last, value, multiplied=True, words=True, base=base)
    return Number(i, last, value, multiplied=multiplied, words=True, base=_word_base(tokens, i, last, value))


def _word_base(tokens: list[Token], i: int, last: int, value: float) -> float | None:
    """The value before the one scale word that closes a number in words ("fifteen thousand" -> 15),
    so a range can scale its low end alike ("ten to fifteen thousand"); None otherwise."""
    scales = [k for k in range(i, last + 1) if word_at(tokens, k) in SCALES or word_at(tokens, k) == "hundred"]
    if len(scales) != 1 or scales[0] != last:
        return None
    word = word_at(tokens, last)
    return value / (100 if word == "hundred" else SCALES[word])


# Words that can open a number phrase in _read_vague or _read_words (see may_start_number).
_STARTS = frozenset((*UNITS, *HUNDRED, *VAGUE, *VAGUE_DETERMINERS, "a", "an", "half", "quarter", "nought", "naught"))
_DECIMAL_DIGITS = {**{word: number for word, number in UNITS.items() if number < 10}, "nought": 0, "oh": 0}


def _spoken_decimal(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """(fraction, last token) of a spoken decimal part starting at "point" ("point five",
    "point zero three", "point seventy-one"), or None. Digits are read one word each; a
    single tens word ("point seventy-one") gives two digits."""
    if (
        word_at(tokens, j) != "point"
        or word_at(tokens, j + 1) not in UNITS
        and word_at(tokens, j + 1) not in _DECIMAL_DIGITS
    ):
        return None
    digits, k = "", j + 1
    while word_at(tokens, k) in _DECIMAL_DIGITS and len(digits) < 8:
        digits += str(_DECIMAL_DIGITS[word_at(tokens, k)])
        k += 1
    if digits:
        return float("0." + digits), k - 1
    tens = UNITS[word_at(tokens, k)]
    last = k
    if (
        tens >= 20
        and tokens[k + 1 : k + 2]
        and tokens[k + 1].text == "-"
        and word_at(tokens, k + 2) in _DECIMAL_DIGITS
        and _DECIMAL_DIGITS[word_at(tokens, k + 2)] > 0
    ):
        tens += _DECIMAL_DIGITS[word_at(tokens, k + 2)]
        last = k + 2
    return float(f"0.{tens}"), last


def _hyphened_fraction(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """(fraction, last token) of a fraction hyphened on with "and" at tokens[j] ("-and-a-half",
    "-and-three-quarters"), every token touching the one before, or None."""
    if j + 5 >= len(tokens) or not all(tokens[k].adjacent for k in range(j, j + 6)):
        return None
    if tokens[j + 2].text != "-" or tokens[j + 4].text != "-" or word_at(tokens, j + 1) != "and":
        return None
    count, denominator = word_at(tokens, j + 3), word_at(tokens, j + 5)
    if denominator not in DENOMINATORS:
        return None
    if count in ("a", "an", "one") and not denominator.endswith("s"):
        return 1 / DENOMINATORS[denominator], j + 5
    if count in UNITS and 1 < UNITS[count] < DENOMINATORS[denominator] and denominator.endswith("s"):
        return UNITS[count] / DENOMINATORS[denominator], j + 5
    return None


def _mixed_fraction(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """(value, last token) of a proper fraction in words at tokens[j] ("three fifths",
    "three-quarters"), or None: a digit word below ten, then a plural denominator above it."""
    numerator = UNITS.get(word_at(tokens, j))
    k = j + 2 if j + 2 < len(tokens) and tokens[j + 1].text == "-" and tokens[j + 1].adjacent else j + 1
    denominator = word_at(tokens, k)
    if numerator is None or not 1 < numerator < 10 or not denominator.endswith("s") or denominator not in DENOMINATORS:
        return None
    if numerator >= DENOMINATORS[denominator]:
        return None
    return numerator / DENOMINATORS[denominator], k


def _can_follow(tokens: list[Token], last: int, j: int) -> bool:
    """A unit word may follow a tens word through a hyphen ("twenty-one"), or a hundred/scale."""
    prev = word_at(tokens, last)
    if prev in HUNDRED or prev in SCALES:
        return True
    if prev in UNITS and UNITS[prev] >= 20 and UNITS[prev] % 10 == 0:
        return UNITS[word_at(tokens, j)] < 10
    return False


def _fraction_context(tokens: list[Token], j: int) -> bool:
    """A singular ordinal is a fraction ("a third of", "one sixth.") only when no noun follows
    (nor a hyphened word, "a third-party seller"):
    before a comparative ("one-quarter lower", "a third higher") or a point of a rate ("a
    quarter point"), or when a determiner opens
    what it is a share of, as after "half" ("one-third the level", "a tenth its size");
    "quarter" is also a period ("in one quarter the company lost"), so no determiner for it."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        nxt is not None
        and nxt.text == "-"
        and nxt.adjacent
        and j + 2 < len(tokens)
        and tokens[j + 2].adjacent
        and tokens[j + 2].kind == "word"
    ):
        return False  # a compound: "a third-party seller", "the quarter-final"
    if (
        nxt is not None
        and nxt.lower in ("to", "past")
        and word_at(tokens, j) == "quarter"
        and _clock_hour(tokens, j + 2)
    ):
        return False  # "a quarter to five", "a quarter past six": a clock time
    if nxt is None or nxt.kind != "word" or nxt.lower in ("of", "and", "or", "as", "to", "than"):
        return True
    if nxt.lower in COMPARATIVES or nxt.lower in ("point", "points", "percentage"):
        return True  # "a third higher"; "a quarter point", "a quarter percentage point" of a rate
    if word_at(tokens, j - 1) in ("a", "an", "one") and _change_size(tokens, j - 1, j):
        return True  # "dropped by nearly a quarter from 2003": the size of a change
    return nxt.lower in HALF_DETERMINERS and nxt.lower != "all" and word_at(tokens, j) not in ("quarter", "quarters")


def _clock_hour(tokens: list[Token], i: int) -> bool:
    """True when tokens[i] is an hour of the clock in words, "one" to "twelve" (digits may be an
    amount with its unit against them: "rose by a quarter to 5m")."""
    value = UNITS.get(word_at(tokens, i))
    return value is not None and 1 <= value <= 12


def _change_size(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the fraction tokens[first..last] is the size of a change: after "by", "up" or
    "down" (an optional hedge between, "by nearly half"), and followed by the end of the clause or
    a preposition or conjunction (CHANGE_SIZE_FOLLOWERS), not by a noun it would qualify."""
    before = first - 1
    if word_at(tokens, before) in HALF_HEDGES:
        before -= 1
    if word_at(tokens, before) not in ("by", "up", "down"):
        return False
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is None or nxt.kind != "word":
        return nxt is None or nxt.text != "-" or not nxt.adjacent  # "by half-time" is a compound
    return nxt.lower in CHANGE_SIZE_FOLLOWERS


def _half_dozen(tokens: list[Token], i: int) -> int | None:
    """Last token of "half-dozen" / "half dozen" opening at tokens[i], after an optional "a",
    or None."""
    j = i + 1 if word_at(tokens, i) in ("a", "an") else i
    if word_at(tokens, j) != "half":
        return None
    if word_at(tokens, j + 1) == "dozen":
        return j + 1
    if (
        j + 2 < len(tokens)
        and tokens[j + 1].text == "-"
        and tokens[j + 1].adjacent
        and tokens[j + 2].adjacent
        and word_at(tokens, j + 2) == "dozen"
    ):
        return j + 2
    return None


def _fraction_hyphened_to_scale(tokens: list[Token], i: int) -> Number | None:
    """ "[a] half-million", "[a] quarter-billion" opening at tokens[i]: the fraction of the scale
    word it is hyphened to, or None."""
    j = i + 1 if word_at(tokens, i) in ("a", "an") else i
    word = word_at(tokens, j)
    if (
        word in ("half", "quarter")
        and j + 2 < len(tokens)
        and tokens[j + 1].text == "-"
        and tokens[j + 1].adjacent
        and tokens[j + 2].adjacent
        and word_at(tokens, j + 2) in SCALES
    ):
        value = SCALES[word_at(tokens, j + 2)] / DENOMINATORS[word]
        return Number(i, j + 2, value, multiplied=True, words=True)
    return None
