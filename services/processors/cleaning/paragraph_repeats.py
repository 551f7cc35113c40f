"""A paragraph a page shows twice: the second showing is furniture.

Page text repeats a paragraph word for word when the page sets it twice: a teaser or summary
above the story that is its lead again, a fact box shown beside the story and again under it, a
sticky panel rendered for two screen sizes. A story does not repeat a paragraph of
REPEAT_WORDS_MIN words or more, so among the kept blocks only the first showing stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

REPEAT_WORDS_MIN = 12  # a paragraph, not a short line a story may say twice ("Read more below.")


def mark_repeated_paragraphs(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "other-furniture" to every kept block of REPEAT_WORDS_MIN words or more whose
    normalised text a kept block above it already has."""
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        if verdicts[i] is not None or block.n_words < REPEAT_WORDS_MIN:
            continue
        if block.norm in seen:
            verdicts[i] = "other-furniture"
        else:
            seen.add(block.norm)
