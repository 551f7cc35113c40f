"""Market quotes: a bid and an offer written as one number and the last digits of the other.

Wire copy quotes money-market rates and exchange rates as "3.80/90 pct" (3.80 bid, 3.90
offered) or "1.8050/60 marks": the digits after the slash replace the last digits of the
first number. Such a quote is one range. It is told from a code or a date ("9/11",
"1.2/3.4") by a decimal before the slash, no more digits after it than that decimal has,
and a percent, currency or unit word right after.
"""

from __future__ import annotations

from services.processors.figures.lexicon import lexicon
from services.processors.figures.tokens import Token

_PERCENT = frozenset(("%", "pct", "percent", "pc"))


def quote_tail(tokens: list[Token], last: int) -> int | None:
    """Index of the tail digits when tokens[last] opens a quote ("3.80" of "3.80/90 pct"), else None."""
    if last + 3 >= len(tokens):
        return None
    head, slash, tail, unit = tokens[last], tokens[last + 1], tokens[last + 2], tokens[last + 3]
    if head.kind != "num" or "." not in head.text or "," in head.text:
        return None
    decimals = len(head.text) - head.text.index(".") - 1
    if slash.text != "/" or not slash.adjacent or not tail.adjacent or tail.kind != "num":
        return None
    words = lexicon()
    named = unit.lower in _PERCENT or unit.lower in words.currencies or unit.lower in words.measures
    named = named and not (unit.adjacent and unit.kind == "num")
    if _full_tail(head.text, tail.text, decimals):
        # "22.00/22.75 percent"; with no unit after it only when both sides share the whole
        # part ("22.00/22.25"), so that "12.05/13.05" stays a pair of dates
        return last + 2 if named or head.text.split(".")[0] == tail.text.split(".")[0] else None
    if not tail.text.isdigit() or not 0 < len(tail.text) <= decimals:
        return None
    return last + 2 if named else None


def _full_tail(head: str, tail: str, decimals: int) -> bool:
    """``tail`` is the whole offer: as many decimals (at least two) as ``head``, above it by at most a fifth."""
    whole, dot, fraction = tail.partition(".")
    if not dot or not whole.isdigit() or not fraction.isdigit() or len(fraction) != decimals or decimals < 2:
        return False
    return float(head) < float(tail) <= 1.2 * float(head)


def quote_high(head: Token, tail: Token) -> float:
    """The offered side: ``head`` with its last digits replaced by ``tail`` ("3.80", "90" -> 3.90),
    or ``tail`` itself when it is written whole ("22.00/22.75")."""
    if "." in tail.text:
        return float(tail.text)
    return float(head.text[: len(head.text) - len(tail.text)] + tail.text)
