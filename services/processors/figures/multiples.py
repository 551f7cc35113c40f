"""Multiples written with "-fold": "sixfold", "six-fold", "a 10-fold increase" say N times, the
same figure as "six times" (value N, counted unit "time").

``fold_multiple(tokens, i)`` reads one opening at tokens[i]: a single word of a number word and
"fold" ("twofold", "tenfold", "hundredfold"), or a number joined by a hyphen to "fold" ("six-fold",
"10-fold", "2.5-fold"). Words that merely end in "fold" ("manifold", "scaffold") and "fold" as a
noun or verb ("a fold in the map") are none.
"""

from __future__ import annotations

from services.processors.figures.numbers import HUNDRED, SCALES, UNITS, read_number
from services.processors.figures.tokens import Token

_FOLD = "fold"
_WORD_VALUES = {**UNITS, **HUNDRED, **SCALES}


def is_fold_word(token: Token) -> bool:
    """True for one word of a number word and "fold" ("sixfold", "tenfold")."""
    stem = token.lower.removesuffix(_FOLD)
    return token.kind == "word" and stem != token.lower and bool(_WORD_VALUES.get(stem))  # never "zerofold"


def fold_multiple(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """(N, index of the last token) of the "-fold" multiple opening at tokens[i], or None."""
    if is_fold_word(tokens[i]):
        return float(_WORD_VALUES[tokens[i].lower.removesuffix(_FOLD)]), i  # "sixfold"
    number = read_number(tokens, i)
    if number is None or number.value is None or number.value <= 0:
        return None
    dash = number.last + 1
    if (
        dash + 1 < len(tokens)
        and tokens[dash].text == "-"
        and tokens[dash].adjacent
        and tokens[dash + 1].adjacent
        and tokens[dash + 1].lower == _FOLD
    ):
        return float(number.value), dash + 1  # "six-fold", "10-fold"
    return None
