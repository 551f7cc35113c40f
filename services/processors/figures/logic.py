"""Figure extraction: every quantity of a body with its bounds, hedge, unit, category and source.

``extract_figures(body, entities)`` is pure and deterministic. It tokenizes the body, reads
quantity atoms (see :mod:`scanner`) and ratios ("one in five", see :mod:`ratios`), joins ranges
("25,000 to 30,000", "between 10 and 20", "10-15", "8- to 16-meter", "$5bn-$7bn", "1000 - 5000",
the bid and offer quote "3.80/90 pct", see :mod:`market_quotes`)
and two-sided bounds ("more than 10 but fewer than 20", "at most 50 and at least 20"), reads
the hedge before and after ("an estimated", "more than", "up to", "another", "30,000 more",
"300 at least") and a margin after it ("45% ± 3", one figure),
the counted noun (or the referent of "of whom"), decides
the category, finds the source of the sentence, and scores salience.

Bounds: a range has ``low``/``high`` and no ``value``; a lower bound has ``value`` and ``low``;
an upper bound ``value`` and ``high``; a vague magnitude ("thousands", "tens of thousands") has
qualifier "vague", no ``value`` and no ``high``, and its order of magnitude as ``low`` (at least
1,000; at least 10,000): what the text says and no more.

What counts as a figure is written in README.md ("What counts as a figure"): time expressions
(durations, ages; dates and clock times are turned away by the scanner) and the lone word "one"
are not figures.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from events.models import Entity, Figure
from services.processors.figures.attribution import SourceIndex, find_sources, link_entity
from services.processors.figures.categories import categorise
from services.processors.figures.conversions import conversion_after
from services.processors.figures.currency_names import currency_name_before
from services.processors.figures.language import OTHER_FUNCTION_WORDS, guess_language, linked_word
from services.processors.figures.lemmas import singular
from services.processors.figures.lexicon import lexicon
from services.processors.figures.margins import sport_score
from services.processors.figures.market_quotes import quote_high, quote_tail
from services.processors.figures.model_numbers import model_numbers, model_reuse, names_maker
from services.processors.figures.multiples import fold_multiple, is_fold_word
from services.processors.figures.numbers import (
    COMPARATIVES,
    HALF_DETERMINERS,
    Number,
    may_start_number,
    read_number,
    tidy,
)
from services.processors.figures.odds import odds_end
from services.processors.figures.qualifiers import prefix_qualifier, suffix_qualifier
from services.processors.figures.race_times import is_race_time
from services.processors.figures.range_words import between_pair, joins_range, opens_between
from services.processors.figures.ratings import rating_end
from services.processors.figures.ratios import read_ratio
from services.processors.figures.scanner import Atom, read_atom, scaled_code
from services.processors.figures.sentences import sentence_spans
from services.processors.figures.slash_pairs import slash_after
from services.processors.figures.timeframes import counts_time, is_age, is_duration
from services.processors.figures.tokens import Token, tokenize
from services.processors.figures.unit_notes import unit_note_end
from services.processors.figures.units import REFERENT_WORDS, counted_noun, referent_before, verb_like

_DASHES = ("-", "–", "—", "‐")
RANGE_SPREAD = 5  # after a verb of change, the most the high end of a range may be times its low end
MAX_SENTENCE = 2000  # longer "sentences" (unpunctuated dumps) are cut to a window per figure
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}")


def _urls(body: str) -> list[tuple[int, int]]:
    """Spans of web addresses: their digits are not figures."""
    return [match.span() for match in _URL.finditer(body)]


def _in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``position`` is inside one of the sorted, disjoint ``spans``."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


# Words of change, verbs and nouns: "rose from 5% to 7%" and "a rise from 5% to 7%" go from one level to another.
_CHANGE_VERBS = frozenset(
    "rose fell increased decreased climbed dropped grew jumped declined slipped surged plunged "
    "raised cut reduced lowered lifted changed went moved soared sank tumbled swelled shrank "
    "rise rises fall falls increase increases decrease decreases drop drops decline declines jump jumps "
    "climb climbs grow grows growth cuts reduction hike hikes hiked slashed trimmed doubled tripled "
    "halved widened narrowed boosted eased edged off added gained lost shed slid firmed advanced retreated "
    "rallied dipped "
    # -ing forms: "growing 10cm to 130cm" is a change as much as "grew 10cm to 130cm"
    "rising falling increasing decreasing climbing dropping growing jumping declining slipping surging "
    "plunging soaring sinking tumbling gaining losing sliding edging easing dipping raising cutting reducing "
    "lowering lifting boosting hiking doubling halving".split()
)


# Adverbs of direction that say a change on their own: "up from 5% to 7%".
_DIRECTIONS = frozenset(("up", "down"))


def extract_figures(body: str, entities: Sequence[Entity] = ()) -> tuple[Figure, ...]:
    """All figures of ``body`` in order of appearance; ``body[f.start:f.end] == f.text``.

    ``sentence`` is the figure's sentence, or a window of MAX_SENTENCE characters around the
    figure when the sentence is longer than that. Work is linear in the body length."""
    tokens = tokenize(body)
    language = guess_language(tokens)
    if "/" in body or "www." in body:
        urls = _urls(body)
        tokens = [token for token in tokens if not _in_spans(token.start, urls)]
    spans = sentence_spans(body)
    starts = [start for start, _ in spans]
    bounds = _sentence_token_bounds(tokens, spans)
    figures: list[Figure] = []
    sources_cache: dict[int, tuple[SourceIndex, str | None]] = {}
    models: tuple[frozenset[str], bool] | None = None  # read once, when a bare number first needs it
    i = 0
    while i < len(tokens):
        if not may_start_number(tokens[i]) and not is_fold_word(tokens[i]):
            i += 1  # every figure starts where a number does ("sixfold" holds one)
            continue
        sentence = max(0, bisect.bisect_right(starts, tokens[i].start) - 1)
        floor, ceiling = bounds[sentence] if bounds else (0, len(tokens))
        figure, next_index = _figure_at(body, tokens, i, floor, ceiling, language=language)
        if figure is not None and figure["start"] == tokens[i].start and figure["text"] == tokens[i].text:
            if models is None:
                models = (model_numbers(tokens), names_maker(tokens))
            if model_reuse(tokens, i, *models):
                figure = None  # "the new 777" in an article that wrote "Boeing 777": a label
        if figure is None:
            i = max(i + 1, next_index)  # a time expression is passed over whole ("20 years")
            continue
        if sentence not in sources_cache:
            sources_cache.clear()  # figures come in order: one sentence at a time is enough
            s_start, s_end = spans[sentence] if spans else (0, len(body))
            sources_cache[sentence] = (
                SourceIndex(find_sources(body, tokens, floor, ceiling)),
                _sentence_text(body, s_start, s_end),
            )
        index, sentence_text = sources_cache[sentence]
        aside = figure.pop("aside", None)
        nested = _figure_at(body, tokens, aside[0], floor, aside[1], language=language)[0] if aside else None
        for found in (figure, nested):
            if found is None:
                continue
            source = index.choose(found["start"], found["end"])
            found["sentence"] = sentence_text if sentence_text is not None else _window(body, spans[sentence], found)
            if source is not None:
                found["attribution"] = source.name
                found["attribution_id"] = link_entity(source, entities)
            found["salience"] = _salience(found, body)
            for bound in ("value", "low", "high"):
                found[bound] = tidy(found.get(bound))
            figures.append(Figure(**found))
        i = next_index
    return tuple(figures)


def _sentence_text(body: str, start: int, end: int) -> str | None:
    """The sentence, or None when it is longer than MAX_SENTENCE (then each figure gets a window)."""
    return body[start:end] if end - start <= MAX_SENTENCE else None


def _window(body: str, span: tuple[int, int], figure: dict) -> str:
    """At most MAX_SENTENCE characters of an over-long sentence around the figure."""
    start = max(span[0], figure["start"] - MAX_SENTENCE // 2)
    end = min(span[1], start + MAX_SENTENCE)
    return body[start:end]


def _sentence_token_bounds(tokens: list[Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    token_starts = [token.start for token in tokens]
    return [(bisect.bisect_left(token_starts, start), bisect.bisect_left(token_starts, end)) for start, end in spans]


def _figure_at(
    body: str, tokens: list[Token], i: int, floor: int, ceiling: int, join_bounds: bool = True, language: str = "en"
) -> tuple[dict | None, int]:
    """(figure fields, next token index) of the figure starting at tokens[i], or (None, index to
    go on from). ``language``: the body's (see language.guess_language); scale words are read in it
    ("2 billions d'euros" is 2e12). Unless it is English ("en") no figure opens with a
    word ("ten", "a dozen", "thousands") and only hedges written alike in other languages are read
    (see qualifiers); categories and counted nouns are gated alike (see categories)."""
    english = language == "en"
    if not english and tokens[i].kind == "word":
        return None, i + 1  # English number words ("ten", "a dozen", "thousands") only on English: "ten minste"
    rating = rating_end(tokens, i, floor)
    if rating is not None:
        return None, rating + 1  # "7.5/10", "rated it 8 out of 10": a score (see ratings)
    note = unit_note_end(tokens, i, floor, ceiling)
    if note is not None:
        return None, note + 1  # "Figures are in thousands of tonnes": a table's scale (see unit_notes)
    odds = odds_end(tokens, i, floor, ceiling)
    if odds is not None:
        return None, odds + 1  # "1-4 favourites", "odds of 100-1": a price of a bet (see odds)
    multiple = fold_multiple(tokens, i) if english else None
    atom: Atom | None = None
    if multiple is not None:
        atom = Atom(i, multiple[1], Number(i, multiple[1], multiple[0], words=tokens[i].kind == "word"), multiple[0])
    else:
        atom = read_ratio(tokens, i, floor) or read_atom(tokens, i, floor, language=language)
    if atom is None:
        atom = _year_like_range_start(tokens, i, floor, ceiling) or _one_range_start(tokens, i, ceiling)
    if atom is None:
        return None, i + 1
    first, last = atom.first, atom.last
    low = high = None
    value = atom.value
    prefix = prefix_qualifier(tokens, first, english)
    range_end = _range_after(tokens, atom, ceiling, prefix, language)
    score_end = _score_end(tokens, atom) if range_end is None else None
    if score_end is not None:
        return None, score_end + 1
    qualifier = "exact"
    aside = None
    if range_end is not None:
        second, last, aside = range_end
        low, high = _scale_low(atom, second)
        if low is not None and high is not None and high < low:
            low, high = high, low  # "from -18C to -34C"
        value = None
        currency = atom.currency or second.currency
        percent = atom.percent or second.percent
        measure = second.measure or atom.measure
        if prefix is not None and prefix[0] in ("lower-bound", "upper-bound"):
            prefix = None
    else:
        currency, percent, measure = atom.currency, atom.percent, atom.measure
        if not (currency or percent or measure) and slash_after(tokens, atom.last):
            partner = read_atom(
                tokens, atom.last + 2, floor, language=language
            )  # "35,000/28,000 tonnes": the unit written once
            if partner is not None:
                currency, percent, measure = partner.currency, partner.percent, partner.measure
    spread = _uncertainty_after(tokens, last, ceiling) if range_end is None and value is not None else None
    if spread is not None:
        # "45% ± 3", "2.0 +/- 0.1 kg": one figure, the unit written once for both
        last = spread.last
        currency, percent, measure = currency or spread.currency, percent or spread.percent, measure or spread.measure
        qualifier = "approximate"
    start_token = first
    if prefix is not None:
        qualifier = prefix[0]
        start_token = prefix[1]
    elif range_end is not None and (opener := _opener_at(tokens, first)) is not None:
        if opens_between(tokens[opener].lower, language):
            start_token = opener
    suffix = suffix_qualifier(tokens, last + 1, english) if last + 1 < ceiling else None
    unit_start = last + 1
    two_sided = (
        _bound_after(tokens, last, ceiling, _OPPOSITE[qualifier])
        if join_bounds and qualifier in _OPPOSITE and value is not None and suffix is None
        else None
    )
    if two_sided is not None and value is not None and two_sided.value is not None and value != two_sided.value:
        # "more than 10 and fewer than 20", "at most 50 and at least 20": both bounds of one range
        low, high = (value, two_sided.value) if qualifier == "lower-bound" else (two_sided.value, value)
        if low > high:
            return _plain(body, tokens, i, floor, ceiling, language)
        value, qualifier, last = None, "exact", two_sided.last
        currency = currency or two_sided.currency
        percent = percent or two_sided.percent
        measure = measure or two_sided.measure
        suffix = None
        unit_start = last + 1
    if suffix is not None:
        if suffix[0] == "increment":
            if qualifier == "exact":
                qualifier = "increment"
            unit_start = suffix[1] + 1
        else:
            # "about 500 or more": a stated bound outranks a hedge; "or so" only fills an exact
            if suffix[0] in ("lower-bound", "upper-bound") or qualifier == "exact":
                qualifier = suffix[0]
            last = suffix[1]
            unit_start = last + 1
    if value is not None and suffix is None and _below_zero(tokens, last, ceiling):
        value, last = -value, last + 2  # "10 below zero", "5 degrees below zero"
        unit_start = last + 1
    number = atom.number
    if number.value is None:
        # "thousands" says at least a thousand and no more: its order of magnitude is its lower bound
        qualifier = "vague"
        low, high, value = number.magnitude, None, None
    if value is not None and qualifier == "lower-bound":
        low = value
    elif value is not None and qualifier == "upper-bound":
        high = value
    # The counted thing ("27-member bloc": the noun after the hyphen).
    hyphened = (
        unit_start + 1 < ceiling
        and tokens[unit_start].text == "-"
        and tokens[unit_start].adjacent
        and tokens[unit_start + 1].adjacent
    )
    unit = measure.lemma if measure is not None else None
    if unit is None and currency is None and not percent:
        if hyphened and tokens[unit_start + 1].lower == "strong":
            unit = _counted(tokens, unit_start + 2, floor, ceiling, start_token)  # "a 1,200-strong force"
        elif hyphened and tokens[unit_start + 1].kind == "word":
            unit = singular(tokens[unit_start + 1].text)  # "a 27-member bloc" counts members
        else:
            unit = _counted(tokens, unit_start, floor, ceiling, start_token)
            if unit is not None and _many(value, high) and verb_like(tokens, unit_start, ceiling):
                unit = None  # "About 300 work at the plant": the verb, not what is counted
            if unit in COMPARATIVES:
                unit = None  # "rents about one-quarter lower": a comparison, nothing counted
            if not english:
                # "2 millions de personnes", "300 000 d'habitants" count the noun after the link;
                # English noun-phrase rules read "Mitarbeiter wurden entlassen" whole
                linked = linked_word(tokens, unit_start)
                if linked is not None and linked[0].isalpha() and linked[0].lower() not in OTHER_FUNCTION_WORDS:
                    unit = singular(linked[0])
                elif unit is not None:
                    unit = unit.split()[0]
    if multiple is not None:
        unit = "time"  # "sixfold", "a 10-fold increase": N times (see multiples)
    if unit is not None and currency is None:
        money = lexicon().currencies.get(unit.split(" of ")[0].lower())
        if money is not None and money[1] == "suffix" and unit not in ("pound", "mark", "won"):
            currency, unit = money[0], None  # "millions of dollars"
        elif unit.lower() in ("dollar",):
            currency, unit = "USD", None
    if (
        currency is None
        and not percent
        and (
            is_duration(measure.category if measure else None)
            or (measure is None and counts_time(unit))
            or is_age(tokens, start_token, last, unit, floor, ceiling)
            or (measure is None and is_race_time(tokens, first, last, floor))
        )
    ):
        return None, last + 1  # a time expression, not a figure (see timeframes)
    if (
        currency is None
        and not percent
        and sport_score(tokens, start_token, unit, value if value is not None else high, floor)
    ):
        return None, last + 1  # "won by five wickets", "four alarms": a score (see margins)
    category = categorise(
        unit,
        measure.category if measure else None,
        currency,
        percent,
        tokens,
        start_token,
        last,
        floor,
        ceiling,
        english,
    )
    start, end = tokens[start_token].start, tokens[last].end
    figure = {
        "text": body[start:end],
        "start": start,
        "end": end,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "unit": unit if not percent else _percent_unit(tokens[last]),
        "currency": currency,
        "category": category,
    }
    if aside is not None:
        figure["aside"] = aside  # a conversion inside a range, read by the caller as its own figure
    return figure, max(last + 1, i + 1)


def _many(value: float | None, high: float | None) -> bool:
    """True for a whole count above one (or a range up to one), which counts a plural."""
    count = value if value is not None else high
    return count is not None and count > 1 and float(count).is_integer()


def _below_zero(tokens: list[Token], last: int, ceiling: int) -> bool:
    """True when "below zero" follows a figure ending at tokens[last]: a temperature under zero."""
    return last + 2 < ceiling and tokens[last + 1].lower == "below" and tokens[last + 2].lower == "zero"


def _percent_unit(last: Token) -> str:
    """ "percentage point" for "2 percentage points" (a difference of rates), else "percent"."""
    return "percentage point" if last.lower in ("point", "points") else "percent"


def _counted(tokens: list[Token], index: int, floor: int, ceiling: int, figure_first: int) -> str | None:
    if (
        index + 1 < ceiling
        and index >= 1
        and tokens[index - 1].lower == "half"
        and tokens[index].lower in HALF_DETERMINERS
    ):
        index += 1  # "half the aid", "half their income": the share is of what follows
    if index + 1 < ceiling and tokens[index].lower == "of" and tokens[index + 1].lower in REFERENT_WORDS:
        return referent_before(tokens, figure_first, floor)
    if index + 1 < ceiling and tokens[index].lower == "of":
        j = index + 1
        if tokens[j].lower in ("the", "its", "their", "his", "her", "our", "these", "those"):
            j += 1
        noun = counted_noun(tokens, j, ceiling)
        return noun.lemma if noun else None
    noun = counted_noun(tokens, index, ceiling)
    return noun.lemma if noun else None


# Prepositions that place a time: a number in 1000-2100 after one is a year ("in 1994 to 15,000").
_YEAR_PREPOSITIONS = frozenset(("in", "since", "until", "till", "during"))


def _year_like_range_start(tokens: list[Token], i: int, floor: int, ceiling: int) -> Atom | None:
    """A bare number in 1000-2100 read as the low end of a range whose high end is no year
    ("1000 - 5000 people", "between 1500 and 3,000"), else None: "1990-2000" stays years."""
    token = tokens[i]
    if token.kind != "num" or not token.text.isdigit() or len(token.text) != 4:
        return None
    if i - 1 >= floor and tokens[i - 1].lower in _YEAR_PREPOSITIONS:
        return None  # "from 8,000 in 1994 to 15,000 in 1995": a year, then the next level
    atom = read_atom(tokens, i, floor, allow_year=True)
    if atom is None or atom.value is None:
        return None
    prefix = prefix_qualifier(tokens, atom.first)
    found = _range_after(tokens, atom, ceiling, prefix)
    if found is not None:
        second = found[0]
    elif prefix is not None and prefix[0] in _OPPOSITE:
        # "above 1000 and below 1500": years are placed with before/after, not bounded on both sides
        return atom if _bound_after(tokens, atom.last, ceiling, _OPPOSITE[prefix[0]]) is not None else None
    else:
        return None
    second_token = tokens[second.number.first]
    if (
        second_token.text.isdigit()
        and len(second_token.text) == 4
        and 1000 <= int(second_token.text) <= 2100
        and not second.number.multiplied
        and not (second.currency or second.percent or second.measure)
    ):
        return None  # "between 1990 and 2000" are years; "between 1500 and 2000 euros" amounts
    return atom


def _uncertainty_after(tokens: list[Token], last: int, ceiling: int) -> Atom | None:
    """The atom of the margin written after a figure ending at tokens[last] ("± 3", "+/- 0.1 kg",
    "plus or minus 2"), or None. The margin is part of the figure, not a figure of its own."""
    j = last + 1
    if j < ceiling and tokens[j].text == "±":
        j += 1
    elif j + 2 < ceiling and tokens[j].text == "+" and tokens[j + 1].text == "/" and tokens[j + 2].text in ("-", "−"):
        j += 3
    elif j + 2 < ceiling and (tokens[j].lower, tokens[j + 1].lower, tokens[j + 2].lower) == ("plus", "or", "minus"):
        j += 3
    else:
        return None
    if j >= ceiling or not may_start_number(tokens[j]):
        return None
    spread = read_atom(tokens, j, j, in_range=True)
    return spread if spread is not None and spread.value is not None else None


def _one_range_start(tokens: list[Token], i: int, ceiling: int) -> Atom | None:
    """The lone word "one" read as the low end of a range ("one to three", "one or two",
    "between one and five"), else None: alone, "one" is never a figure."""
    if tokens[i].lower != "one":
        return None
    atom = read_atom(tokens, i, i, in_range=True)
    if atom is None or _range_after(tokens, atom, ceiling, prefix_qualifier(tokens, i)) is None:
        return None
    return atom


_OPPOSITE = {"lower-bound": "upper-bound", "upper-bound": "lower-bound"}


def _plain(body: str, tokens: list[Token], i: int, floor: int, ceiling: int, language: str) -> tuple[dict | None, int]:
    """The figure at ``i`` read without joining the bound after it (their bounds cross)."""
    return _figure_at(body, tokens, i, floor, ceiling, join_bounds=False, language=language)


def _bound_after(tokens: list[Token], last: int, ceiling: int, wanted: str) -> Atom | None:
    """The atom of "and/but fewer than N" (``wanted`` = "upper-bound") or "and at least N"
    (``wanted`` = "lower-bound") right after a bounded figure, the conjunction replaced by a comma
    too ("more than 100, less than 300"), or None."""
    j = last + 1
    comma = j < ceiling and tokens[j].text == ","
    if comma:
        j += 1
    if j < ceiling and tokens[j].lower in ("and", "but"):
        start = j + 1
    elif comma:
        start = j  # "higher than 100, lower than 300"
    else:
        return None
    for k in range(start + 1, min(ceiling, start + 7)):
        if tokens[k].kind in ("num", "word") and read_number(tokens, k) is not None:
            hedge = prefix_qualifier(tokens, k)
            if hedge is None or hedge[0] != wanted or hedge[1] != start:
                return None
            return read_atom(tokens, k, k, in_range=True, allow_year=True)
    return None


def _score_end(tokens: list[Token], atom: Atom) -> int | None:
    """Last token of a score or vote tally ("won 3-1", "a 5-4 ruling"): two bare integers
    joined by a tight hyphen with the first not below the second."""
    j = atom.last + 1
    if atom.first != atom.number.first or atom.last != atom.number.last or j + 1 >= len(tokens):
        return None
    dash, second = tokens[j], tokens[j + 1]
    if (
        dash.text in _DASHES
        and dash.adjacent
        and second.adjacent
        and second.kind == "num"
        and tokens[atom.first].text.isdigit()
        and second.text.isdigit()
    ):
        if atom.value is not None and atom.value >= float(second.text):
            return j + 1
    return None


_OPENING_QUOTES = frozenset('"\u201c\u2018\u201e\u00ab')


def _opener_at(tokens: list[Token], first: int) -> int | None:
    """The token before a number at ``first`` that may open a range ("between"), looking past one
    opening quote mark ('between "two and three times"'); None at the start."""
    at = first - 1
    if at > 0 and tokens[at].text in _OPENING_QUOTES:
        at -= 1
    return at if at >= 0 else None


def _range_after(
    tokens: list[Token], atom: Atom, ceiling: int, prefix: tuple[str, int] | None, language: str = "en"
) -> tuple[Atom, int, tuple[int, int] | None] | None:
    """(second atom, last token, conversion) when a range continues after ``atom``; conversion is
    the (first, closing bracket) tokens of a conversion the range is written around ("between
    $60,000 (£30,800) and $150,000"), else None."""
    j = atom.last + 1
    if j >= ceiling or atom.number.value is None:
        return None
    aside = conversion_after(tokens, atom, ceiling, language)
    if aside is not None:
        j = aside[1] + 1
        if j >= ceiling:
            return None
    connector = tokens[j]
    change = None
    quote = False
    at = _opener_at(tokens, atom.first)
    opener = tokens[at].lower if at is not None else ""
    if aside is not None and not (between_pair(opener, connector.lower, language) or connector.lower == "to"):
        return None  # "$2m (£1.1m), up from": only "between ... and" and "to" join ends across it
    if between_pair(opener, connector.lower, language):
        j += 1
    elif connector.text in _DASHES:
        j += 1
        if j < ceiling and tokens[j].lower == "to":  # "8- to 16-meter"
            j += 1
        elif connector.text == "-" and connector.adjacent != (j < ceiling and tokens[j].adjacent):
            return None  # "3 -5" is not a range
    elif connector.text == "/" and quote_tail(tokens, atom.last) is not None:
        quote = atom.number.first == atom.last  # "3.80/90 pct": the offer is read off the bid below
        j += 1
    elif (
        connector.text == "~"
        or connector.lower in ("to", "through", "thru", "or")
        or joins_range(connector.lower, language)
    ):
        change = _change_before(tokens, prefix[1] if prefix is not None else atom.first)
        if change == "from":
            return None  # "rose from 5% to 7%": from one level to another
        j += 1
    else:
        return None
    if j >= ceiling:
        return None
    if (
        j + 1 < ceiling
        and tokens[j + 1].kind == "num"
        and (tokens[j + 1].adjacent or tokens[j].kind == "word")
        and _currency_prefix(tokens[j])
    ):
        # "$5bn-$7bn", "between $2 million and $3 million", "USD 5 to USD 7": read_atom takes the currency before the digits
        j += 1
    elif (
        j + 2 < ceiling
        and tokens[j + 1].text == "("
        and tokens[j + 1].adjacent
        and tokens[j + 2].kind == "num"
        and tokens[j + 2].adjacent
        and _currency_prefix(tokens[j])
    ):
        j += 2  # "$(5)-$(7)": the sign, then the bracket of a results table, before the digits
    elif (digits := _digits_after_name(tokens, j, ceiling)) is not None:
        j = digits  # "between dollars 60,000 and dollars 150,000": read_atom takes the name before the digits
    if (
        tokens[j].text in ("-", "−")
        and not tokens[j].adjacent
        and j + 1 < ceiling
        and tokens[j + 1].kind == "num"
        and tokens[j + 1].adjacent
        and tokens[j - 1].kind == "word"
    ):
        j += 1  # "from -18C to -34C": read_atom takes the minus sign before the digits
    second = read_atom(tokens, j, j, in_range=True, money=atom.currency is not None, language=language)
    if second is None or second.value is None:
        return None
    if slash_after(tokens, second.last):
        return None  # "40,000-45,000/28,000": rates listed, not a range (see slash_pairs)
    scaled = scaled_code(tokens[atom.first]) if atom.currency else None
    if scaled is not None and second.currency is None and not second.number.multiplied:
        second = dataclasses.replace(second, value=second.value * scaled[1])  # "MSEK 120-150": both in millions
    if atom.percent and second.currency or atom.currency and second.percent:
        return None  # "6% to 309,381 yen" is two figures
    if atom.currency and second.currency and atom.currency != second.currency:
        return None
    if quote:
        second = dataclasses.replace(second, value=quote_high(tokens[atom.last], tokens[second.number.first]))
    low, high = _scale_low(atom, second)
    if low is None or high is None:
        return None
    if high < low < 0:
        low, high = high, low  # "from -18C to -34C"
    if not low < high:
        return None
    if connector.lower == "or" and not (atom.number.words or high <= 2 * low):
        return None  # "5 or 6 people" is a range, "3 or 300" two alternatives
    if atom.measure and second.measure and atom.measure.lemma != second.measure.lemma:
        return None  # "44 ml to 50 mg" are two quantities
    if atom.percent and second.percent and _percent_unit(tokens[atom.last]) != _percent_unit(tokens[second.last]):
        return None  # "0.5 percentage points to 3.25 percent": a change of a rate, then the rate
    if atom.measure and second.measure is None and (second.number.multiplied or second.currency):
        return None  # "over three weeks to 16.8 million": a unit on the low end only, a scaled high end
    if change == "by" and _thousands_left_off(atom, second):
        return None  # "fell 20 to 25,000": the move, then the level reached
    if change == "by" and not _bounds_of_one_quantity(atom, low, high):
        return None  # "fell 4% to 3%", "fell by 850,000 to 1.41 billion": a change, then a level
    return second, second.last, aside


def _digits_after_name(tokens: list[Token], j: int, ceiling: int) -> int | None:
    """Index of the digits when a currency name written before them starts at tokens[j]
    ("dollars 150,000", "US dollars 5m"; see currency_names), else None."""
    for digits in (j + 1, j + 2):
        if digits < ceiling and tokens[digits].kind == "num":
            found = currency_name_before(tokens, digits, scaled=True)
            return digits if found is not None and found[1] == j else None
    return None


def _change_before(tokens: list[Token], first: int) -> str | None:
    """How a verb of change governs the number at tokens[first]: "from" ("rose from 5% to 7%"),
    "by" ("rose by 5", "rose 5", "cut 5,000", "a fall of 5"), or None when there is no such word."""
    if first >= 2 and tokens[first - 1].lower in ("up", "down") and tokens[first - 2].lower in _CHANGE_VERBS:
        first -= 1  # "edged up 0.1% to 2.1%"
    before = tokens[first - 1].lower if first >= 1 else ""
    if before == "from" and _changed_from(tokens, first - 1):
        return "from"
    if before == "of" and first >= 2 and tokens[first - 2].lower in _CHANGE_VERBS:
        return "by"  # "a fall of 0.5% to 3.25%": the noun of change, then the level reached
    if before == "by" or before in _CHANGE_VERBS:
        return "by"
    return None


# Words that may stand between a verb of change and its "from": "increasing his height from 120cm".
MAX_OBJECT_WORDS = 3


def _changed_from(tokens: list[Token], preposition: int) -> bool:
    """True when the "from" at tokens[preposition] belongs to a change: a verb of change or "up"/
    "down" right before it ("rose from", "up from"), or a verb of change up to MAX_OBJECT_WORDS
    words before it with only its object between ("increasing his height from", "raised the rate from")."""
    if preposition >= 1 and tokens[preposition - 1].lower in _DIRECTIONS:
        return True
    for k in range(preposition - 1, max(-1, preposition - 2 - MAX_OBJECT_WORDS), -1):
        if tokens[k].kind != "word":
            return False  # a number or a mark between: no verb governs this "from"
        if tokens[k].lower in _CHANGE_VERBS:
            return True
    return False


def _bounds_of_one_quantity(first: Atom, low: float, high: float) -> bool:
    """After a verb of change, "X to Y" is a range when the unit is written once, after Y, and the
    bounds are close ("cut 5,000 to 6,000 jobs", "rose by 5 to 10 percent"); a unit on X or a far
    larger Y makes it the change and the level reached ("rose 0.3% to 2.1%", "rose 50 to 1,200")."""
    bare = first.currency is None and not first.percent and first.measure is None
    return bare and 0 < low and high <= RANGE_SPREAD * low


def _currency_prefix(token: Token) -> bool:
    """True for a currency symbol or code written before its amount ("$", "€", "Rs")."""
    if scaled_code(token) is not None:
        return True  # "between MSEK 5 and MSEK 7"
    entry = lexicon().currencies.get(token.lower)
    return entry is not None and entry[1] in ("prefix", "both") and (token.kind == "sym" or token.text[:1].isupper())


def _scale_low(first: Atom, second: Atom) -> tuple[float | None, float | None]:
    """Bounds of a range; "25 to 30 million" scales the low end like the high end."""
    low, high = first.value, second.value
    if low is None or high is None:
        return low, high
    if second.number.multiplied and not first.number.multiplied and second.number.value:
        factor = second.number.value / second.number.base if second.number.base else None
        if factor and low * factor <= high:
            low *= factor
    elif _thousands_left_off(first, second):
        low *= 1000  # "30-40,000 people", "20 to 25,000 fans": the thousands written once
    return low, high


def _thousands_left_off(first: Atom, second: Atom) -> bool:
    """True when the low end of a range is a bare small integer and the high end the same order
    of thousands written in full, so the low end's thousands were left off ("30-40,000"), not a
    range a thousand times wide."""
    low, high = first.value, second.value
    if low is None or high is None or first.number.multiplied or second.number.multiplied or first.number.words:
        return False
    return float(low).is_integer() and 0 < low < 1000 and low * 1000 <= high < low * 10_000 and high % 1000 == 0


def _salience(figure: dict, body: str) -> float:
    """0..1: how much a figure matters to a reader. Counts of people, weapons and money,
    hedged or sourced figures rank high; small bare counts ("the two countries") rank low."""
    score = 0.4
    category = figure["category"]
    if category.startswith("people") or category in ("weapons", "money"):
        score += 0.3
    elif category in ("percentage", "distance-area"):
        score += 0.2
    if figure["qualifier"] != "exact":
        score += 0.1
    if figure.get("attribution"):
        score += 0.1
    value = figure["value"] if figure["value"] is not None else figure["high"]
    if value is not None and value <= 3 and figure["unit"] is None and category == "other":
        score -= 0.3
    start = figure["start"]
    if body[max(0, start - 4) : start].lower().endswith("the ") and value is not None and value < 10:
        score -= 0.2
    return round(max(0.0, min(1.0, score)), 2)
