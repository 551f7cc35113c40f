"""Topic words: a block's longer words, which say what it is about in any language.

Shorter words are mostly function words ("the", "und", "avec"); words of letters only leave out
numbers, dates and codes, which two passages may share without sharing a subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processors.cleaning.blocks import Block

TOPIC_WORD_CHARS = 5


def topic_words(blocks: Sequence[Block], min_chars: int = TOPIC_WORD_CHARS) -> set[str]:
    """The distinct normalised words of ``blocks`` of at least ``min_chars`` letters and nothing else."""
    return {t for b in blocks for t in b.tokens if len(t) >= min_chars and t.isalpha()}
