"""Conversions: a bracketed amount written right after another, giving it in a second currency or
unit ("$60,000 (£30,800)", "5 miles (8km)").

A range may be written around such a conversion ("between $60,000 (£30,800) and $150,000", "from
$2m (£1.1m) to $3m"): the range's ends are read across it, and the conversion is a figure of its
own nested inside the range.
"""

from __future__ import annotations

from services.processors.figures.scanner import Atom, read_atom
from services.processors.figures.tokens import Token


def conversion_after(tokens: list[Token], atom: Atom, ceiling: int, language: str = "en") -> tuple[int, int] | None:
    """(first digits inside the brackets, closing bracket) of a conversion written right after
    ``atom`` before tokens[ceiling], or None. Both amounts must carry a currency, or both a measure
    unit ("$2m (£1.1m)", "5 miles (8km)"); a bracket holding anything else ("$5m (2004)", "$5m (up
    12%)") is an aside, not a conversion."""
    open_ = atom.last + 1
    if open_ + 2 >= ceiling or tokens[open_].text != "(":
        return None
    inner = amount_from(tokens, open_ + 1, min(open_ + 4, ceiling), language)
    if inner is None or inner.value is None or inner.last + 1 >= ceiling or tokens[inner.last + 1].text != ")":
        return None
    money = atom.currency is not None and inner.currency is not None
    measure = atom.measure is not None and inner.measure is not None
    return (inner.number.first, inner.last + 1) if money or measure else None


def amount_from(tokens: list[Token], first: int, stop: int, language: str) -> Atom | None:
    """The atom that starts at tokens[first], its currency written before its digits ("£30,800",
    "US dollars 5m": read from the digits, which follow before ``stop``), or None."""
    for number in range(first, stop):
        if tokens[number].kind == "num":
            atom = read_atom(tokens, number, first, language=language)
            return atom if atom is not None and atom.first == first else None
    return None
