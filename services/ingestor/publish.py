"""Publish ArticleReceived events to the raw topic: keyed by article_id, partitioned by source.

Partitioning by source keeps every article of one outlet on one partition, in order, so the
cleaning stage's per-source line counts (a faust table) live in one changelog partition.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.codec import encode
from events.envelope import CONTENT_TYPE
from events.models import ArticleReceived
from services.bus.port import Publisher, Record


def to_record(event: ArticleReceived, topic: str) -> Record:
    return Record(
        topic=topic,
        key=event.article_id,
        value=encode(event),
        headers=(("content-type", CONTENT_TYPE.encode()),),
        partition_by=event.source,
    )


def publish_articles(publisher: Publisher, topic: str, events: Sequence[ArticleReceived]) -> None:
    """Publish and wait until every event is confirmed by the bus."""
    publisher.publish([to_record(e, topic) for e in events])
