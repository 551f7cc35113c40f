"""Live tickers in page text: a match or an event reported entry by entry, each entry under its
minute or its clock time ("74'", "45+2'", "14:05", "14h05"), newest first or last. The stamps
(and the substitutions or cards a sports ticker sets as short lines between entries) are the
ticker's frame, not page chrome that ends the story: the entries are the page's text.

A ticker is a chain of TICKER_STAMPS_MIN stamp lines or more (a line holding a minute mark or a
clock time and nothing else), each at most MAX_ENTRY_BLOCKS blocks after the one before, with a
sentence in at least half of the gaps between them. It covers the first stamp to the last. No
word list: the stamps' shape says it in any language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

TICKER_STAMPS_MIN = 6
MAX_ENTRY_BLOCKS = 5  # blocks from one stamp to the next: an entry, a substitution's two lines, a card
_STAMP = re.compile(r"\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’′]|\d{1,2}[:h]\d\d")
# A live blog's entry head: its clock time with the writer's name or a label run on ("21:22Frances Watkins").
_NAMED_STAMP = re.compile(r"\d{1,2}[:h]\d\d[A-ZÀ-Þ][\w'’.-]{0,30}(?: [A-ZÀ-Þ][\w'’.-]{0,30}){0,2}")
NAMED_STAMP_WORDS = 4


def is_ticker_stamp(block: Block) -> bool:
    """A line that is a minute mark ("74'", "90+3'") or a clock time ("14:05", "14h05") alone, or
    an entry head (is_entry_head)."""
    return block.n_words <= 3 and _STAMP.fullmatch(block.text.strip()) is not None or is_entry_head(block)


def is_entry_head(block: Block) -> bool:
    """A live blog's entry head: a clock time with a capitalised name or label of up to three words
    run on after it with no space between ("21:22Frances Watkins", "18:28Key Event": the page text
    joins the time's element to the writer's), no sentence. A time, a space and a short entry
    ("14:05 Anpfiff") is the entry's text."""
    return (
        block.n_words <= NAMED_STAMP_WORDS
        and not block.sentence
        and _NAMED_STAMP.fullmatch(block.text.strip()) is not None
    )


def mark_entry_heads(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "publication-stamp" to every unmarked entry head (is_entry_head). Called once the
    story's runs are found: the heads frame a ticker's entries, and split no run."""
    for i, block in enumerate(blocks):
        if verdicts[i] is None and is_entry_head(block):
            verdicts[i] = "publication-stamp"


def ticker_spans(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """[start, end) of every live ticker on the page (see the module docstring)."""
    stamps = [i for i, block in enumerate(blocks) if is_ticker_stamp(block)]
    spans: list[tuple[int, int]] = []
    chain: list[int] = []
    for i in [*stamps, None]:
        if i is not None and (not chain or i - chain[-1] <= MAX_ENTRY_BLOCKS):
            chain.append(i)
            continue
        if len(chain) >= TICKER_STAMPS_MIN and _told(blocks, chain):
            spans.append((chain[0], chain[-1] + 1))
        chain = [i] if i is not None else []
    return spans


def _told(blocks: Sequence[Block], chain: Sequence[int]) -> bool:
    """At least half of the gaps between the chain's stamps hold a sentence."""
    gaps = [range(a + 1, b) for a, b in zip(chain, chain[1:], strict=False)]
    told = sum(1 for gap in gaps if any(blocks[k].sentence for k in gap))
    return 2 * told >= len(gaps)
