"""Ratios: "one in five adults", "2 in 3 voters", "nine out of 10 doctors", "1 in every 100",
"nine times out of ten".

A ratio is a proportion of a population, so its value is N / M ("one in five" -> 0.2), not
the bare numbers. ``read_ratio(tokens, i, floor)`` reads one starting at ``tokens[i]`` or
returns None. It is not a ratio when the second number measures something ("2 in 10
minutes"), is a year ("3 in 2019"), is an idiom ("one in a million"), when the first is not
below the second, when "out of" joins two counts rather than a part of a round whole ("4,000
out of 12,500 homes"), or when a casualty or arrest verb comes just before ("killed two in three
attacks" counts people in attacks).
"""

from __future__ import annotations

from services.processors.figures.lexicon import lexicon
from services.processors.figures.numbers import COMMON_DENOMINATORS, Number, read_number
from services.processors.figures.scanner import Atom, read_atom
from services.processors.figures.tokens import Token

_EVENT_KINDS = ("killed", "wounded", "arrested", "displaced")


def read_ratio(tokens: list[Token], i: int, floor: int) -> Atom | None:
    """The ratio atom starting at tokens[i], or None."""
    first = read_number(tokens, i)
    if (
        first is None
        or first.value is None
        or first.multiplied
        or not float(first.value).is_integer()
        or first.value < 1
    ):
        return None
    j = first.last + 1
    out_of = False
    times = j + 2 < len(tokens) and tokens[j].lower == "times" and tokens[j + 1].lower == "out"
    if times:
        j += 1  # "nine times out of ten": how often, a share like "nine out of ten"
    if not times and j < len(tokens) and tokens[j].lower == "in":
        j += 1
        if j < len(tokens) and tokens[j].lower == "every":
            j += 1  # "one in every five"
    elif j + 1 < len(tokens) and tokens[j].lower == "out" and tokens[j + 1].lower == "of":
        j += 2
        out_of = True
    else:
        return None
    if tokens[i].kind == "num":
        atom = read_atom(tokens, i, floor)
        if atom is None or atom.last != first.last or atom.currency or atom.percent or atom.measure:
            return None
    if j >= len(tokens) or tokens[j].lower in ("a", "an"):
        return None  # "one in a million" is an idiom
    second = read_number(tokens, j)
    if second is None or second.value is None or not float(second.value).is_integer() or not first.value < second.value:
        return None
    whole = read_atom(tokens, j, j, in_range=True)
    if whole is None or whole.currency or whole.percent or whole.measure or whole.last != second.last:
        return None
    if out_of and not _proportion(first.value, second.value):
        return None  # "4,000 out of 12,500 homes", "17 out of 27 members": two counts
    if i > 0 and any(tokens[i - 1].lower in lexicon().words.get(kind, ()) for kind in _EVENT_KINDS):
        return None
    value = first.value / second.value
    return Atom(i, second.last, Number(i, second.last, value, words=first.words and second.words), value)


def _proportion(part: float, whole: float) -> bool:
    """True when "part out of whole" reads as a proportion: a small part of a round whole ("nine
    out of ten", "3 out of 4", "40 out of 100", "two out of five hundred"), as against two counts of one population."""
    whole_int = int(whole)
    lead = 10 ** (len(str(whole_int)) - 1)
    round_whole = whole in COMMON_DENOMINATORS or (whole_int >= 10 and whole_int % lead == 0)  # 10, 500, 1,000
    return part < 100 and round_whole
