"""Ratings: a score out of a fixed scale ("7.5/10", "rated it 8 out of 10", "4 out of 5 stars").

README ("What counts as a figure"): a rating is a score, not a figure, and not a share: "7.5/10"
is no 0.75 of anything. ``rating_end(tokens, i, floor)`` gives the last token of a rating whose
number opens at tokens[i], or None. A rating is "X/S" or "X out of S" with S a rating scale
(RATING_SCALES) and X no more than S, and one of:

- X has a decimal point and a slash follows ("7.5/10"): a vulgar fraction has whole terms;
- a word of rating comes at most MAX_CUE_GAP tokens before ("rated it 8 out of 10", "a score of
  9/10", "reviewers gave it 4/5");
- a word of the scale follows ("4 out of 5 stars", "3.5/5 points").

"Nine out of ten dentists agree" stays a share: no cue, a counted plural after it, and so do
"a score of 7 out of 10 patients" and "scored 9/10 of the vote".
"""

from __future__ import annotations

from services.processors.figures.lemmas import is_plural
from services.processors.figures.numbers import digit_value, read_number
from services.processors.figures.tokens import Token

RATING_SCALES = frozenset((5, 10, 20, 100))
SCALE_WORDS = frozenset(("ten", "five", "twenty", "hundred"))
RATING_CUES = frozenset(
    """rate rates rated rating ratings score scores scored scoring grade grades graded review reviews
    reviewed reviewer reviewers verdict critics""".split()
)
SCALE_NOUNS = frozenset(("star", "stars", "point", "points", "mark", "marks"))
MAX_CUE_GAP = 5


def rating_end(tokens: list[Token], i: int, floor: int) -> int | None:
    """Last token of the rating whose number opens at tokens[i] (module docstring), or None."""
    token = tokens[i]
    last = i
    if token.kind == "num":
        value = digit_value(token.text)  # not read_number, which reads "7.5/10" as 0.75
    else:
        number = read_number(tokens, i)  # "eight out of ten"
        value, last = (number.value, number.last) if number is not None else (None, i)
    if value is None or "," in token.text:
        return None
    scale_at, slash = _scale_index(tokens, last)
    if scale_at is None:
        return None
    scale = tokens[scale_at]
    scale_value = digit_value(scale.text) if scale.kind == "num" else None
    if scale_value is None and scale.lower not in SCALE_WORDS:
        return None
    if scale_value is not None and (scale_value not in RATING_SCALES or value > scale_value):
        return None
    nxt = tokens[scale_at + 1] if scale_at + 1 < len(tokens) else None
    if nxt is not None and nxt.lower in SCALE_NOUNS:
        return scale_at + 1  # "4 out of 5 stars"
    if (
        nxt is not None
        and nxt.kind == "word"
        and (is_plural(nxt.lower) and not nxt.text[:1].isupper() or nxt.lower == "of")
    ):
        return None  # "7 out of 10 patients", "9/10 of the vote": a share of a population
    if slash and "." in token.text:
        return scale_at  # "7.5/10"
    cued = any(tokens[k].lower in RATING_CUES for k in range(max(floor, i - MAX_CUE_GAP), i))
    return scale_at if cued else None


def _scale_index(tokens: list[Token], i: int) -> tuple[int | None, bool]:
    """(index of the scale, written with a slash) after the number that ends at tokens[i]: "X/S" (tight)
    or "X out of S"; (None, False) when neither follows."""
    n = len(tokens)
    if i + 2 < n and tokens[i + 1].text == "/" and tokens[i + 1].adjacent and tokens[i + 2].adjacent:
        if i + 3 < n and tokens[i + 3].text == "/" and tokens[i + 3].adjacent:
            return None, False  # "9/10/2024" is a date
        return i + 2, True
    if i + 3 < n and tokens[i + 1].lower == "out" and tokens[i + 2].lower == "of":
        return i + 3, False
    return None, False
