"""The faust application hosting the stage agents: raw -> cleaned -> enriched.

Thin shell only: each agent decodes with our codec (raw bytes in, never pickle), calls one pure
handler from :mod:`services.processors.pipeline`, sends the result and waits for the broker's
acknowledgement, then counts. Any exception on one message sends that message to the
dead-letter topic and the stream goes on (faust would otherwise acknowledge it and drop it).

Delivery is at-least-once with agent concurrency 1: an offset is committed only after the
agent has finished the message, and the output send was confirmed before that. A crash
re-delivers the uncommitted messages; the projector's idempotent upsert absorbs the repeats.
"""

from __future__ import annotations

import logging
import time

import faust
from mode import CrashingSupervisor

from events.codec import decode, encode
from events.envelope import CONTENT_TYPE
from events.models import ArticleCleaned, ArticleReceived
from events.topics import CLEANED, DEAD_LETTER, ENRICHED, RAW
from services.common.dead_letters import dead_letter
from services.common.metrics import Metrics
from services.common.settings import Settings
from services.processors.entities import EntityExtractor
from services.processors.pipeline import handle_cleaned, handle_received

log = logging.getLogger(__name__)

HEADERS = {"content-type": CONTENT_TYPE.encode()}
# Table keys and values are JSON on their changelog topics (never the pickle codec).
JSON_SCHEMA = faust.Schema(key_serializer="json", value_serializer="json")


def line_count_key(source: str, line_key: str) -> str:
    return f"{source}\x1f{line_key}"


def create_app(settings: Settings, bootstrap: str, extractor: EntityExtractor, metrics: Metrics) -> faust.App:
    """Build the processors app; nothing connects until the worker starts it."""
    app = faust.App(
        settings.consumer_group,
        broker=f"kafka://{bootstrap}",
        store="memory://",  # tables are rebuilt from their changelog topics on start
        datadir=str(settings.home.resolve() / "faust" / "{conf.name}"),  # not the working directory
        processing_guarantee="at_least_once",
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        topic_allow_declare=True,
        stream_wait_empty=True,
        broker_commit_every=100,
        broker_commit_interval=1.0,
        broker_max_poll_records=50,
        producer_acks=-1,
        producer_max_request_size=32 * 1024 * 1024,
        consumer_auto_offset_reset="earliest",
        agent_supervisor=CrashingSupervisor,
        web_enabled=True,
        web_bind="127.0.0.1",
        web_host="127.0.0.1",
        web_port=settings.worker_web_port or 6066,
        web_tables_enabled=False,
        table_standby_replicas=0,
    )
    prefix = settings.topic_prefix
    raw = app.topic(RAW.name(prefix), key_type=bytes, value_type=bytes)
    cleaned_topic = app.topic(CLEANED.name(prefix), key_type=bytes, value_type=bytes)
    enriched_topic = app.topic(ENRICHED.name(prefix), key_type=bytes, value_type=bytes)
    dead_letters = app.topic(DEAD_LETTER.name(prefix), key_type=bytes, value_type=bytes)
    # Per-source line counts for learned boilerplate; the raw topic is partitioned by source,
    # so each source's counts live in one changelog partition.
    line_counts = app.Table(
        "line-counts", default=int, partitions=settings.topic_partitions, schema=JSON_SCHEMA
    )
    # Story and near-duplicate index. A plain (partitioned) table: the global-table variant
    # stalled recovery under load in our crash tests. One worker holds every partition, so it
    # sees all stories; with several workers, grouping is per worker (documented limitation).
    stories = app.Table("stories", partitions=settings.topic_partitions, schema=JSON_SCHEMA)

    stream_topics = {raw.get_topic_name(), cleaned_topic.get_topic_name()}

    @app.on_rebalance_complete.connect
    async def rewind_uncommitted(sender: faust.App, **kwargs: object) -> None:
        """Seek every stream partition that has no committed offset back to its first record.

        faust-streaming fetches and delivers stream records while tables still recover, and its
        fetch loop can drop a record that is in flight when the flow is paused. After recovery
        faust rewinds each stream partition to its committed offset, which re-delivers such a
        record, but aiokafka's rewind skips partitions whose committed offset is missing or 0.
        There the record was lost and the partition's commit stalled at it for good: seen in
        the crash test when the killed worker had never committed a partition (the restarted
        worker processed the records around the gap, committed nothing past it, and went idle).
        This runs just before faust's own rewind; earlier records are simply processed again.
        """
        consumer = sender.consumer
        committed = await consumer.seek_to_committed()
        fresh = [tp for tp, offset in committed.items() if tp.topic in stream_topics and not offset]
        if fresh:
            earliest = await consumer.earliest_offsets(*fresh)
            for tp in fresh:
                log.info("rewinding %s[%d] to %d: it has no committed offset", tp.topic, tp.partition, earliest[tp])
                await consumer.seek(tp, earliest[tp])

    async def send_confirmed(topic: faust.TopicT, key: str, value: bytes) -> None:
        future = await topic.send(key=key.encode(), value=value, headers=HEADERS)
        await future  # wait for the broker's ack before the offset can be committed

    async def park(message: faust.types.Message, stage: str, exc: BaseException) -> None:
        letter = dead_letter(
            stage=stage, topic=message.topic, partition=message.partition, offset=message.offset,
            key=message.key, value=message.value, exc=exc,
        )
        await send_confirmed(dead_letters, letter.article_id, encode(letter))
        metrics.messages.labels(stage, "dead-lettered").inc()

    @app.agent(raw, concurrency=1)
    async def cleaning(stream: faust.StreamT) -> None:
        async for event in stream.events():
            message = event.message
            try:
                received = decode(event.value, ArticleReceived)
                started = time.perf_counter()
                result, line_keys = handle_received(
                    received,
                    repeats=lambda key, src=received.source: line_counts[line_count_key(src, key)],
                    repeat_threshold=settings.repeat_threshold,
                )
                metrics.stage_seconds.labels("cleaning").observe(time.perf_counter() - started)
                await send_confirmed(cleaned_topic, result.article_id, encode(result))
                for key in line_keys:
                    line_counts[line_count_key(received.source, key)] += 1
                for removal in result.removed:
                    metrics.boilerplate_removed.labels(removal.reason).inc()
                metrics.messages.labels("cleaning", "ok").inc()
            except Exception as exc:  # noqa: BLE001 - every failure is parked, never dropped
                await park(message, "cleaning", exc)

    @app.agent(cleaned_topic, concurrency=1)
    async def enrichment(stream: faust.StreamT) -> None:
        async for event in stream.events():
            message = event.message
            try:
                cleaned = decode(event.value, ArticleCleaned)
                started = time.perf_counter()
                enriched = handle_cleaned(cleaned, extractor, stories)
                metrics.stage_seconds.labels("enrichment").observe(time.perf_counter() - started)
                await send_confirmed(enriched_topic, enriched.article_id, encode(enriched))
                metrics.messages.labels("enrichment", "ok").inc()
            except Exception as exc:  # noqa: BLE001 - every failure is parked, never dropped
                await park(message, "enrichment", exc)

    # Handles for tests (agent.test_context() and a replaced topic.send); not used in production.
    app.copydesk_agents = (cleaning, enrichment)  # type: ignore[attr-defined]
    app.copydesk_topics = {"cleaned": cleaned_topic, "enriched": enriched_topic, "dead_letter": dead_letters}  # type: ignore[attr-defined]
    return app
