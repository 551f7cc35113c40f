"""Emptiness: whether an article would clean to nothing, so it can be rejected at ingest.

The question is put to the cleaning stage itself, so ingest and the worker agree on what "empty"
means (a page of scripts, a fragment trafilatura finds no main content in, lines that are all
furniture). Learned boilerplate is not known at ingest (the per-source line counts live in the
worker), so the article is cleaned with no repeats: one that only learned repeats would empty still
passes here, and the worker stores it with its ``empty_reason`` as before.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from events.models import InputFormat
from services.processors.cleaning import clean

_TRAFILATURA = logging.getLogger("trafilatura")


def empty_reason(content: str, fmt: InputFormat) -> str | None:
    """None when the cleaned body has text; else why it has none, in the cleaning stage's words."""
    with _silenced(_TRAFILATURA):  # its warnings on an empty page would repeat the reason, less clearly
        result = clean(content, fmt)  # no repeats: see the module docstring
    if result.body.strip():
        return None
    return result.empty_reason or "the cleaned text is empty"


@contextmanager
def _silenced(logger: logging.Logger) -> Iterator[None]:
    """``logger`` and its children (which inherit its level) log nothing inside the block."""
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)
