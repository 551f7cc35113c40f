"""Neighbours a name must not swallow: dates, percentages, scores and agency credits.

The model sometimes runs a name into the word beside it: "Barclays Monday", "Arsenal 2-1",
"Brent 5 percent", "on 5 May Gazprom", "Rosneft Reuters". ``trim_neighbours`` cuts such
words off both ends of a span, repeatedly, and never empties it:

- a day word ("Monday", "yesterday"), anywhere at an edge;
- a month with a day number beside it ("5 May", "May 5"); a lone month stays ("Theresa May");
- a number with a percentage or money word after it ("5 percent", "3.5 per cent", "2 %",
  "Bowyer 4,000 pounds");
- a score ("2-1", "3 - 0"); a lone number at the edge of a person or a place ("Koeman 45"),
  and at the end of one an ordinal, the minute of a goal ("Roberto Carlos 79th"); an
  organisation keeps a number ("Channel 4", "Formula 1");
- an agency name (``data/agencies.json``) after or before the rest: the gazetteer then gives
  the agency its own ORG span; not when a bare hyphen joins it to the rest ("Itar-Tass"), as
  then the agency name is a part of another name;
- at the end, a reporting period of a results brief ("Computer Systems Inc Q2", "Jeans Mate
  Corp - 6mth": "Q2", "H1", "6mth", "9mths", "FY"), and a number that goes on in a hyphen
  right after it, the start of a telephone number or code ("Newsdesk 212-859-1610"), a whole
  telephone number of three or more digit groups joined by bare hyphens, and a
  country calling code, alone or with the area code after it ("Dublin Newsroom +353",
  "Commodities Desk +1 212");
- at the start, a month after "the" ("the August National Association of Purchasing
  Management": the month of the figure, not of the name; "May Department Stores" keeps it).

The words come from ``data/neighbours.json`` (see :class:`lexicon.Lexicon`).
"""

from __future__ import annotations

import re

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.tokens import DocTokens

_NUMBER = re.compile(r"\d[\d.,]{0,20}")
_MAX_AGENCY_TOKENS = 4
#: A reporting period in a results brief: quarter, half, months, financial year.
_PERIOD = re.compile(r"Q[1-4]|H[12]|[1-9]\d?mths?|FY(?:\d{2}|\d{4})?")
#: Labels that never begin or end with a number of their own.
#: An ordinal in figures ("79th", "1st"), the minute of a goal after a scorer's name.
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
#: A country calling code opening a telephone number ("+353", "+1").
_CALLING_CODE = re.compile(r"\+\d{1,4}")
#: Digit groups of a telephone number ("212-859-1620"); a score has two.
_PHONE_GROUPS = 3
_NUMBERLESS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def is_number(word: str) -> bool:
    """A number written in digits ("5", "3.5", "1,200")."""
    return _NUMBER.fullmatch(word) is not None


def trim_neighbours(toks: DocTokens, start: int, end: int, label: str, lexicon: Lexicon) -> tuple[int, int]:
    """The token range ``[start, end)`` of a ``label`` span without swallowed neighbours (module docstring)."""
    numberless = label in _NUMBERLESS
    while end - start > 1:
        cut = _trailing(toks, start, end, numberless, lexicon)
        if cut == end:
            break
        end = cut
    while end - start > 1:
        cut = _leading(toks, start, end, numberless, lexicon)
        if cut == start:
            break
        start = cut
    return start, end


