"""`copydesk load PATH...`: the offline pipeline straight into the store, no broker.

For a first look and small imports; production runs through Kafka. Each call applies its
articles and their story changes (StoryUpdated, so merges apply as from the stream) through the
same ``Store.apply`` the projector uses, in batches, under topic names of their own
(``copydesk-load:<run id>`` and ``...:stories``) so the offsets of one load never hide another's.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Sequence

from events.models import InputFormat
from services.commands.process import OfflinePipeline, enrich_inputs
from services.common.settings import Settings
from services.ingestor.sources import Rejection
from services.store.port import Delivery, Store

BATCH = 200


def load(
    store: Store,
    pipeline: OfflinePipeline,
    paths: Sequence[str],
    fmt: InputFormat | None,
    source: str | None,
    max_bytes: int,
) -> tuple[int, int]:
    """Project every readable input; return (articles applied, inputs rejected)."""
    topic = f"copydesk-load:{uuid.uuid4().hex[:12]}"
    stories = f"{topic}:stories"
    applied = rejected = offset = changes = 0
    batch: list[Delivery] = []
    for item in enrich_inputs(pipeline, paths, fmt, source, max_bytes):
        if isinstance(item, Rejection):
            rejected += 1
            print(f"copydesk: rejected {item}", file=sys.stderr)
            continue
        batch.append(Delivery(item, topic, 0, offset))
        offset += 1
        for update in pipeline.take_story_updates():
            batch.append(Delivery(update, stories, 0, changes))
            changes += 1
        if len(batch) >= BATCH:
            applied += _articles_applied(store, batch, topic)
            batch = []
    if batch:
        applied += _articles_applied(store, batch, topic)
    return applied, rejected


def _articles_applied(store: Store, batch: list[Delivery], topic: str) -> int:
    """Apply ``batch``; the number of its articles (on ``topic``) that were new. The load's topics
    are its own, so every story change in it is new too."""
    return store.apply(batch) - sum(1 for d in batch if d.topic != topic)


def run(
    settings: Settings, paths: Sequence[str], fmt: InputFormat | None, source: str | None, skip_cleaning: bool
) -> int:
    from services.bootstrap import build_offline_pipeline, open_configured_store

    store = open_configured_store(settings)
    try:
        pipeline = build_offline_pipeline(settings, skip_cleaning)
        applied, rejected = load(store, pipeline, paths, fmt, source, settings.max_input_bytes)
        stats = store.stats()
    finally:
        store.close()
    print(
        f"loaded {applied} article(s) into {settings.store_url}, rejected {rejected} input(s); "
        f"the store holds {stats['articles']} article(s)"
    )
    return 1 if rejected else 0
