"""`copydesk ingest PATH...|-`: publish one ArticleReceived per article to the raw topic."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from events.models import ArticleReceived
from events.topics import RAW
from services.bus.port import Publisher
from services.ingestor.publish import publish_articles
from services.ingestor.sources import Rejection, read_inputs


def ingest(
    publisher: Publisher, topic: str, paths: Sequence[str], *, fmt=None, source=None, max_bytes: int  # noqa: ANN001
) -> tuple[list[ArticleReceived], list[Rejection]]:
    """Publish every readable article (confirmed by the bus); return what was sent and rejected."""
    accepted: list[ArticleReceived] = []
    rejected: list[Rejection] = []
    batch: list[ArticleReceived] = []
    for item in read_inputs(paths, fmt=fmt, source=source, max_bytes=max_bytes):
        if isinstance(item, Rejection):
            rejected.append(item)
            print(f"copydesk: rejected {item}", file=sys.stderr)
            continue
        batch.append(item)
        if len(batch) >= 100:
            publish_articles(publisher, topic, batch)
            accepted.extend(batch)
            batch = []
    if batch:
        publish_articles(publisher, topic, batch)
        accepted.extend(batch)
    return accepted, rejected


def run(settings, paths: Sequence[str], fmt, source) -> int:  # noqa: ANN001
    from services.bootstrap import connect_cluster
    from services.bus.kafka import KafkaPublisher

    cluster = connect_cluster(settings, start=False)
    publisher = KafkaPublisher(cluster.bootstrap)
    try:
        accepted, rejected = ingest(
            publisher, RAW.name(settings.topic_prefix), paths, fmt=fmt, source=source, max_bytes=settings.max_input_bytes
        )
    finally:
        publisher.close()
    print(f"ingested {len(accepted)} article(s), rejected {len(rejected)} input(s)")
    return 1 if rejected else 0
