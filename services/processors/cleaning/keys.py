"""Stable keys of the blocks that could be furniture, for per-source repeat learning."""

from __future__ import annotations

from hashlib import blake2b

from services.processors.cleaning.blocks import Block

MAX_KEY_WORDS = 30  # longer blocks are prose, never learned as furniture
# ASCII digits as "0", applied to the UTF-8 bytes (a digit byte never occurs inside a multi-byte
# character): the same key as mapping the digits of the text, at C speed.
_DIGIT_BYTES_AS_ZERO = bytes.maketrans(b"0123456789", b"0000000000")


def line_key(block: Block) -> str | None:
    """16 hex digits naming the block's case/space/punctuation/digit-normalised form; None for long blocks."""
    if block.n_words > MAX_KEY_WORDS or not block.norm:
        return None
    return blake2b(block.norm.encode().translate(_DIGIT_BYTES_AS_ZERO), digest_size=8).hexdigest()


def line_keys(blocks: list[Block]) -> tuple[str | None, ...]:
    """The key of every block (None where the block is not a candidate), aligned with ``blocks``."""
    # Repeated lines share one Block: key each once.
    keyed = {id(block): line_key(block) for block in {id(b): b for b in blocks}.values()}
    return tuple([keyed[id(block)] for block in blocks])


def distinct(keys: tuple[str | None, ...]) -> tuple[str, ...]:
    """The candidate keys deduplicated, first occurrence first."""
    return tuple(dict.fromkeys(k for k in keys if k is not None))
