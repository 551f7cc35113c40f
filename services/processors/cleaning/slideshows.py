"""Slideshow articles in page text: a story told in numbered slides ("1/5", a heading, a paragraph,
a photo credit; "2/5", ...), where each slide's paragraph is the article's and the credits and
counters between them are the slides' frame, not page chrome that ends the article.

A slideshow is a run of counter lines ``k/N`` (a line holding nothing else) for k = 1 .. N in
order, N >= SLIDES_MIN, each at most MAX_SLIDE_BLOCKS blocks after the one before. It covers the
first counter to the end of the last slide (as long as the typical slide). Nothing here depends
on the page's language.

A gallery beside a story numbers its slides on the caption's own line instead ("1/50 United goin
down", then the caption, then its credit; "2/50 Star Wars boosts economy", ...):
``numbered_gallery_spans`` reads the same chain of k = 1 .. N over such lines. Those captions are
the gallery's, not a story's prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from services.processors.cleaning.blocks import Block

SLIDES_MIN = 3
MAX_SLIDE_BLOCKS = 8  # blocks from one counter to the next: heading, paragraph, credits
_COUNTER = re.compile(r"(\d{1,3}) ?/ ?(\d{1,3})")
# A slide's number opening its caption line, perhaps after the list mark trafilatura's text sets ("- 3/50 ...").
_NUMBERED = re.compile(r"(?:[-•*] )?(\d{1,3}) ?/ ?(\d{1,3}) (?=\S)")


def counter_of(text: str) -> tuple[int, int] | None:
    """(k, N) for a line that is only a slide counter ("3/5", "3 / 5"), else None."""
    match = _COUNTER.fullmatch(text.strip())
    if match is None:
        return None
    k, n = int(match.group(1)), int(match.group(2))
    return (k, n) if 1 <= k <= n else None


def _numbered(text: str) -> tuple[int, int] | None:
    """(k, N) for a line opening with a slide's number ("3/50 City for sale"), else None."""
    match = _NUMBERED.match(text)
    if match is None:
        return None
    k, n = int(match.group(1)), int(match.group(2))
    return (k, n) if 1 <= k <= n else None


def slideshow_spans(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """[start, end) of every slideshow on the page (see the module docstring)."""
    return _chains(blocks, lambda block: counter_of(block.text) if block.n_words <= 3 else None)


def numbered_gallery_spans(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """[start, end) of every gallery whose captions open with their slide's number (module docstring)."""
    return _chains(blocks, lambda block: _numbered(block.text))


def _chains(blocks: Sequence[Block], read: Callable[[Block], tuple[int, int] | None]) -> list[tuple[int, int]]:
    """[start, end) of every chain of counters 1/N .. N/N that ``read`` finds, each at most
    MAX_SLIDE_BLOCKS blocks after the one before, through the last slide (as long as the typical one)."""
    spans: list[tuple[int, int]] = []
    places: list[int] = []  # counters 1/N .. k/N seen so far of the slideshow being read
    total = 0
    for i, block in enumerate(blocks):
        counter = read(block)
        if counter is None:
            continue
        k, n = counter
        if places and n == total and k == len(places) + 1 and i - places[-1] <= MAX_SLIDE_BLOCKS:
            places.append(i)
        elif k == 1 and n >= SLIDES_MIN:
            places, total = [i], n
        else:
            places, total = [], 0
            continue
        if len(places) == total:
            gaps = sorted(b - a for a, b in zip(places, places[1:], strict=False))
            spans.append((places[0], min(len(blocks), places[-1] + gaps[len(gaps) // 2])))
            places, total = [], 0
    return spans
