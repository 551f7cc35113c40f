"""Dated teasers: a list of teaser cards whose date the page text glues to the teaser's first word.

A news site's "more stories" list sets each card as a kicker, a headline and a teaser led by its
date; when the date and the teaser are inline elements with no space between them, page text
joins them: "16.12.2021Ein BR-Beitrag berichtet ...", "21 сентября 2021Серия А. Итоги тура",
"10.08.2022 11:05Wieviel Haus ...". A story never glues a date (or a date and its time) to its
next word or to an opening quote, so such a block is a card's teaser. A dated teaser run is
TEASERS_MIN or more such blocks, each GAP_MIN to GAP_MAX blocks under the one before, with only
card heads between them (unmarked or menu or link lines of at most HEAD_WORDS_MAX words: a
kicker, a headline). The run
reaches up over the first card's heads (at most as many blocks as the run's fullest card has) and
ends with its last teaser. Nothing in this reads words: dates are day.month.year, day/month/year,
year-month-day, or a day, a word and a year (the month's name in any language).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

TEASERS_MIN = 3
GAP_MIN, GAP_MAX = 2, 4  # a teaser under one to three heads (a kicker, a headline, a label)
HEAD_WORDS_MAX = 20
TEASER_WORDS_MAX = 80
_OPEN: tuple[RemovalReason | None, ...] = (None, "navigation", "related-links")
_GLUED_DATE = re.compile(
    r"\s*(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [^\W\d_]{3,12}\.? \d{4})"
    r"(?:,? \d{1,2}:\d{2})?(?:[^\W\d_]|[\"„«“])"
)


def is_dated_teaser(block: Block, verdict: RemovalReason | None) -> bool:
    """An open block of at most TEASER_WORDS_MAX words opening with a date glued to a letter or a quote."""
    return verdict in _OPEN and block.n_words <= TEASER_WORDS_MAX and bool(_GLUED_DATE.match(block.text))


def dated_teaser_spans(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None]) -> list[tuple[int, int]]:
    """[start, end) of every dated teaser run (see the module docstring), in order, never overlapping."""
    dated = [i for i, (b, v) in enumerate(zip(blocks, verdicts, strict=True)) if is_dated_teaser(b, v)]
    spans: list[tuple[int, int]] = []
    chain: list[int] = []
    for i in dated:
        if chain and not _card_below(blocks, verdicts, chain[-1], i):
            _close(chain, spans, blocks, verdicts)
            chain = []
        chain.append(i)
    _close(chain, spans, blocks, verdicts)
    return spans


def _card_below(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], last: int, at: int) -> bool:
    """The teaser at ``at`` closes the card right under the teaser at ``last``."""
    return GAP_MIN <= at - last <= GAP_MAX and all(_is_head(blocks[k], verdicts[k]) for k in range(last + 1, at))


def _is_head(block: Block, verdict: RemovalReason | None) -> bool:
    return verdict in _OPEN and 1 <= block.n_words <= HEAD_WORDS_MAX


def _close(
    chain: list[int],
    spans: list[tuple[int, int]],
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
) -> None:
    if len(chain) < TEASERS_MIN:
        return
    heads = max(chain[k + 1] - chain[k] for k in range(len(chain) - 1)) - 1
    start = chain[0]
    while start > chain[0] - heads and start - 1 >= 0 and _is_head(blocks[start - 1], verdicts[start - 1]):
        start -= 1
    if spans and start < spans[-1][1]:
        start = spans[-1][1]
    spans.append((start, chain[-1] + 1))
