"""Slash pairs: two quantities written side by side with a slash ("10,000/4,000", "35,000/28,000
tonnes", "20,000 shinc/25,000 shinc"), as wire copy gives a load and a discharge rate.

README ("What counts as a figure"): such a pair is two figures, and "40,000-35,000/28,000" is
three (the slash and the dash list rates, they do not bound one). Only numbers grouped in
thousands with commas ("4,000", "28,000") make a pair: a date ("10/12"), a fraction ("3/4"),
a code ("20/2030"), a rating ("7.5/10"), a bid and offer quote ("22.00/22.75 percent", see
market_quotes) and a rate per unit ("$5/kg") have no such grouping.
"""

from __future__ import annotations

import re

from services.processors.figures.tokens import Token

_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
_JOINERS = ("/", "-", "–")


def grouped(token: Token) -> bool:
    """A whole number grouped in thousands with commas ("4,000", "1,250,000")."""
    return token.kind == "num" and _GROUPED.fullmatch(token.text) is not None


def listed_group(tokens: list[Token], first: int, last: int) -> bool:
    """True when tokens[first:last+1], digit groups joined by tight slashes or dashes
    ("10,000/4,000", "40,000-35,000/28,000"), are all grouped in thousands and a slash joins
    two of them: a list of quantities, no code."""
    groups = tokens[first : last + 1 : 2]
    joiners = tokens[first + 1 : last : 2]
    return all(grouped(group) for group in groups) and any(joiner.text == "/" for joiner in joiners)


def slash_after(tokens: list[Token], last: int) -> bool:
    """tokens[last] is a grouped number with a tight slash and another grouped number after it:
    the left side of a pair ("10,000" of "10,000/4,000")."""
    return (
        last + 2 < len(tokens)
        and grouped(tokens[last])
        and tokens[last + 1].text == "/"
        and tokens[last + 1].adjacent
        and tokens[last + 2].adjacent
        and grouped(tokens[last + 2])
    )


def paired_side(tokens: list[Token], first: int) -> bool:
    """tokens[first] is a grouped number after a tight slash or dash that follows another side of
    a list: a grouped number ("4,000" of "10,000/4,000", "35,000" of "40,000-35,000/28,000") or
    a grouped number and its unit word ("25,000" of "20,000 shinc/25,000 shinc")."""
    if first < 2 or not grouped(tokens[first]) or not tokens[first].adjacent:
        return False
    joiner, before = tokens[first - 1], tokens[first - 2]
    if joiner.text not in _JOINERS or not joiner.adjacent:
        return False
    if grouped(before):
        return joiner.text == "/" or slash_after(tokens, first)
    return (
        joiner.text == "/"
        and before.kind == "word"
        and before.text.islower()
        and first >= 3
        and grouped(tokens[first - 3])
        and not before.adjacent
    )
