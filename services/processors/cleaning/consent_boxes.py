"""A site's cookie-consent box in page text: a stretch of paragraphs that mostly speak of cookies.

A consent box reaches page text as prose ("Unbedingt notwendige Cookies sollten jederzeit
aktiviert sein ...", "Diese Website verwendet Matomo ...") between its toggles and buttons, and
on a short post it can outweigh the post and be taken as the story, or trail the story as a run
of its own. A stretch of prose (blocks weighing more than nothing, at most GAP_MAX other blocks
between two of them) is a box when at least COOKIE_SHARE of its prose blocks name cookies (the
word every language borrows: "cookie", "Cookies", "plików cookie"), at least ADDRESS_SHARE of
those speak as the site to the reader ("we", "our", "you", "wir", "uns", "Deine", "nous": a
report on cookies quotes and reports instead) and no story header heads it (a story about
cookies sits under its headline, byline or date; a consent box under none).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from services.processors.cleaning.blocks import Block
from services.processors.cleaning.markers import addresses_reader

COOKIE_WORDS = frozenset({"cookie", "cookies"})
GAP_MAX = 3  # short lines between two of the box's paragraphs: a toggle, a button, a category's name
COOKIE_SHARE = 0.6  # of the stretch's prose blocks; a story's one paragraph on cookies is far below
ADDRESS_SHARE = 0.5  # of the paragraphs naming cookies


def consent_boxes(
    blocks: Sequence[Block], weights: Sequence[float], headed: Callable[[tuple[int, int]], bool]
) -> list[tuple[int, int]]:
    """[start, end) of every consent box (see the module docstring); ``headed(stretch)`` says
    whether a story header heads the stretch. Linear."""
    boxes: list[tuple[int, int]] = []
    for start, end in _prose_stretches(weights):
        prose = [i for i in range(start, end) if weights[i] > 0]
        naming = [i for i in prose if not COOKIE_WORDS.isdisjoint(blocks[i].tokens)]
        addressing = sum(1 for i in naming if addresses_reader(blocks[i].tokens))
        if (
            len(naming) >= COOKIE_SHARE * len(prose)
            and addressing >= ADDRESS_SHARE * len(naming)
            and not headed((start, end))
        ):
            boxes.append((start, end))
    return boxes


def _prose_stretches(weights: Sequence[float]) -> list[tuple[int, int]]:
    """[start, end) of each stretch of positive weights with at most GAP_MAX others between two."""
    stretches: list[tuple[int, int]] = []
    start = last = None
    for i, weight in enumerate(weights):
        if weight <= 0:
            continue
        if last is None or i - last - 1 > GAP_MAX:
            if start is not None and last is not None:
                stretches.append((start, last + 1))
            start = i
        last = i
    if start is not None and last is not None:
        stretches.append((start, last + 1))
    return stretches
