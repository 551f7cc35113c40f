"""Scanner: find the quantity atoms of a body and reject the numbers that are not figures.

An atom is [currency] number [multiplier] [percent | currency word | measure unit]. A number is
not a figure when it belongs to a name ("B-52", "G7", "COVID-19", "Voyager 2"), is an ordinal
("21st"), a decade ("1960s"), a time ("2pm", "10:30"), a date ("May 19", "19 May", "2013-14"),
a phone number or code ("+1-222-2222", "1.2.3"), or a lone "one"/"a" with nothing measured.
Years (1000-2100 with no separator) count only with a currency, percent or unit after them.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.processors.figures.lexicon import lexicon
from services.processors.figures.numbers import MULTIPLIERS, Number, read_number
from services.processors.figures.tokens import Token
from services.processors.figures.qualifiers import PREFIXES
from services.processors.figures.units import STOP, Unit, measure_after

MONTHS = frozenset(
    "January February March April June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
TIME_WORDS = frozenset("am pm gmt utc bst est edt cet cest pst pdt et local".split())
ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
STREET_WORDS = frozenset("Street St Road Rd Avenue Ave Boulevard Lane Drive Place Square Terrace Way".split())
PERCENT_WORDS = ("percent", "percentage", "percents", "pc", "pct")


@dataclass(frozen=True, slots=True)
class Atom:
    """One quantity: tokens[first:last+1], the number and its currency, percent or measure."""

    first: int
    last: int
    number: Number
    value: float | None
    currency: str | None = None
    percent: bool = False
    measure: Unit | None = None


def _currency_before(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """(ISO code, first token) of a currency symbol or code just before tokens[index]."""
    currencies = lexicon().currencies
    j = index - 1
    if j >= 0 and tokens[j].text in ("-", "−") and tokens[j + 1].adjacent and j - 1 >= 0 and tokens[j - 1].text in currencies:
        j -= 1
    if j < 0:
        return None
    token = tokens[j]
    key = token.lower
    if key in currencies and currencies[key][1] in ("prefix", "both"):
        first = j
        if token.text == "$" and j - 1 >= 0 and tokens[j - 1].kind == "word" and token.adjacent:
            combined = tokens[j - 1].lower + "$"
            if combined in currencies:
                return currencies[combined][0], j - 1
        if token.kind == "word" and not token.text.isupper() and len(key) == 3:
            return None  # "usd" only as a written code, "eur"/"rub" in lower case are too rare
        return currencies[key][0], first
    return None


def _currency_after(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """(ISO code, last token) of a currency written after a number ("40m euros", "15€")."""
    if index >= len(tokens):
        return None
    currencies = lexicon().currencies
    token = tokens[index]
    key = token.lower
    if token.text == "-" and token.adjacent and index + 1 < len(tokens) and tokens[index + 1].adjacent:
        index, token = index + 1, tokens[index + 1]  # "one-yen bid"
        key = token.lower
    if index + 1 < len(tokens) and f"{key} {tokens[index + 1].lower}" in currencies:
        return currencies[f"{key} {tokens[index + 1].lower}"][0], index + 1  # "australian dollars"
    if key in currencies and currencies[key][1] in ("suffix", "both"):
        if key in ("pound", "pounds") and index + 1 < len(tokens) and tokens[index + 1].lower == "of":
            return None  # "200 pounds of flour" is a weight
        if key == "won" and not token.adjacent and index + 1 < len(tokens) and tokens[index + 1].kind == "word" and tokens[index + 1].lower not in ("in", "a", "an", "and", "or"):
            return None
        last = index
        if key in ("pound", "pounds") and index + 1 < len(tokens) and tokens[index + 1].lower == "sterling":
            last += 1
        return currencies[key][0], last
    return None


def _percent_after(tokens: list[Token], index: int) -> int | None:
    if index >= len(tokens):
        return None
    token = tokens[index]
    if token.text == "%":
        return index
    if token.lower in PERCENT_WORDS:
        if token.lower == "percentage" and index + 1 < len(tokens) and tokens[index + 1].lower in ("point", "points"):
            return index + 1
        return index
    if token.lower == "per" and index + 1 < len(tokens) and tokens[index + 1].lower == "cent":
        return index + 1
    return None


def read_atom(tokens: list[Token], index: int, sentence_first: int, in_range: bool = False) -> Atom | None:
    """The quantity atom whose number starts at tokens[index], or None when there is none or
    the number is not a figure. ``in_range``: the number follows a range dash, so what touches
    it on the left is the dash, not a name ("5k-20k")."""
    number = read_number(tokens, index)
    if number is None:
        return None
    currency_before = _currency_before(tokens, index)
    first = currency_before[1] if currency_before else index
    if _excluded(tokens, number, sentence_first, currency_before is not None, in_range):
        return None
    value = number.value
    last = number.last
    if value is not None and tokens[index].kind == "num" and index - 1 >= 0 and tokens[index - 1].text in ("-", "−") and tokens[index].adjacent:
        before = tokens[index - 2] if index >= 2 else None
        if before is None or not tokens[index - 1].adjacent or before.text in ("(", "$", "€", "£"):
            if before is None or before.kind != "num":
                value = -value
                first = min(first, index - 1)
    if first > 0 and tokens[first - 1].lower in ("minus", "negative") and value is not None:
        value, first = -value, first - 1
    currency = currency_before[0] if currency_before else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    # "m"/"M" against digits: million with money or a plural noun after, else metres.
    if nxt is not None and nxt.adjacent and nxt.text in ("m", "M") and value is not None and tokens[last].kind == "num":
        after = tokens[last + 2] if last + 2 < len(tokens) else None
        if currency or nxt.text == "M" or _currency_after(tokens, last + 2) or (after is not None and after.kind == "word" and after.lower.endswith("s") and after.lower not in ("metres", "meters")):
            value *= MULTIPLIERS["m"]
            last += 1
            number = Number(number.first, last, value, number.magnitude, True, number.words, number.base)
    percent_last = _percent_after(tokens, last + 1)
    if percent_last is not None:
        return Atom(first, percent_last, number, value, None, True)
    if currency is None:
        after = _currency_after(tokens, last + 1)
        if after is not None:
            return Atom(first, after[1], number, value, after[0])
        if value is not None and _year_like(tokens[index]) and not number.multiplied:
            measure = measure_after(tokens, last + 1)
            if measure is None:
                return None
            return Atom(first, measure.last, number, value, None, False, measure)
        measure = measure_after(tokens, last + 1)
        if measure is not None:
            return Atom(first, measure.last, number, value, None, False, measure)
    return Atom(first, last, number, value, currency)


def _year_like(token: Token) -> bool:
    text = token.text
    return token.kind == "num" and len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


def _excluded(tokens: list[Token], number: Number, sentence_first: int, has_currency: bool, in_range: bool) -> bool:
    first, last = number.first, number.last
    token = tokens[first]
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    after = tokens[last + 2] if last + 2 < len(tokens) else None
    if token.kind == "num":
        if prev is not None and token.adjacent and not in_range:
            if prev.kind == "word" and not has_currency:
                return True  # G7, i7, MH17
            if prev.text in ("-", "‑") and first >= 2 and tokens[first - 2].kind == "word" and prev.adjacent:
                return True  # B-52, COVID-19
            if prev.text in ("#", "/", "=", "@", "_", "№", "+", ".", ":", "^", "×", "%", "&"):
                return True
            if prev.text in ("-", "/", ".") and first >= 2 and tokens[first - 2].kind in ("num", "code") and prev.adjacent:
                return True  # the second group of a code, date or score whose first group was rejected
        if nxt is not None and nxt.adjacent:
            if nxt.kind == "word":
                lower = nxt.lower
                if lower in ORDINAL_SUFFIXES or lower == "s" or lower in ("am", "pm", "a", "p"):
                    return True
                measure_key = nxt.text if len(nxt.text) == 1 and nxt.text != "L" else lower
                known = measure_key in lexicon().measures or nxt.text in MULTIPLIERS or lower in lexicon().currencies or lower in PERCENT_WORDS or lower in ("m", "e")
                if not known:
                    return True  # 860BOX, 4x4
            if nxt.text in ("'", "’") and after is not None and after.lower == "s" and after.adjacent:
                return True  # 1990's
            if nxt.text == ":" and after is not None and after.kind == "num" and after.adjacent:
                return True  # 10:30, 3:1
            if nxt.text in ("-", "/", ".") and after is not None and after.kind == "num" and after.adjacent:
                if _code_like(tokens, last):
                    return True
        if nxt is not None and (nxt.lower in TIME_WORDS or nxt.lower in ("a", "p") and after is not None and after.text == "."):
            if nxt.lower != "et" or token.text.isdigit():
                return True
        if nxt is not None and nxt.lower == "o'clock":
            return True
        if any(tokens[k].text in STREET_WORDS for k in range(last + 1, min(len(tokens), last + 4))) and nxt is not None and nxt.text[:1].isupper():
            return True  # 10 Downing Street
        if prev is not None and prev.text in MONTHS or (prev is not None and prev.text == "May" and int(float(token.text.replace(",", "")) if token.text.replace(",", "").replace(".", "").isdigit() else 0) <= 31):
            return True
        if nxt is not None and nxt.text in MONTHS | {"May"} and token.text.isdigit() and int(token.text) <= 31:
            return True
        if prev is not None and prev.text == "." and first >= 2 and (tokens[first - 2].text in MONTHS or tokens[first - 2].text in ("No", "Nos", "no", "Art", "Sec", "Vol", "Fig", "Ch", "p", "pp")):
            return True  # "Jan. 6", "No. 10"
        if (
            prev is not None
            and prev.kind == "word"
            and any(char.isupper() for char in prev.text)
            and prev.lower not in STOP
            and not prev.lower.endswith("ly")
            and (prev.lower,) not in PREFIXES
            and prev.lower not in ("minus", "negative", "nearly", "estimated")
            and not has_currency
            and not token.adjacent
            and (nxt is None or nxt.text not in ("%",))
            and (measure_after(tokens, last + 1) is None or nxt is None or nxt.lower in lexicon().measures and lexicon().measures[nxt.lower][1] == "duration")
        ):
            return True  # Voyager 2, Boeing 737, Article 5
    elif number.words and number.value is not None:
        word = token.lower
        if word == "one" and last == first:
            nxt_measure = measure_after(tokens, last + 1)
            if nxt_measure is not None and nxt_measure.category != "other":
                return False  # "one year", "one-mile"
            if nxt is not None and nxt.lower in lexicon().words["people"] and not (prev is not None and prev.lower in ("no", "any", "every", "some")):
                return False  # "one soldier was killed"
            skip = 2 if nxt is not None and nxt.text == "-" and nxt.adjacent else 1
            return _currency_after(tokens, last + skip) is None and not (nxt is not None and nxt.lower in ("percent", "%", "cent", "penny"))
        if nxt is not None and nxt.text == "-" and nxt.adjacent and after is not None and after.lower in ("off", "way", "time", "sided", "fold", "stop", "on"):
            return True
    return False


def _code_like(tokens: list[Token], first: int) -> bool:
    """Digit groups joined by "-", "/" or "." into phone numbers, dates or codes."""
    groups = [tokens[first]]
    j = first + 1
    while j + 1 < len(tokens) and len(groups) < 6 and tokens[j].text in ("-", "/", ".") and tokens[j].adjacent and tokens[j + 1].kind == "num" and tokens[j + 1].adjacent:
        groups.append(tokens[j + 1])
        j += 2
    if len(groups) >= 3:
        return True
    if len(groups) < 2:
        return False
    if tokens[first + 1].text == "/":
        return True  # 20/2030, 9/11
    a, b = groups[0].text, groups[1].text
    if "," in a or "," in b or "." in a or "." in b:
        return False
    if _year_like(groups[0]) and (len(b) in (2, 4)):
        return True  # 2013-14, 1995-01
    return len(a) >= 4 or len(b) >= 4 or b.startswith("0")
