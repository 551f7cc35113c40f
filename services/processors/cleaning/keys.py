"""Stable keys of the blocks that could be furniture, for per-source repeat learning."""

from __future__ import annotations

from hashlib import blake2b

from services.processors.cleaning.blocks import Block
from services.processors.cleaning.signals import DIGITS_AS_ZERO

MAX_KEY_WORDS = 30  # longer blocks are prose, never learned as furniture


def line_key(block: Block) -> str | None:
    """16 hex digits naming the block's case/space/punctuation/digit-normalised form; None for long blocks."""
    if block.n_words > MAX_KEY_WORDS or not block.norm:
        return None
    return blake2b(block.norm.translate(DIGITS_AS_ZERO).encode(), digest_size=8).hexdigest()


def line_keys(blocks: list[Block]) -> tuple[str | None, ...]:
    """The key of every block (None where the block is not a candidate), aligned with ``blocks``."""
    seen: dict[int, str | None] = {}  # repeated lines share one Block
    return tuple(seen[id(b)] if id(b) in seen else seen.setdefault(id(b), line_key(b)) for b in blocks)


def distinct(keys: tuple[str | None, ...]) -> tuple[str, ...]:
    """The candidate keys deduplicated, first occurrence first."""
    return tuple(dict.fromkeys(k for k in keys if k is not None))
