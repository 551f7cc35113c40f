"""Scanner: find the quantity atoms of a body and reject the numbers that are not figures.

An atom is [currency] number [multiplier] [percent | currency word | measure unit]. A number is
not a figure when it belongs to a name ("B-52", "G7", "COVID-19", "Voyager 2"), is an ordinal
("21st"), a decade ("1960s"), a time ("2pm", "10:30"), a date ("May 19", "19 May", "2013-14",
"October '87"), a kind of thing ("a two-seater", "a four-door sedan", "a five-star hotel"), a
phone number or code ("+1-222-2222", "1.2.3"), or the lone word "one" (a pronoun or a
determiner, even with a unit or a hedge, "one percent", "at least one"; it counts only as a
bound of a range, "one to three"). A number after a capitalised
word is a name ("Voyager 2") unless it has a percent or currency after it ("Barrick 75 percent",
"EPS 143.56 yen"), a thousands separator ("a DISMAL 57,000 votes") or a multiplier ("Net 12.3
mln"), or it counts in a headline ("BOMB KILLS 12 IN ALGERIA").
Years (1000-2100 with no separator) count only with a currency, percent or unit after them,
after a hedge that only bounds counts ("more than 1500", not "since at least 2015"), before a
noun of counted people or things ("2000 troops"), below 1900 before any plural noun ("1480
projects"; a year before a plural noun is a recent one, "2020 elections"), or as the level a
market move reaches ("the Dow fell to 2000"). Phone numbers, page counters and labels
("version 2", "5 min read") are rejected by :mod:`furniture`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from services.processors.figures.currency_names import currency_name_before, currency_name_linked
from services.processors.figures.furniture import counter_like, designation, labelled, phone_like, zip_like
from services.processors.figures.lemmas import is_plural, singular
from services.processors.figures.lexicon import lexicon
from services.processors.figures.market_quotes import quote_tail
from services.processors.figures.numbers import MULTIPLIERS, UNITS, Number, read_number
from services.processors.figures.qualifiers import PREFIXES, prefix_qualifier
from services.processors.figures.results_rows import results_row
from services.processors.figures.slash_pairs import listed_group, paired_side
from services.processors.figures.symbols import unit_symbol
from services.processors.figures.table_rows import decimal_row_cell, price_cell, standings_cell, wide_row_cell
from services.processors.figures.tokens import Token, word_at
from services.processors.figures.units import STOP, Unit, measure_after, temperature_letter

MONTHS = frozenset(
    "January February March April June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
TIME_WORDS = frozenset("am pm gmt utc bst est edt cet cest pst pdt et local noon midnight".split())
ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
STREET_WORDS = frozenset("Street St Road Rd Avenue Ave Boulevard Lane Drive Place Square Terrace Way".split())
PERCENT_WORDS = ("percent", "percentage", "percents", "pc", "pct", "prozent", "procent")
VIDEO_LINES = frozenset("144 240 360 480 720 1080 1440 2160 4320".split())  # "1080p" is a picture format, not pence


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
    if (
        j >= 0
        and tokens[j].text in ("-", "−")
        and tokens[j + 1].adjacent
        and j - 1 >= 0
        and tokens[j - 1].text in currencies
    ):
        j -= 1
    if (
        j >= 1
        and tokens[j].text == "."
        and tokens[j].adjacent
        and tokens[j - 1].kind == "word"
        and tokens[j - 1].lower + "." in currencies
    ):
        return currencies[tokens[j - 1].lower + "."][0], j - 1  # "Rs.1,500", "Rs. 1,500"
    if (
        j >= 1
        and tokens[j].text == "("
        and tokens[j].adjacent
        and tokens[j + 1].adjacent
        and tokens[j - 1].kind != "word"
        and currencies.get(tokens[j - 1].text, ("", ""))[1] in ("prefix", "both")
    ):
        return currencies[tokens[j - 1].text][0], j - 1  # "$(12.5)" of a results table: the sign, then brackets
    if j < 0:
        return None
    token = tokens[j]
    key = token.lower
    if _miscased(token):
        return None  # "dm" is decimetres, "DM" Deutsche marks
    if token.kind == "word" and len(token.text) == 1 and not tokens[j + 1].adjacent:
        return None  # a one-letter currency is written against the digits ("Y100 billion"), not "Model Y 2023"
    if token.kind == "word" and tokens[j + 1].adjacent and token.adjacent and j >= 1 and tokens[j - 1].text == "$":
        written_after = currencies.get(key + "$")  # "$US5m", "$A200": the country written after the dollar sign
        if written_after is not None:
            return written_after[0], j - 1
    if (scaled := scaled_code(token)) is not None:
        return scaled[0], j  # "MSEK 120"
    if key in currencies and currencies[key][1] in ("prefix", "both"):
        first = j
        if token.text == "$" and j - 1 >= 0 and tokens[j - 1].kind == "word" and token.adjacent:
            combined = tokens[j - 1].lower + "$"
            if combined in currencies:
                return currencies[combined][0], j - 1
        if (
            token.kind == "word"
            and not token.text.isupper()
            and len(key) == 3
            and currencies[key][0] == token.text.upper()
        ):
            return None  # "usd" only as a written code, "eur"/"rub" in lower case are too rare; "Ksh" is no ISO code
        return currencies[key][0], first
    return None


def _name_before(tokens: list[Token], number: Number) -> tuple[str, int] | None:
    """A currency name before an amount ("euro 3bn", "pounds 2,000"; see currency_names), unless a
    percent or another currency follows the amount ("dollar 1.2 million percent" is no money of the
    name), or a unit follows an amount without a scale ("pounds 3 weeks later": a time)."""
    nxt = number.last + 1
    scaled = number.multiplied or (nxt < len(tokens) and tokens[nxt].adjacent and tokens[nxt].text in ("m", "M"))
    found = currency_name_before(tokens, number.first, scaled)
    if found is None or _percent_after(tokens, nxt) is not None:
        return None
    after = _currency_after(tokens, nxt)
    if after is not None and _opens_next_amount(tokens, nxt, after[1]):
        return found  # "pounds 5-pounds 7": the second name is the high end's
    if after is not None or not scaled and measure_after(tokens, nxt) is not None:
        return None
    return found


def _opens_next_amount(tokens: list[Token], index: int, name_last: int) -> bool:
    """True when the currency word ending at tokens[name_last], after a dash at tokens[index],
    is written before the next number, so it opens a range's high end ("dollars 24-dollars 26")
    and is not the currency of the amount before the dash."""
    return (
        tokens[index].text == "-"
        and name_last + 1 < len(tokens)
        and currency_name_before(tokens, name_last + 1, True) is not None
    )


def _currency_after(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """(ISO code, last token) of a currency written after a number ("40m euros", "15€")."""
    if index >= len(tokens):
        return None
    currencies = lexicon().currencies
    token = tokens[index]
    key = token.lower
    hyphened = False
    if token.text == "-" and token.adjacent and index + 1 < len(tokens) and tokens[index + 1].adjacent:
        index, token = index + 1, tokens[index + 1]  # "one-yen bid"
        key, hyphened = token.lower, True
    if key == "pound" and hyphened and _weight_compound(tokens, index):
        return None  # "a 198-pound python": a weight
    if index + 1 < len(tokens) and f"{key} {tokens[index + 1].lower}" in currencies:
        return currencies[f"{key} {tokens[index + 1].lower}"][0], index + 1  # "australian dollars"
    if (scaled := scaled_code(token)) is not None:
        return scaled[0], index  # "45 MEUR"
    if (
        token.kind == "sym"
        and key in currencies
        and not (
            index + 1 < len(tokens)
            and tokens[index + 1].kind == "num"
            and (tokens[index + 1].adjacent or not token.adjacent)
        )
    ):
        # a sign written after its digits, "only 10$", "5£", or one space on as French style
        # writes it ("10 $", "25 €"); a number after a spaced sign is the sign's own ("10 $ 30")
        return currencies[key][0], index
    if key in currencies and currencies[key][1] in ("suffix", "both") and not _miscased(token):
        if key in ("pound", "pounds") and index + 1 < len(tokens) and tokens[index + 1].lower == "of":
            return None  # "200 pounds of flour" is a weight
        if key in ("pound", "pounds") and _weighed(tokens, index):
            return None  # "she lost 25 pounds", "the baby weighed 7 pounds"
        if (
            key == "won"
            and not token.adjacent
            and index + 1 < len(tokens)
            and tokens[index + 1].kind == "word"
            and tokens[index + 1].lower not in ("in", "a", "an", "and", "or")
        ):
            return None
        last = index
        if key in ("pound", "pounds") and index + 1 < len(tokens) and tokens[index + 1].lower == "sterling":
            last += 1
        return currencies[key][0], last
    return None


# A scale letter written before an ISO code, as Nordic and European company reports do: "MSEK 120",
# "45 MEUR" (millions), "TEUR 5,300", "kSEK 800" (thousands), "BSEK 3" (billions).
_CODE_SCALES = {"M": 1e6, "T": 1e3, "K": 1e3, "k": 1e3, "B": 1e9}


def scaled_code(token: Token) -> tuple[str, float] | None:
    """(ISO code, scale) of a scale letter glued to an upper-case ISO currency code ("MSEK" ->
    ("SEK", 1e6)), or None."""
    text = token.text
    if token.kind != "word" or len(text) != 4 or text[0] not in _CODE_SCALES or not text[1:].isupper():
        return None
    entry = lexicon().currencies.get(text[1:].lower())
    if entry is None or entry[0] != text[1:]:
        return None
    return entry[0], _CODE_SCALES[text[0]]


def _miscased(token: Token) -> bool:
    """True when the token spells a currency that counts only as written ("DM", "Y", "FFr") in
    another case ("dm" is decimetres)."""
    spelling = lexicon().cased_currencies.get(token.lower)
    return spelling is not None and token.text != spelling


_CENT_WORDS = frozenset(("cent", "cents", "pence", "penny", "centimes", "kopecks", "kopeks"))


def _cents_after(tokens: list[Token], index: int) -> tuple[float, int] | None:
    """(amount in whole units, last token) of "[and] 50 cents" after a currency word
    ("3 dollars 50 cents", "thirteen dollars and forty-five cents"), or of a bare cents amount
    closing the clause without "and" ("15 dollars 50.", "17 USD 25"), or None. With "and" the
    cents word is needed: "between 10 dollars and 20" is a range."""
    joined = index < len(tokens) and tokens[index].lower == "and"
    if joined:
        index += 1
    if index >= len(tokens) or tokens[index].kind not in ("num", "word"):
        return None
    number = read_number(tokens, index)
    if (
        number is None
        or number.value is None
        or number.multiplied
        or not 0 < number.value < 100
        or not float(number.value).is_integer()
    ):
        return None
    unit = tokens[number.last + 1] if number.last + 1 < len(tokens) else None
    if unit is not None and unit.lower in _CENT_WORDS:
        return number.value / 100, number.last + 1
    if not joined and (unit is None or unit.text in _CLOSING) and _cents_shaped(tokens, number):
        return number.value / 100, number.last  # "15 dollars 50.", "thirteen dollars forty-five"
    return None


_CLOSING = frozenset(".,;:!?)")
# "per cent" and its Spanish and French spellings, met in quoted rates ("3,65 por ciento")
_TWO_WORD_PERCENT = frozenset((("per", "cent"), ("por", "ciento"), ("pour", "cent")))
_SCALE_AFTER_CODE = frozenset(("million", "billion", "trillion", "bn", "mn", "mln", "bln", "tn"))


def _cents_shaped(tokens: list[Token], number: Number) -> bool:
    """True for a cents amount written bare: two digits ("50", "05") or number words."""
    if number.words:
        return True
    text = tokens[number.first].text
    return number.first == number.last and len(text) == 2 and text.isdigit()


_WEIGHT_WORDS = frozenset(
    "weigh weighs weighed weighing weight lose loses lost losing shed sheds shedding gain gains gained gaining "
    "heavy heavier lighter overweight underweight drop drops dropped dropping "
    # another unit of mass before the number makes "pounds" one too ("a metric ton is 2,204.62 pounds")
    "ton tons tonne tonnes kg kilogram kilograms kilo kilos ounce ounces stone gram grams".split()
)


# Things priced in pounds that a hyphened "-pound" compound may name ("a ten-pound note").
_PRICED = frozenset(
    "note notes coin coins fine fines fee fees bill bet bets ticket tickets voucher vouchers prize payment "
    "payments loan loans deal deals budget investment contract salary bonus donation grant fund".split()
)


def _weight_compound(tokens: list[Token], pound: int) -> bool:
    """True when "N-pound" at tokens[pound] is an adjective of weight before a noun ("a 198-pound
    python", "a 10-pound turkey"): a word follows that is not a thing priced in pounds, and no scale
    word says money ("a five-million-pound deal")."""
    nxt = tokens[pound + 1] if pound + 1 < len(tokens) else None
    number_last = tokens[pound - 2] if pound >= 2 else None
    if nxt is None or nxt.kind != "word" or nxt.lower in _PRICED or nxt.lower in STOP:
        return False
    return number_last is None or number_last.text not in MULTIPLIERS


def _weighed(tokens: list[Token], unit_index: int) -> bool:
    """True when a weight word or another unit of mass stands within five tokens before the unit
    of "N pounds", and no scale word says money ("profit dropped to 361 million pounds")."""
    if unit_index >= 1 and tokens[unit_index - 1].text in MULTIPLIERS:
        return False
    return any(tokens[k].lower in _WEIGHT_WORDS for k in range(max(0, unit_index - 5), unit_index))


def _percent_after(tokens: list[Token], index: int) -> int | None:
    """Last token of the percent sign or word at tokens[index] ("%", "percent", "per cent",
    "percentage points", hyphened as in "a 50-per-cent stake"), or None."""
    if index >= len(tokens):
        return None
    if (
        tokens[index].text == "-"
        and tokens[index].adjacent
        and index + 1 < len(tokens)
        and tokens[index + 1].adjacent
        and tokens[index + 1].lower in ("per", "percent", "percentage", "pc", "pct")
    ):
        index += 1  # "a 3-percent rise", "a 3-percentage-point lead"
        if tokens[index].lower in ("per", "percentage") and index + 2 < len(tokens) and tokens[index + 1].text == "-":
            if tokens[index + 2].lower == ("cent" if tokens[index].lower == "per" else "point"):
                return index + 2
            if tokens[index + 2].lower == "points" and tokens[index].lower == "percentage":
                return index + 2
            return None
        return index if tokens[index].lower != "per" else None
    token = tokens[index]
    if token.text == "%":
        return index
    if token.lower in PERCENT_WORDS:
        if token.lower == "percentage" and index + 1 < len(tokens) and tokens[index + 1].lower in ("point", "points"):
            return index + 1
        return index
    if index + 1 < len(tokens) and (token.lower, tokens[index + 1].lower) in _TWO_WORD_PERCENT:
        return index + 1
    if (
        token.lower == "of"
        and index + 3 < len(tokens)
        and tokens[index + 1].lower in ("a", "an")
        and tokens[index + 2].lower == "percentage"
        and tokens[index + 3].lower in ("point", "points")
    ):
        return index + 3  # "a quarter of a percentage point", "0.25 of a percentage point"
    return None


def read_atom(
    tokens: list[Token],
    index: int,
    sentence_first: int,
    in_range: bool = False,
    allow_year: bool = False,
    money: bool = False,
    language: str = "en",
) -> Atom | None:
    """The quantity atom whose number starts at tokens[index], or None when there is none or
    the number is not a figure. ``in_range``: the number follows a range dash, so what touches
    it on the left is the dash, not a name ("5k-20k"), and a lone "one" may be read (the caller
    has found the range it bounds: "one to three"). ``allow_year``: keep a bare year-like
    number (the caller has other evidence, a range partner that is no year). ``money``: the number
    is the high end of a range of money ("$5-10m"), so an "m" against it is million.
    ``language``: the body's (see language.guess_language), for its scale words and, after a
    scaled amount in a body that is not English, a currency joined by "de"/"d'" ("3 milliards
    d'euros")."""
    number = read_number(tokens, index, language)
    if number is None:
        return _half_a_unit(tokens, index) or _unit_and_a_half(tokens, index)
    currency_before = _currency_before(tokens, index) or _name_before(tokens, number)
    first = currency_before[1] if currency_before else index
    if _excluded(tokens, number, sentence_first, currency_before is not None, in_range):
        return None
    value = number.value
    last = number.last
    if (
        value is not None
        and tokens[index].kind == "num"
        and index - 1 >= 0
        and tokens[index - 1].text in ("-", "−")
        and tokens[index].adjacent
    ):
        before = tokens[index - 2] if index >= 2 else None
        if (
            before is None
            or not tokens[index - 1].adjacent
            or before.text in ("(", "$", "€", "£", "<", ">", "=", "≤", "≥", "~", "≈")
        ):
            if before is None or before.kind != "num":
                value = -value
                first = min(first, index - 1)
    if value is not None and currency_before is not None and _minus_before_currency(tokens, first):
        value, first = -value, first - 1  # "-$5m", "−£3bn"
    if first > 0 and tokens[first - 1].lower in ("minus", "negative") and value is not None:
        value, first = -value, first - 1
    currency = currency_before[0] if currency_before else None
    if value is not None and currency_before is not None and (scaled := scaled_code(tokens[currency_before[1]])):
        value *= scaled[1]
        number = replace(number, value=value, multiplied=True)
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    # "m"/"M" against digits: million with money or a plural noun after, else metres.
    if (
        nxt is not None
        and (nxt.adjacent and nxt.text in ("m", "M") or nxt.text == "m")
        and value is not None
        and tokens[last].kind == "num"
    ):
        after_index = _past_m_range(tokens, last + 2)
        after = tokens[after_index] if after_index < len(tokens) else None
        if (
            currency
            or money
            or nxt.text == "M"
            or _currency_after(tokens, after_index)
            or _counted_in_millions(tokens, first, after)
            or _million_in_sentence(tokens, sentence_first, first, after)
        ):
            value *= MULTIPLIERS["m"]
            last += 1
            number = replace(number, last=last, value=value, multiplied=True)
    percent_last = _percent_after(tokens, last + 1)
    if percent_last is not None:
        return Atom(first, percent_last, number, value, None, True)
    if currency is None:
        symbol = _currency_after(tokens, last + 1)
        if symbol is None and language != "en" and number.multiplied:
            symbol = currency_name_linked(tokens, last + 1)
        if symbol is not None:
            if (
                value is not None
                and not number.multiplied
                and tokens[last + 1].text != "-"  # "24-dollars 26" is a range's ends, never 24.26
                and (cents := _cents_after(tokens, symbol[1] + 1)) is not None
            ):
                return Atom(first, cents[1], number, value + cents[0], symbol[0])
            if value is not None and (scaled := scaled_code(tokens[symbol[1]])) is not None:
                value *= scaled[1]
                number = replace(number, value=value, multiplied=True)
            scale = tokens[symbol[1] + 1].lower if symbol[1] + 1 < len(tokens) else ""
            code = tokens[symbol[1]]
            if (
                value is not None
                and not number.multiplied
                and scale in _SCALE_AFTER_CODE
                and (code.kind == "sym" or code.text.isupper())
            ):
                # "75 USD million": the scale word after the code still scales the digits
                value *= MULTIPLIERS[scale]
                number = replace(number, value=value, multiplied=True)
                return Atom(first, symbol[1] + 1, number, value, symbol[0])
            return Atom(first, symbol[1], number, value, symbol[0])
        if value is not None and _year_like(tokens[index]) and not number.multiplied:
            measure = measure_after(tokens, last + 1)
            if measure is None:
                if (
                    allow_year
                    or _counted_year_like(tokens, first, last)
                    or _level_reached(tokens, first, last)
                    or wide_row_cell(tokens, index, sentence_first)  # "Total 350 1200 98000": a data cell
                ):
                    return Atom(first, last, number, value)
                return None
            return Atom(first, measure.last, number, value, None, False, measure)
        if value is not None and _race_distance(tokens, last):
            return Atom(first, last, number, value, None, False, Unit(last, last, "metre", "distance-area"))
        measure = measure_after(tokens, last + 1)
        if measure is not None:
            if measure.factor != 1 and value is not None:
                value *= measure.factor  # "1.2 mb/d": the symbol carries the million
                number = replace(number, value=value, multiplied=True)
            if (
                measure.lemma == "foot"
                and value is not None
                and (inches := _inches_after(tokens, measure.last + 1)) is not None
            ):
                return Atom(first, inches[1], number, value + inches[0] / 12, None, False, measure)
            return Atom(first, measure.last, number, value, None, False, measure)
        if value is not None and 0 < value < 1 and (measure := _fraction_of_unit(tokens, last + 1)) is not None:
            return Atom(first, measure.last, number, value, None, False, measure)  # "a third of a mile"
    if (
        currency is not None
        and tokens[first + 1].text == "("
        and last + 1 < len(tokens)
        and tokens[last + 1].text == ")"
    ):
        last += 1  # "$(12.5)": the closing bracket too; brackets give no sign (README)
    return Atom(first, last, number, value, currency)


def _fraction_of_unit(tokens: list[Token], index: int) -> Unit | None:
    """The unit of "of a mile" after a fraction ("a third of a mile", "three-quarters of a
    mile"), or None."""
    if index + 2 < len(tokens) and tokens[index].lower == "of" and tokens[index + 1].lower in ("a", "an"):
        return measure_after(tokens, index + 2)
    return None


def _unit_and_a_half(tokens: list[Token], index: int) -> Atom | None:
    """The atom of "a mile and a half" at tokens[index]: one unit and half of it (a duration such
    as "a year and a half" is then passed over whole by the caller)."""
    if index + 4 >= len(tokens) or tokens[index].lower not in ("a", "an"):
        return None
    measure = measure_after(tokens, index + 1)
    if measure is None or measure.first != index + 1:
        return None
    k = measure.last
    if (
        k + 3 < len(tokens)
        and tokens[k + 1].lower == "and"
        and tokens[k + 2].lower in ("a", "an")
        and tokens[k + 3].lower == "half"
    ):
        return Atom(index, k + 3, Number(index, k + 3, 1.5, words=True), 1.5, None, False, measure)
    return None


def _half_a_unit(tokens: list[Token], index: int) -> Atom | None:
    """The atom of "half a mile" / "half an inch" at tokens[index]: a half of one measure unit."""
    if (
        index + 2 < len(tokens)
        and tokens[index].lower == "half"
        and tokens[index + 1].lower in ("a", "an")
        and (measure := measure_after(tokens, index + 2)) is not None
        and measure.first == index + 2
    ):
        return Atom(index, measure.last, Number(index, index + 1, 0.5, words=True), 0.5, None, False, measure)
    return None


# Scales that leave no doubt: "m" alone may be metres, these are never a measure.
_PLAIN_SCALES = frozenset("bn b B tn trn T mn mln bln M MM million billion trillion".split())
_MEASURE_ARTICLES = frozenset(("a", "an", "the"))


def _million_in_sentence(tokens: list[Token], sentence_first: int, first: int, after: Token | None) -> bool:
    """True when an "m" against the digits at tokens[first] is million because the sentence has
    already counted in millions or billions ("sales of $2.4m, compared with 1.9m a year earlier",
    "4.5bn, down from 900m") and nothing after it reads as a measured thing: it ends the clause
    or a function word follows. "a 10m wall", "the 100m final", "10m high" stay metres, and so
    does a sentence whose earlier "m" was itself metres ("jumped 2.1m, up from 1.9m")."""
    if first > 0 and tokens[first - 1].lower in _MEASURE_ARTICLES:
        return False
    if after is not None and after.kind == "word" and after.lower not in STOP:
        return False
    for j in range(max(sentence_first, 0), first - 1):
        if tokens[j].kind != "num" or not tokens[j + 1].adjacent and tokens[j + 1].text not in _SPACED_SCALES:
            continue
        scale = tokens[j + 1].text
        if scale in _PLAIN_SCALES or (scale == "m" and _m_is_million(tokens, j)):
            return True
    return False


def _m_is_million(tokens: list[Token], j: int) -> bool:
    """True when the "m" after the digits at tokens[j] has a currency before them or a plural noun after it."""
    if _currency_before(tokens, j) is not None:
        return True
    return _counted_in_millions(tokens, j, tokens[j + 2] if j + 2 < len(tokens) else None)


# Plural nouns that name a race, not what is counted: "the 60m hurdles", "the 400m heats".
_RACES = frozenset(
    "hurdles heats relays metres meters finals semifinals semi-finals sprints "
    "freestyle butterfly backstroke breaststroke medley".split()
)

# Words before a number that say a race follows, whatever noun closes it: "US indoor 200m titles",
# "the women's 400m records", "her Olympic 100m medals".
_RACE_CUES = frozenset("indoor outdoor men's women's men’s women’s mens womens olympic world junior".split())


def _counted_in_millions(tokens: list[Token], first: int, noun: Token | None) -> bool:
    """True when ``noun``, right after the "40m" whose digits start at tokens[first], is a plural
    noun that makes the "m" million ("40m people", "5m shares"); an adverb ("60m indoors"), a
    function word or a race ("the 60m hurdles", "indoor 200m titles") leaves it metres."""
    if first > 0 and tokens[first - 1].lower in _RACE_CUES:
        return False
    return (
        noun is not None
        and noun.kind == "word"
        and (is_plural(noun.lower) or noun.lower in _UNMARKED_PLURALS)
        and noun.lower not in _RACES
        and noun.lower not in STOP
    )


_SPACED_SCALES = frozenset(("million", "billion", "trillion", "bn", "mn", "mln", "bln", "tn", "trn"))


def _past_m_range(tokens: list[Token], index: int) -> int:
    """Index of what follows "1.5m" at tokens[index]: past the high end of a range written with
    the same letter ("1.5m-2m people", "3m to 4m euros", "between 5m and 6m tonnes"), so both
    ends are read alike."""
    if (
        index + 2 < len(tokens)
        and tokens[index].lower in ("-", "–", "to", "and")
        and tokens[index + 1].kind == "num"
        and tokens[index + 2].text in ("m", "M")
        and tokens[index + 2].adjacent
    ):
        return index + 3
    return index


def _minus_before_currency(tokens: list[Token], first: int) -> bool:
    """True when a minus sign stands against the currency symbol at tokens[first] and nothing
    touches the sign before it ("a loss of -$5m"; not the dash of "$2m-$3m")."""
    if first < 1 or tokens[first - 1].text not in ("-", "−") or not tokens[first].adjacent:
        return False
    return first < 2 or not tokens[first - 1].adjacent or tokens[first - 2].text in ("(", "=", ":")


# Plural nouns without an "s": "40m people" is forty million people, not forty metres.
_UNMARKED_PLURALS = frozenset("people personnel police children men women cattle sheep livestock".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your each every some".split())


def _inches_after(tokens: list[Token], index: int) -> tuple[float, int] | None:
    """(inches, last token) of "[and] 2 inches" / "2 in" after a number of feet ("5 feet 2
    inches", "6 ft 1 in", "6-foot-2"), or None. Inches are below 12."""
    tight = (
        index + 1 < len(tokens) and tokens[index].text == "-" and tokens[index].adjacent and tokens[index + 1].adjacent
    )
    if tight:
        index += 1
    elif index < len(tokens) and tokens[index].lower == "and":
        index += 1
    if index >= len(tokens) or tokens[index].kind not in ("num", "word"):
        return None
    number = read_number(tokens, index)
    if number is None or number.value is None or number.multiplied or not 0 <= number.value < 12:
        return None
    unit = tokens[number.last + 1] if number.last + 1 < len(tokens) else None
    if unit is not None and unit.lower in ("inch", "inches", "in", '"', "″"):
        after = tokens[number.last + 2] if number.last + 2 < len(tokens) else None
        if (
            unit.lower == "in"
            and after is not None
            and after.kind == "word"
            and (after.text[:1].isupper() or after.lower in _DETERMINERS)
        ):
            return None  # "in" before a name or a determiner is the preposition ("5 ft 2 in Paris")
        return number.value, number.last + 1
    if tight and tokens[index].kind == "num" and (unit is None or unit.kind != "num"):
        return number.value, number.last  # "a 6-foot-2 forward"
    return None


# Hedges that only ever bound a count: "more than 1500" is never a year.
_COUNT_BOUNDS = frozenset(
    (
        "more than",
        "fewer than",
        "less than",
        "at least",
        "at most",
        "no more than",
        "no fewer than",
        "no less than",
        "as many as",
        "an estimated",
        "estimated",
        "some",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "in excess of",
        "upwards of",
        "upward of",
        "a further",
        "an additional",
        "another",
    )
)


_TIME_PREPOSITIONS = frozenset("since until till by before after from to through during in".split())
# A year written before a plural noun is a recent one ("2020 elections", "1990 levels"): a number
# below this before a plural noun counts it ("1480 projects", "1850 points").
RECENT_YEARS = 1900


def _counted_year_like(tokens: list[Token], first: int, last: int) -> bool:
    """A bare number in 1000-2100 is a count, not a year, when a hedge that only bounds counts
    stands before it ("more than 1500"), or when the noun after it names people or things that
    are counted ("2000 troops"); a hedge also makes any plural noun a counted one ("about 1200
    protesters"). Years before plural nouns ("2020 elections") and bounded years after a time
    preposition ("since at least 2015") stay years."""
    hedge = prefix_qualifier(tokens, first)
    phrase = " ".join(tokens[k].lower for k in range(hedge[1], first)) if hedge is not None else ""
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    plural_after = (
        nxt is not None
        and nxt.kind == "word"
        and nxt.text[:1].islower()
        and not nxt.adjacent
        and (is_plural(nxt.text) or nxt.lower in ("people", "personnel", "police"))
    )
    timed = hedge is not None and hedge[1] > 0 and tokens[hedge[1] - 1].lower in _TIME_PREPOSITIONS
    if phrase in _COUNT_BOUNDS and not timed:
        return True  # "more than 1500"; but "since at least 2015" is a year
    if nxt is None or not plural_after:
        return False
    start = hedge[1] if hedge is not None else first
    if _value_below(tokens[first], RECENT_YEARS) and (start == 0 or tokens[start - 1].lower not in _TIME_PREPOSITIONS):
        return True  # "approved over 1480 projects": years before a plural noun are recent ("2020 elections")
    if (
        hedge is not None
        and hedge[0] != "exact"
        and phrase not in ("up to", "by", "over", "under", "around", "about", "circa")
    ):
        return True
    words = lexicon().words
    lemma = singular(nxt.text).lower()
    return any(
        lemma in words.get(kind, ()) or nxt.lower in words.get(kind, ())
        for kind in ("people", "military", "weapons", "things")
    )


# Verbs of a market move, or the size of the move: the year-like number they go to is a level
# ("the Dow fell to 2000", "fell 45 points to 1995").
LEVEL_VERBS = frozenset(
    "rose fell dropped climbed declined slipped surged plunged jumped slid tumbled sank soared gained lost "
    "eased edged dipped rallied retreated advanced firmed down points point".split()
)
# Verbs of a close: the year-like number they stand at is a level ("the index closed at 1995").
CLOSE_VERBS = frozenset("closed ended finished opened stood settled".split())


def _level_reached(tokens: list[Token], first: int, last: int) -> bool:
    """True when a year-like number is the level a move reaches ("the Dow fell to 2000", "down
    to around 2000", "fell 45 points to 1995", "the index closed at 1995"); before a plural noun
    it stays a year ("fell back to 1990 levels")."""
    hedge = prefix_qualifier(tokens, first)
    start = hedge[1] if hedge is not None else first
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if start < 2 or (nxt is not None and nxt.kind == "word" and nxt.text[:1].islower() and is_plural(nxt.text)):
        return False
    preposition, verb = tokens[start - 1].lower, tokens[start - 2].lower
    return preposition == "to" and verb in LEVEL_VERBS or preposition == "at" and verb in CLOSE_VERBS


# Nouns that, joined to a number by a hyphen, name a kind of thing rather than count it: "a
# two-seater", "a four-door sedan", "a four-cylinder engine", "a five-star hotel", "an
# 18-wheeler", "four-colour print", "two-ply", "a two-bedroom flat", "a six-figure salary", "three-digit".
CLASS_NOUNS = frozenset(
    "seater seaters door cylinder speed star color colour wheel wheeler wheelers stroke ply bedroom figure digit engine".split()
)


# Adjectives made of a noun and -ed that say what kind a thing is when a number stands before
# them, hyphened or not ("two legged robots", "a four-wheeled cart", "a twin-engined plane",
# "a three-storey house"); "two armed men" is left out, since there the men are counted.
KIND_ADJECTIVES = frozenset(
    "legged wheeled engined storey storeyed storied tiered winged bladed sided headed toed hulled "
    "masted pronged horned hoofed footed eyed".split()
)


def _class_compound(tokens: list[Token], last: int) -> bool:
    """True when the number ending at tokens[last] names a kind: hyphened to a noun of CLASS_NOUNS
    ("a two-seater"), or hyphened or spaced before an adjective of KIND_ADJECTIVES ("two legged robots")."""
    if last + 1 < len(tokens) and tokens[last + 1].lower in KIND_ADJECTIVES and tokens[last + 1].kind == "word":
        return True
    if last + 2 >= len(tokens):
        return False
    hyphen, noun = tokens[last + 1], tokens[last + 2]
    joined = hyphen.text in ("-", "‐", "‑") and hyphen.adjacent and noun.adjacent
    return joined and (noun.lower in CLASS_NOUNS or noun.lower in KIND_ADJECTIVES)


_APOSTROPHES = frozenset(("'", "’", "‘"))
_OCLOCK = frozenset(("o'clock", "o’clock"))
_MINUTES_PAST = frozenset((5, 10, 20, 25))


def _clock_in_words(tokens: list[Token], first: int, last: int) -> bool:
    """True when the number at tokens[first..last] is part of a clock time told in words: the
    hour before "o'clock", the hour after "half past", "quarter past/to" or "five/ten/twenty/
    twenty-five past", or those minutes themselves ("ten past nine"). "ten to nine" alone may be
    a range, so only "quarter to" reads a clock."""
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and nxt.lower in _OCLOCK:
        return True
    value = _small_value(tokens, first, last)
    if value is None or not 1 <= value <= 12 or (nxt is not None and nxt.adjacent and nxt.kind == "word"):
        return False  # digits with a unit against them are an amount: "rose by a quarter to 5m"
    before, start = word_at(tokens, first - 1), first - 2
    if before == "past" and (
        word_at(tokens, start) in ("half", "quarter") or _small_value(tokens, start, start) in _MINUTES_PAST
    ):
        return True  # the hour: "half past six", "ten past nine"
    if before == "to" and word_at(tokens, start) == "quarter":
        return True  # "a quarter to five"
    return (
        value in _MINUTES_PAST
        and word_at(tokens, last + 1) == "past"
        and _small_value(tokens, last + 2, last + 2) is not None
    )


def _small_value(tokens: list[Token], first: int, last: int) -> int | None:
    """The whole number written at tokens[first..last] as one digit token or one word below 30."""
    if first != last or not 0 <= first < len(tokens):
        return None
    token = tokens[first]
    if token.kind == "num":
        return int(token.text) if token.text.isdigit() and len(token.text) <= 2 else None
    value = UNITS.get(token.lower)
    return int(value) if value is not None and value < 30 else None


def _price_basis(tokens: list[Token], first: int, last: int) -> bool:
    """True when a year stands before a currency after "in" ("in 2010 dollars", "in constant 2005
    euros", "in real 1990 pounds"): it names the year whose prices an amount is counted in."""
    if first != last or not _year_like(tokens[first]):
        return False
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is None or nxt.kind != "word" or nxt.lower not in lexicon().currencies:
        return False
    before = first - 1
    if word_at(tokens, before) in ("constant", "real", "today's", "current"):
        before -= 1
    return word_at(tokens, before) == "in"


def _abbreviated_year(tokens: list[Token], first: int, last: int) -> bool:
    """True when two digits right after an opening apostrophe are a year cut short ("October
    '87", "the class of '92", "in '08"); a count in quotes has what it counts after it ("'10
    people died,' he said")."""
    if first != last or first == 0 or len(tokens[first].text) != 2 or not tokens[first].text.isdigit():
        return False
    mark = tokens[first - 1]
    if mark.text not in _APOSTROPHES or not tokens[first].adjacent or (first >= 2 and mark.adjacent):
        return False
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return (
        nxt is None
        or nxt.kind != "word"
        or not nxt.text[:1].islower()
        or not is_plural(nxt.text)
        and nxt.lower not in PERCENT_WORDS
        and nxt.lower not in lexicon().measures
        and nxt.lower not in lexicon().currencies
    )


def _value_below(token: Token, limit: int) -> bool:
    """True when the digits of ``token`` are a whole number below ``limit``."""
    return token.text.isdigit() and int(token.text) < limit


def _year_like(token: Token) -> bool:
    text = token.text
    return token.kind == "num" and len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


def _excluded(tokens: list[Token], number: Number, sentence_first: int, has_currency: bool, in_range: bool) -> bool:
    first, last = number.first, number.last
    token = tokens[first]
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    after = tokens[last + 2] if last + 2 < len(tokens) else None
    if not has_currency and _class_compound(tokens, last):
        return True  # "a two-seater", "a four-door sedan", "a five-star hotel"
    if _clock_in_words(tokens, first, last):
        return True  # "six o'clock", "half past six", "ten past nine", "a quarter to five"
    if _price_basis(tokens, first, last):
        return True  # "in 2010 dollars", "in constant 2005 euros": the year prices are counted in
    if token.kind == "num":
        if not has_currency and first == last and standings_cell(tokens, first, sentence_first):
            return True  # "Celtic 10 6 2 2 20 14 20", "NEW YORK 57 25 .695 -": a standings row
        if not has_currency and (
            phone_like(tokens, first)
            and not (first == last and price_cell(tokens, first, sentence_first))  # "Sunseeds 219 216 220 216"
            or counter_like(tokens, first)
            or labelled(tokens, first)
            or zip_like(tokens, first)
        ):
            return True  # "020 7946 0958", "Page 2 of 5", "Dallas, Texas 75201"
        if not has_currency and _abbreviated_year(tokens, first, last):
            return True  # "October '87", "the class of '92"
        if token.text.isdigit() and len(token.text) >= 2 and token.text.startswith("0") and first == last:
            return True  # a leading zero writes a code or a label, not a count: "agent 007", "04", "00"
        if prev is not None and token.adjacent and not in_range:
            if prev.kind == "word" and not has_currency:
                return True  # G7, i7, MH17
            if prev.text in ("-", "‑") and first >= 2 and tokens[first - 2].kind == "word" and prev.adjacent:
                return True  # B-52, COVID-19
            if (
                prev.text in ("#", "/", "=", "@", "_", "№", "+", ".", ":", "^", "×", "%", "&")
                and not (has_currency and prev.text == ".")
                and not paired_side(tokens, first)  # "10,000/4,000", "20,000 shinc/25,000 shinc"
            ):
                return True  # but "Rs.1,500": the point closes the currency's abbreviation
            if (
                prev.text in ("-", "–", "/", ".")
                and first >= 2
                and tokens[first - 2].kind in ("num", "code")
                and prev.adjacent
                and not paired_side(tokens, first)  # "40,000-35,000/28,000" lists three (see slash_pairs)
            ):
                return True  # the second group of a code, date or score whose first group was rejected
        if not has_currency and _format_label(tokens, first, last):
            return True  # "a 4K TV", "3-D printing", "5-G networks"
        if nxt is not None and nxt.adjacent:
            if nxt.kind == "word":
                lower = nxt.lower
                if lower in ORDINAL_SUFFIXES or lower in ("am", "pm", "a"):
                    return True
                if lower == "s" and number.value is not None:
                    return True  # a decade, "1960s"; "1000s of fans" is a vague magnitude
                if lower == "p" and (_clock_letters(tokens, last + 1) or token.text in VIDEO_LINES):
                    return True  # "3p.m.", "1080p" video; otherwise "164p" is pence
                measure_key = nxt.text if len(nxt.text) == 1 and nxt.text != "L" else lower
                known = (
                    measure_key in lexicon().measures
                    or measure_key[-1:] in ("²", "³")
                    and measure_key[:-1] in lexicon().measures
                    or nxt.text in MULTIPLIERS
                    or lower in lexicon().currencies
                    or lower in PERCENT_WORDS
                    or lower in ("m", "e")
                    or nxt.text == "in"  # inches against the digits, "4in of snow"
                    or unit_symbol(nxt.text) is not None
                )
                if not known and not temperature_letter(tokens, last + 1):
                    return True  # 860BOX, 4x4
                if (
                    after is not None
                    and after.kind in ("num", "code")
                    and after.adjacent
                    and not (after.text in ("2", "3") and lower in ("m", "km", "cm", "mm", "ft"))
                ):
                    return True  # a code with letters between digit groups ("24703m212", "5k3"), not "50m2"
            if nxt.text in ("'", "’") and after is not None and after.lower == "s" and after.adjacent:
                return True  # 1990's
            if nxt.text == ":" and after is not None and after.kind == "num" and after.adjacent:
                return True  # 10:30, 3:1
            if nxt.text in ("-", "–", "/", ".") and after is not None and after.kind == "num" and after.adjacent:
                if _code_like(tokens, last) and quote_tail(tokens, last) is None:
                    return True  # but "3.80/90 pct" is a quote (see quotes)
        if nxt is not None and (nxt.lower in TIME_WORDS or _clock_letters(tokens, last + 1)):
            # Eastern Time is written "ET"; a lower-case "et" is French "and" ("entre 4 et 5")
            eastern = token.text.isdigit() and nxt.text == "ET"
            if (nxt.lower != "et" or eastern) and (nxt.lower != "local" or _local_time(tokens, last + 1)):
                return True
        if nxt is not None and nxt.lower == "o'clock":
            return True
        if _time_or_date_range(tokens, first, last):
            return True  # "5-8pm", "between 12 and 8 p.m.", "June 13 to 17", "13-17 June"
        if prev is not None and prev.text == "[" and nxt is not None and nxt.text == "]" and token.text.isdigit():
            return True  # a reference marker: "results.[3]"
        if (
            first == sentence_first
            and not in_range
            and token.text.isdigit()
            and len(token.text) <= 2
            and nxt is not None
            and nxt.text in (".", ")")
            and nxt.adjacent
            and (after is None or after.kind == "word" and after.text[:1].isupper())
        ):
            return True  # a list number: "1. FC Cologne", "3.Charlotte Jones", "2) Oil prices rose"
        if (
            any(tokens[k].text in STREET_WORDS for k in range(last + 1, min(len(tokens), last + 4)))
            and nxt is not None
            and nxt.text[:1].isupper()
        ):
            return True  # 10 Downing Street
        if not has_currency and results_row(tokens, first, last, sentence_first):
            return True  # "Greg Rowe (Australia) 68 69 70", "65 Jim Hale (U.S.)": scores of a results line
        if not has_currency and first == last and not in_range and designation(tokens, first):
            return True  # "the 737 MAX", "a 787 Dreamliner": a model, not a count
        if (
            prev is not None
            and prev.text in MONTHS
            or (
                prev is not None
                and prev.text == "May"
                and int(
                    float(token.text.replace(",", "")) if token.text.replace(",", "").replace(".", "").isdigit() else 0
                )
                <= 31
            )
        ):
            return True
        if prev is not None and _month(prev) is not None and token.text.isdigit() and int(token.text) <= 31:
            return True  # "OCT 6"; "APR 15.99%" is a rate
        if nxt is not None and _month(nxt) is not None and token.text.isdigit() and int(token.text) <= 31:
            return True
        if (
            prev is not None
            and prev.text == "."
            and first >= 2
            and (
                _month(tokens[first - 2]) is not None
                or tokens[first - 2].text in ("No", "Nos", "no", "Art", "Sec", "Vol", "Fig", "Ch", "p", "pp")
            )
        ):
            return True  # "Jan. 6", "No. 10"
        if prev is not None and prev.text in ("No", "Nos") and token.text.isdigit():
            return True  # numero without its point: "the world No 1", "No 10 Downing Street"
        if (
            prev is not None
            and prev.kind == "word"
            and any(char.isupper() for char in prev.text)
            and prev.lower not in STOP
            and not prev.lower.endswith("ly")
            and ((prev.lower,) not in PREFIXES or _model_word(tokens, first - 1, sentence_first))
            and prev.lower not in ("minus", "negative", "nearly", "estimated")
            and prev.lower not in _DISCOURSE_WORDS
            and prev.lower not in _FOREIGN_ARTICLES
            and not has_currency
            and not token.adjacent
            and not _grouped(token)  # "a DISMAL 57,000 votes", "Date 69,100": labels have no thousands separator
            and not number.multiplied  # "Net 12.3 mln": a label has no multiplier
            and not _table_value(tokens, first, last)  # "Shr 1.23 vs 1.01", "Sales 128.00 117.56"
            and not decimal_row_cell(tokens, first, last)  # "Wheat 121 130 121.3 121"
            and not (first == last and wide_row_cell(tokens, first, sentence_first))  # "Exports 350 1200 98000"
            and not (first == last and price_cell(tokens, first, sentence_first))  # "Cotton 450 460 455 452"
            and _percent_after(tokens, last + 1) is None  # "Barrick 75 percent"
            and _currency_after(tokens, last + 1) is None  # "EPS 143.56 yen"
            and (
                measure_after(tokens, last + 1) is None
                or nxt is None
                or nxt.lower in lexicon().measures
                and lexicon().measures[nxt.lower][1] == "duration"
            )
            and not _headline_count(tokens, first, last, sentence_first)
        ):
            return True  # Voyager 2, Boeing 737, Article 5
    elif number.words and number.value is not None:
        word = token.lower
        if results_row(tokens, first, last, sentence_first):
            return True  # "India 287 for eight declared": the wickets of a cricket total
        if _capitalised_name_word(tokens, first, last, sentence_first):
            return True  # "Tier Two", "told Page Six", "the 'Four Species'"
        if (
            word in ("a", "an")
            and prev is not None
            and prev.lower == "in"
            and first >= 2
            and tokens[first - 2].lower == "one"
        ):
            return True  # "one in a million" is an idiom for "rare"
        if word == "one" and last == first:
            # the lone word "one" is never a figure, only a range's bound ("one to three")
            return not in_range
        if (
            nxt is not None
            and nxt.text == "-"
            and nxt.adjacent
            and after is not None
            and after.lower in ("off", "way", "time", "sided", "fold", "stop", "on")
        ):
            return True
    return False


# Adverbs that open a sentence or a clause; capitalised there, they are no name before a number
# ("Meanwhile 300 people were evacuated", "Altogether 40 ships sailed").
_DISCOURSE_WORDS = frozenset(
    """meanwhile however moreover overall altogether today yesterday tonight now perhaps thus hence
    instead besides furthermore nevertheless nonetheless indeed likewise together combined""".split()
)


# Articles and determiners of other languages: capitalised at a sentence start, they open a
# noun phrase, never a name, before a number ("Die 12 Mitarbeiter", "Les 300 salariés").
_FOREIGN_ARTICLES = frozenset(
    """die der das den dem des ein eine einer diese dieser le la les un une ces cette el los las
    unos unas il lo gli het een deze""".split()
)


def _grouped(token: Token) -> bool:
    """True when the digits of ``token`` are grouped in thousands by a comma or a space of any
    width ("57,000", "1 234 567", "12\u202f500")."""
    return any(separator in token.text for separator in (",", " ", "\u202f", "\u00a0", "\u2009"))


def _model_word(tokens: list[Token], index: int, sentence_first: int) -> bool:
    """True when the all-capitals word at tokens[index] continues a model name after its model
    number or a title-case name ("Boeing 737 MAX 8", "the Boeing MAX 8"), so that a hedge word
    ("MAX") names a model there and the number after it is a designation, not a bound."""
    word = tokens[index]
    if not (word.text.isupper() and len(word.text) > 1) or index - 1 < sentence_first:
        return False
    before = tokens[index - 1]
    title = before.kind == "word" and before.text[:1].isupper() and not before.text.isupper()
    return before.kind == "num" and before.text.isdigit() or title


def _month(token: Token) -> str | None:
    """The month a token names, as MONTHS spells it ("Oct", "OCT" and "October" alike; "MAY" is
    "May"), or None."""
    text = token.text.title() if token.text.isupper() and len(token.text) >= 3 else token.text
    return text if text in MONTHS or text == "May" else None


def _capitalised_name_word(tokens: list[Token], first: int, last: int, sentence_first: int) -> bool:
    """True when a number word written with a capital inside a sentence belongs to a name: after a
    word ("Tier Two", "Region Two", "told Page Six") or, after a quote or bracket, before another
    capitalised word ("the 'Four Species'"). Not at the start of a sentence, nor in a title-case
    headline ("Storm Kills Three In Texas")."""
    token = tokens[first]
    if not token.text[:1].isupper() or token.text.isupper() or first <= sentence_first:
        return False
    if _percent_after(tokens, last + 1) is not None or _currency_after(tokens, last + 1) is not None:
        return False
    prev = tokens[first - 1]
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if prev.kind != "word" and not (
        prev.text in ("'", "‘", '"', "“", "(") and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper()
    ):
        return False
    if prev.kind == "word" and prev.lower in ("and", "or") and first - 2 >= sentence_first:
        return False  # "Two and Three" in a list of numbers is read elsewhere
    return not _headline(tokens, first, last, sentence_first)  # "Police Arrest Two" is a headline


_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or by with from as".split())


def _headline(tokens: list[Token], first: int, last: int, sentence_first: int) -> bool:
    """True when the words around tokens[first:last+1], articles and prepositions aside, are
    capitalised: a title-case or all-capitals headline, where a capital says nothing of a name."""
    words = [
        tokens[k].text
        for k in range(max(sentence_first, first - 8), min(len(tokens), last + 9))
        if (k < first or k > last) and tokens[k].kind == "word" and tokens[k].lower not in _TITLE_SMALL_WORDS
    ]
    capitalised = sum(1 for text in words if text[:1].isupper())
    return len(words) >= 2 and capitalised >= 0.9 * len(words)


# After a number in a headline, these say it counts ("BOMB KILLS 12 IN ALGERIA", "Typhoon Leaves 30 Dead").
_HEADLINE_COUNT_WORDS = frozenset(
    "in after as at on over for from amid dead killed hurt injured wounded missing people more".split()
)


def _headline_count(tokens: list[Token], first: int, last: int, sentence_first: int) -> bool:
    """True when a number after a capitalised word in a headline counts: a preposition, a word of
    casualties or a plural noun follows ("Police Arrest 45 After Riots", "Quake Kills 200 People",
    "ISRAEL FREES 30 PRISONERS"), where "Boeing 737 Crashed" stays a name."""
    if not _headline(tokens, first, last, sentence_first):
        return False
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is None or nxt.kind != "word":
        return False
    return nxt.lower in _HEADLINE_COUNT_WORDS or is_plural(nxt.text.lower())


_RANGE_WORDS = frozenset(("-", "–", "—", "to", "and", "through", "until", "till"))


def _day(token: Token) -> bool:
    return token.kind == "num" and token.text.isdigit() and 1 <= int(token.text) <= 31


def _time_or_date_range(tokens: list[Token], first: int, last: int) -> bool:
    """True when tokens[first:last+1] is one end of a range of clock times or days whose other
    end says so: "5-8pm", "between 12 and 8 p.m.", "13-17 June" (after it), "June 13 to 17"
    (before it)."""
    months = MONTHS | {"May"}
    k = last + 2
    if k + 1 < len(tokens) and tokens[last + 1].lower in _RANGE_WORDS and tokens[k].kind == "num":
        after = tokens[k + 1]
        if after.lower in ("am", "pm") or _clock_letters(tokens, k + 1):
            return True
        if after.text in months and _day(tokens[first]) and _day(tokens[k]) and first == last:
            return True
    k = first - 2
    return (
        k >= 1
        and first == last
        and tokens[first - 1].lower in _RANGE_WORDS
        and _day(tokens[first])
        and _day(tokens[k])
        and tokens[k - 1].text in months
    )


_RESOLUTIONS = frozenset(("2", "4", "5", "8", "16"))
# Nouns after "5K" that make it a race's distance, read as "a 10K run" is: "the 5K final".
_RACES_AFTER_K = frozenset("race races run runs final finals road title titles heat heats event walk".split())


def _race_distance(tokens: list[Token], last: int) -> bool:
    """True when the number ending at tokens[last] is a race's distance in thousands of metres:
    digits, a "K" against them, then a race ("a 10K run", "the 5K final"; "a 5K bonus" is money
    or a count)."""
    return (
        last >= 1
        and last + 1 < len(tokens)
        and tokens[last].text in ("K", "k")
        and tokens[last].adjacent
        and tokens[last - 1].kind == "num"
        and tokens[last + 1].lower in _RACES_AFTER_K
    )


def _format_label(tokens: list[Token], first: int, last: int) -> bool:
    """True when the digits name a format, not a quantity: a picture resolution ("a 4K TV", "8K
    video"; "4K followers" and "a 5K race" count) or a digit and a capital letter joined by a hyphen ("3-D", "5-G")."""
    if last == first + 1 and tokens[last].text == "K" and tokens[first].text in _RESOLUTIONS:
        after = tokens[last + 1] if last + 1 < len(tokens) else None  # read as thousands: "4K" is tokens 4, K
        if after is not None and after.lower in _RACES_AFTER_K:
            return False  # "the women's 5K final", "a 5K road race": a distance
        return after is None or after.kind != "word" or after.text.isupper() or not is_plural(after.text)
    if first != last or last + 1 >= len(tokens) or not tokens[last + 1].adjacent:
        return False
    nxt = tokens[last + 1]
    after = tokens[last + 2] if last + 2 < len(tokens) else None
    return (
        nxt.text == "-"
        and after is not None
        and after.adjacent
        and after.kind == "word"
        and len(after.text) == 1
        and after.text.isupper()
        and after.text not in ("C", "F")
        and tokens[first].text.isdigit()
    )


_EMPTY_CELL_WORDS = frozenset({"nil", "unch"})


def _table_value(tokens: list[Token], first: int, last: int) -> bool:
    """True when a number after a capitalised word is a value compared with the next one, as in
    earnings tables: "Shr 1.23 vs 1.01" (a number after "vs"), "Sales 128.00 117.56" (two
    decimals in a row); "Windows 10 vs Windows 11" stays two names."""
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is None:
        return False
    if nxt.lower in ("vs", "versus"):
        k = last + 2
        if k < len(tokens) and tokens[k].text == "." and tokens[k].adjacent:
            k += 1  # "vs."
        return k < len(tokens) and (tokens[k].kind == "num" or tokens[k].text in ("$", "€", "£"))
    if first != last or "." not in tokens[first].text or nxt.adjacent:
        return False
    return nxt.kind == "num" and "." in nxt.text or _empty_cell_after(tokens, last + 1)


def _empty_cell_after(tokens: list[Token], k: int) -> bool:
    """True when tokens[k] is a table's empty cell: "nil", "unch", or "--" closing the row (the
    body's end, a number, or the next row's capitalised label and its cell), as in "Kansas City
    2.87 -- / Chicago -- 3.17". A "--" in running text ("Windows 3.1 -- released in 1992") has words after it."""
    if tokens[k].lower in _EMPTY_CELL_WORDS:
        return True
    if not (tokens[k].text == "-" and k + 1 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].adjacent):
        return False
    after = k + 2
    if after == len(tokens) or _cell_at(tokens, after):
        return True
    label_end = after
    while label_end < len(tokens) and label_end - after < 4 and tokens[label_end].kind == "word":
        if not tokens[label_end].text[:1].isupper():
            return False
        label_end += 1  # the next row's label: "Kansas City", "Chicago"
    return label_end > after and label_end < len(tokens) and _cell_at(tokens, label_end)


def _cell_at(tokens: list[Token], k: int) -> bool:
    """A bare number or a "--" standing apart at tokens[k]."""
    if tokens[k].adjacent:
        return False
    return tokens[k].kind == "num" or tokens[k].text == "-" and k + 1 < len(tokens) and tokens[k + 1].text == "-"


def _local_time(tokens: list[Token], index: int) -> bool:
    """True when "local" at tokens[index] closes a clock time ("1400 local time", "at 0900 local."),
    not an adjective of the counted noun ("500 local residents")."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is None or after.lower == "time" or after.kind not in ("word", "num")


def _clock_letters(tokens: list[Token], index: int) -> bool:
    """True when tokens[index:] read "a.m." or "p.m." (a clock time), not "89p." (pence)."""
    return (
        index + 2 < len(tokens)
        and tokens[index].lower in ("a", "p")
        and tokens[index + 1].text == "."
        and tokens[index + 2].lower == "m"
        and tokens[index + 2].adjacent
    )


def amount_unit_after(tokens: list[Token], index: int) -> bool:
    """True when a currency, percent or measure unit is written at tokens[index] ("euros", "%",
    "tonnes"): what it follows is an amount, even a year-like number ("1995 euros")."""
    return (
        _currency_after(tokens, index) is not None
        or _percent_after(tokens, index) is not None
        or measure_after(tokens, index) is not None
    )


def _code_like(tokens: list[Token], first: int) -> bool:
    """Digit groups joined by "-", "/" or "." into phone numbers, dates or codes."""
    groups = [tokens[first]]
    j = first + 1
    while (
        j + 1 < len(tokens)
        and len(groups) < 6
        and tokens[j].text in ("-", "–", "/", ".")
        and tokens[j].adjacent
        and tokens[j + 1].kind == "num"
        and tokens[j + 1].adjacent
    ):
        groups.append(tokens[j + 1])
        j += 2
    if len(groups) >= 2 and listed_group(tokens, first, j - 1):
        return False  # "10,000/4,000", "40,000-35,000/28,000": quantities listed (see slash_pairs)
    if len(groups) >= 3:
        return True
    if len(groups) < 2:
        return False
    if tokens[first + 1].text == "/":
        return True  # 20/2030, 9/11
    a, b = groups[0].text, groups[1].text
    if not (a.isdigit() and b.isdigit()):
        return False  # grouped ("10,000", "10 000") or decimal numbers are not codes
    if (
        _year_like(groups[0])
        and _year_like(groups[1])
        and tokens[first + 1].text != "."
        and amount_unit_after(tokens, j)
    ):
        return False  # "1500-2000 euros", "1950-2000 tonnes": a unit after makes amounts of year-like numbers
    if _year_like(groups[0]) and (len(b) in (2, 4)) and not _round_range(a, b):
        return True  # 2013-14, 1995-01
    if _round_range(a, b):
        return False  # "1000-5000": two round numbers of one length, rising, are a range
    return len(a) >= 4 or len(b) >= 4 or b.startswith("0")


def _round_range(a: str, b: str) -> bool:
    """Two digit groups of the same length, both ending in 0, rising, not both years."""
    if (
        not (a.isdigit() and b.isdigit())
        or len(a) != len(b)
        or not (a.endswith("0") and b.endswith("0"))
        or a.startswith("0")
        or int(a) >= int(b)
    ):
        return False
    return not (1000 <= int(a) <= 2100 and 1000 <= int(b) <= 2100)
