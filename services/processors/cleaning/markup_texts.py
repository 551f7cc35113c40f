"""Markup texts: blocks of trafilatura's text that are wholly a text the page's markup names.

trafilatura's text keeps no markup, but the parsed page still says what some texts are: a
``figcaption`` (see ``figure_captions``), a teaser card's paragraph (see ``teaser_cards``). Each of
those modules collects its normalised texts (see ``signals.normalise``); ``mark_markup_texts``
gives their reason to each kept block whose normalised text is one of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block


def mark_markup_texts(
    blocks: Sequence[Block], verdicts: list[RemovalReason | None], texts: frozenset[str], reason: RemovalReason
) -> None:
    """Give ``reason`` to the unmarked blocks that are wholly one of ``texts``, unless every unmarked
    block is one (a text made only of them is left as it is)."""
    if not texts:
        return
    kept = [i for i, v in enumerate(verdicts) if v is None]
    found = [i for i in kept if blocks[i].norm in texts]
    if len(found) < len(kept):
        for i in found:
            verdicts[i] = reason
