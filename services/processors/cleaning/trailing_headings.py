"""Trailing headings: a heading or an announcing line that closes trafilatura's text with nothing
under it.

A page sets a heading above what follows the story ("More topics", "Recommended posts", "Read
next?") or a line announcing a list ("Participating blogs:", "Further information:"); the list
itself is links, which trafilatura drops or the link rules remove, so the heading is left as the
body's last words, introducing nothing. In trafilatura's text a heading reads like any short line,
so ``heading_texts`` collects the page's ``h1``-``h6`` texts (up to HEADING_WORDS_MAX words) from
the markup. ``mark_trailing_headings`` gives "other-furniture" to the last kept block while it is
one of those headings or a line of at most ANNOUNCE_WORDS_MAX words ending with a colon, up to
TRAILING_MAX blocks, never to the only kept block: a heading with no text under it is no part of
the story, in any language.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.signals import normalise

HEADING_WORDS_MAX = 15  # a longer "heading" is a styled paragraph
ANNOUNCE_WORDS_MAX = 12
TRAILING_MAX = 3  # trailing headings removed from one text: a heading and the headings above it
MAX_HEADINGS = 2_000  # headings read from one page: bounds the work on pathological pages
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
REASON: RemovalReason = "other-furniture"


def heading_texts(tree: etree._Element) -> frozenset[str]:
    """The normalised texts (see ``signals.normalise``) of the page's ``h1``-``h6`` elements of at
    most HEADING_WORDS_MAX words; at most MAX_HEADINGS are read."""
    texts: set[str] = set()
    for i, heading in enumerate(tree.iter(*_HEADING_TAGS)):
        if i >= MAX_HEADINGS:
            break
        norm = normalise("".join(heading.itertext()))
        if norm and norm.count(" ") + 1 <= HEADING_WORDS_MAX:
            texts.add(norm)
    return frozenset(texts)


def _announces(block: Block) -> bool:
    return block.n_words <= ANNOUNCE_WORDS_MAX and block.text.rstrip().endswith(":")


def mark_trailing_headings(
    blocks: Sequence[Block], verdicts: list[RemovalReason | None], headings: frozenset[str]
) -> None:
    """Give REASON to the last kept block while it is a page heading (its normalised text one of
    ``headings``) or an announcing line (see the module docstring), at most TRAILING_MAX times,
    leaving at least one kept block."""
    for _ in range(TRAILING_MAX):
        kept = [i for i, v in enumerate(verdicts) if v is None]
        if len(kept) < 2:
            return
        last = blocks[kept[-1]]
        if last.norm not in headings and not _announces(last):
            return
        verdicts[kept[-1]] = REASON
