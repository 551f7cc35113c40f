"""Full-text row keys that sort like the article list, so SQLite's FTS5 can page newest first.

FTS5 walks its matches in rowid order cheaply (and stops at a LIMIT) but can only sort by
anything else after fetching every match. So on SQLite the article's rowid (``articles.seq``,
also its FTS5 rowid) is ``group * 2**SLOT_BITS + slot``: ``group`` is the list time
(published_at, else received_at) in whole milliseconds since 1970, clamped to about 1831..2109,
and ``slot`` tells apart articles of the same group (from a hash of the article id, the next
free one on collision). Rowid order therefore agrees with list order except *within* a group;
the search query completes the last group it touches and sorts exactly, so results are the
same as on every other engine.
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime

SLOT_BITS = 20
SLOTS = 1 << SLOT_BITS
GROUP_LIMIT = 1 << 42  # ms: +-139 years around 1970 keeps every key inside a signed 64-bit int
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def group_of(sort_at: str) -> int:
    """The group of a fixed-width UTC ISO time (see rows.iso): its clamped millisecond."""
    moment = datetime.fromisoformat(sort_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta = moment - _EPOCH
    ms = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    return max(-GROUP_LIMIT, min(GROUP_LIMIT - 1, ms))


def first_key(group: int) -> int:
    """The smallest rowid of ``group``."""
    return group * SLOTS


def preferred_key(group: int, article_id: str) -> int:
    """Where ``article_id`` goes in ``group`` when that slot is free."""
    return first_key(group) + (zlib.crc32(article_id.encode("utf-8")) & (SLOTS - 1))


def next_in_group(key: int) -> int:
    """The next slot of the same group, wrapping around inside the group."""
    group = key // SLOTS
    return first_key(group) + (key - first_key(group) + 1) % SLOTS
