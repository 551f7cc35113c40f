"""Story headers in page text: a headline with its byline or date right under it, the mark of
where an article starts.

A page's own article opens with one ("Stadtrat beschließt neuen Radweg", "Von Anna Müller"); so
does every other article the page sets out in full or in part further down (a teaser with its
date and its first paragraphs). Read from shape and the local verdicts only, so it holds in any
language: a header is an unmarked headline-shaped block (``headline_lists.is_headline_shaped``)
of HEADLINE_WORDS_MIN words or more
followed within HEADER_GAP blocks by a stamp (a block the local pass read as a byline or a
publication stamp, or a short block stating a date), with only stamps or short labels (one to
LABEL_WORDS words, with letters) between.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.header import STAMP_VERDICTS, has_date
from services.processors.cleaning.headline_lists import is_headline_shaped

HEADER_GAP = 2  # blocks after the headline that may hold its stamp (a kicker or a second stamp first)
STAMP_WORDS = 14  # a date line is short: "Veröffentlicht am 14. März 2024, 10:32 Uhr"
HEADLINE_WORDS_MIN = 3  # a headline says something; two words are a name ("Fleur Delacour", "24 November, 1994")
LABEL_WORDS = 4  # a kicker or a reading time between a headline and its stamp


def is_stamp(block: Block, verdict: RemovalReason | None) -> bool:
    """A byline or a date line: read so by the local pass, or a short unmarked block stating a date."""
    if verdict in STAMP_VERDICTS:
        return True
    return verdict in (None, "other-furniture") and block.n_words <= STAMP_WORDS and has_date(block.text)


def story_headers(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None]) -> list[tuple[int, int]]:
    """(headline, stamp) indices of every story header, in page order; the stamp is the last
    stamp of the header (a byline and a date may follow each other). Linear."""
    headers: list[tuple[int, int]] = []
    n = len(blocks)
    for i, block in enumerate(blocks):
        if verdicts[i] is not None or block.n_words < HEADLINE_WORDS_MIN or not is_headline_shaped(block):
            continue
        stamp = None
        for j in range(i + 1, min(i + 1 + HEADER_GAP, n)):
            if is_stamp(blocks[j], verdicts[j]):
                stamp = j
            elif stamp is not None or not _is_label(blocks[j]):
                break
        if stamp is not None:
            while stamp + 1 < n and is_stamp(blocks[stamp + 1], verdicts[stamp + 1]):
                stamp += 1
            headers.append((i, stamp))
    return headers


def _is_label(block: Block) -> bool:
    """A kicker or a reading time: one to LABEL_WORDS words, no sentence, with letters (not code's "},")."""
    return 1 <= block.n_words <= LABEL_WORDS and not block.sentence and any(c.isalpha() for c in block.text)
