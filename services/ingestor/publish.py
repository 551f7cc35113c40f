"""Publish what the ingestor read: ArticleReceived to the raw topic, ArticleWithdrawn to the enriched one.

Both are keyed by article_id. A received article is partitioned by source, which keeps every
article of one outlet on one partition, in order, so the cleaning stage's per-source line counts
(a faust table) live in one changelog partition. A withdrawal goes straight to the projector's
input, the enriched topic (partitioned by key, as the processors write it): no stage has work for
it, and a legal kill should not wait behind a batch of articles being parsed. It may overtake an
earlier version of its article still in the stages; the store orders the two by their receipt
times, not by arrival (see services.store.withdrawals).
"""

from __future__ import annotations

from collections.abc import Sequence

from events.codec import encode
from events.envelope import CONTENT_TYPE
from events.models import ArticleReceived, ArticleWithdrawn
from events.topics import ENRICHED, RAW
from services.bus.port import Publisher, Record


def to_record(event: ArticleReceived | ArticleWithdrawn, topic: str) -> Record:
    return Record(
        topic=topic,
        key=event.article_id,
        value=encode(event),
        headers=(("content-type", CONTENT_TYPE.encode()),),
        partition_by=event.source if isinstance(event, ArticleReceived) else None,
    )


def withdrawals_topic(raw_topic: str) -> str:
    """The enriched topic of the deployment whose raw topic is ``raw_topic`` (same prefix)."""
    if not raw_topic.endswith(RAW.base):
        raise ValueError(f"{raw_topic!r} is not a raw topic name (…{RAW.base}): pass withdrawals_topic")
    return ENRICHED.name(raw_topic[: -len(RAW.base)])


def publish_articles(
    publisher: Publisher,
    topic: str,
    events: Sequence[ArticleReceived | ArticleWithdrawn],
    *,
    withdrawals_to: str | None = None,
) -> None:
    """Publish and wait until every event is confirmed by the bus. ``topic`` is the raw topic;
    withdrawals go to ``withdrawals_to``, by default the enriched topic of the same prefix."""
    records = []
    for e in events:
        if isinstance(e, ArticleWithdrawn):
            records.append(to_record(e, withdrawals_to or withdrawals_topic(topic)))
        else:
            records.append(to_record(e, topic))
    publisher.publish(records)