def _trailing(toks: DocTokens, start: int, end: int, numberless: bool, lexicon: Lexicon) -> int:
    text, lower = toks.text, toks.lower
    last = text[end - 1]
    if last in lexicon.day_words:
        return end - 1
    if last in lexicon.months and end - 2 >= start and is_number(text[end - 2]):
        return end - 2
    if is_number(last) and end - 2 >= start and text[end - 2] in lexicon.months:
        return end - 2 if end - 2 > start else end
    for words in lexicon.amount_words:
        k = end - len(words)
        if k - 1 >= start and tuple(lower[k:end]) == words and is_number(text[k - 1]):
            return k - 1
    if _PERIOD.fullmatch(last) or _CALLING_CODE.fullmatch(last) or (numberless and _ORDINAL.fullmatch(last)):
        return end - 1
    if is_number(last) and end - 2 > start and _CALLING_CODE.fullmatch(text[end - 2]):
        return end - 2  # "Commodities Desk +1 212": a calling code and the area code after it
    if is_number(last) and end < len(toks) and text[end] == "-" and not toks.space[end - 1] and not toks.space[end]:
        return end - 1  # "Newsdesk 212-859-1610": a telephone number, not part of the name
    phone = _telephone_start(toks, start, end)
    if phone is not None:
        return phone
    score = _score_start(toks, start, end, numberless)
    if score is not None:
        return score
    for width in range(min(_MAX_AGENCY_TOKENS, end - start - 1), 0, -1):
        if toks.span_text(end - width, end) in lexicon.agencies and not _glued_hyphen(toks, end - width - 1):
            return end - width
    return end


def _leading(toks: DocTokens, start: int, end: int, numberless: bool, lexicon: Lexicon) -> int:
    text, lower = toks.text, toks.lower
    first = text[start]
    if first in lexicon.day_words or lower[start] in ("on", "by", "since"):
        return start + 1
    if is_number(first) and start + 1 < end and text[start + 1] in lexicon.months:
        return start + 2
    if first in lexicon.months and start + 1 < end and is_number(text[start + 1]):
        return start + 2
    if first in lexicon.months and start > 0 and lower[start - 1] == "the" and text[start + 1][:1].isupper():
        return start + 1  # "the August Chicago NAPM": the month of a figure
    if is_number(first):
        for words in lexicon.amount_words:
            k = start + 1 + len(words)
            if k < end and tuple(lower[start + 1 : k]) == words:
                return k
        if numberless or (start + 2 < end and text[start + 1] in ("-", "\u2013") and is_number(text[start + 2])):
            return start + 1
    for width in range(min(_MAX_AGENCY_TOKENS, end - start - 1), 0, -1):
        if toks.span_text(start, start + width) in lexicon.agencies and not _glued_hyphen(toks, start + width):
            return start + width
    return start


def _glued_hyphen(toks: DocTokens, k: int) -> bool:
    """Token ``k`` is a hyphen written without spaces between two words ("Itar-Tass").

    An agency name inside such a compound is part of another name, not a credit beside it.
    """
    if k <= 0 or k + 1 >= len(toks) or toks.text[k] != "-":
        return False
    return not toks.space[k - 1] and not toks.space[k]


def _telephone_start(toks: DocTokens, start: int, end: int) -> int | None:
    """Start of a trailing telephone number, three or more digit groups joined by bare hyphens.

    "Energy Desk 212-859-1620": a score has two groups ("2-1") and stays for the score rule.
    """
    text = toks.text
    k = end - 1
    groups = 0
    while k >= start and is_number(text[k]):
        groups += 1
        if k - 2 >= start and _glued_hyphen(toks, k - 1) and is_number(text[k - 2]):
            k -= 2
            continue
        break
    return k if groups >= _PHONE_GROUPS and k > start else None


def _score_start(toks: DocTokens, start: int, end: int, numberless: bool) -> int | None:
    """Start of a trailing score ("2-1", "2 - 1"; a lone number if ``numberless``), if any."""
    text = toks.text
    if not is_number(text[end - 1]):
        return None
    k = end - 1
    if k - 2 >= start and text[k - 1] in ("-", "\u2013") and is_number(text[k - 2]):
        return k - 2 if k - 2 > start else None
    after_score = k - 1 > start and is_number(text[k - 1])  # "7-5 4" of "7-5 4-6": part of a score run
    return k if (numberless or after_score) and k > start else None
