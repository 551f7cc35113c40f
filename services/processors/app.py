"""The faust application hosting the stage agents: raw -> cleaned -> extracted -> enriched.

Thin shell only: each agent decodes with our codec (raw bytes in, never pickle), calls one pure
handler from :mod:`services.processors.pipeline`, sends the result, and settles the record once
the broker acknowledged it. Any exception on one message sends that message to the
dead-letter topic and the stream goes on (faust would otherwise acknowledge it and drop it).

Delivery is at-least-once with agent concurrency 1: an agent *settles* a record in the
:class:`OffsetLedger` only after its output (or its dead letter) was acknowledged by the broker,
and the worker commits a partition only up to its first unsettled record (faust's own commit
bookkeeping is replaced: see :mod:`services.processors.committing`). A crash re-delivers what
was not committed; the projector's idempotent upsert absorbs the repeats.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import cast

import faust
from faust.types import TP
from mode import CrashingSupervisor

from events.codec import DecodeError, decode, encode
from events.envelope import CONTENT_TYPE
from events.models import ArticleCleaned, ArticleEnriched, ArticleReceived
from events.topics import CLEANED, DEAD_LETTER, ENRICHED, EXTRACTED, RAW, STORIES
from services.broker.topics import TopicShape
from services.common.dead_letters import dead_letter
from services.common.kafka_security import KafkaSecurity
from services.common.lag import LagSampler
from services.common.metrics import Metrics
from services.common.settings import Settings
from services.processors.committing import LedgerApp
from services.processors.entities import EntityExtractor
from services.processors.ledger import OffsetLedger
from services.processors.line_counts import count_article, repeats_for
from services.processors.pipeline import (
    extracted_batch,
    handle_received,
    placement,
)
from services.processors.pipeline import pass_through as pass_through_cleaning
from services.processors.quality import record_cleaned, record_placed
from services.processors.stories import StoryState
from services.processors.tables import acknowledged_table

log = logging.getLogger(__name__)

# A dead letter carries its record's original bytes, base64 when they are not UTF-8: room for
# the largest value the broker accepts (64 MiB, services.broker.local) after that growth.
MAX_RECORD_BYTES = 64 * 1024 * 1024
# Records faust may buffer per stream ahead of the agent. faust's conductor hands fetched records
# to the streams in fetch order and waits while a stream's buffer is full, so a backlog of one
# stage larger than its buffer held every other stage's records back behind it (the story agent
# got nothing for 18 s of a 500-article burst with 128). faust's default is 4096.
STREAM_BUFFER = 1024
LAG_SAMPLE_SECONDS = 5.0  # consumer lag gauges: cheap (no network call), not per message
HEADERS = {"content-type": CONTENT_TYPE.encode()}
# Table keys and values are JSON on their changelog topics (never the pickle codec).
JSON_SCHEMA: faust.Schema = faust.Schema(key_serializer="json", value_serializer="json")


def changelog_topics(app: faust.App) -> dict[str, TopicShape]:
    """Every table's changelog topic as faust would declare it (compacted, one partition per
    table partition), for the worker to create before it starts.

    faust declares these itself only once the worker runs; a second worker starting meanwhile
    can subscribe before the topic is in its metadata, and then waits for that table's recovery
    until the next metadata refresh (minutes), holding back every stream of the worker."""
    return {
        table.changelog_topic.get_topic_name(): TopicShape(
            table.partitions or app.conf.topic_partitions, {"cleanup.policy": "compact"}
        )
        for table in app.tables.values()
    }


def create_app(
    settings: Settings,
    bootstrap: str,
    extractor: EntityExtractor,
    metrics: Metrics,
    security: KafkaSecurity = KafkaSecurity(),
) -> faust.App:
    """Build the processors app; nothing connects until the worker starts it."""
    ledger: OffsetLedger[TP] = OffsetLedger()
    app = LedgerApp(
        settings.consumer_group,
        ledger=ledger,
        broker=f"kafka://{bootstrap}",
        broker_credentials=security.faust_credentials(),
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
        # Batch the many small sends (table changelog writes above all) into fewer produce requests:
        # 145 -> 134 CPU-s per 1,000 articles in a 1-worker run, the broker's share 21 -> 13.
        producer_linger=0.005,
        producer_max_request_size=MAX_RECORD_BYTES,
        broker_session_timeout=settings.session_timeout_seconds,
        broker_heartbeat_interval=min(3.0, settings.session_timeout_seconds / 3),
        stream_buffer_maxsize=STREAM_BUFFER,
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
    extracted_topic = app.topic(EXTRACTED.name(prefix), key_type=bytes, value_type=bytes, partitions=1)
    enriched_topic = app.topic(ENRICHED.name(prefix), key_type=bytes, value_type=bytes)
    stories_topic = app.topic(STORIES.name(prefix), key_type=bytes, value_type=bytes, partitions=1)
    dead_letters = app.topic(DEAD_LETTER.name(prefix), key_type=bytes, value_type=bytes)
    # Per-source line counts for learned boilerplate, each article counted once (see
    # services.processors.line_counts); the raw topic is partitioned by source, so each source's
    # counts live in one changelog partition.
    line_counts = acknowledged_table(app, "line-counts", partitions=settings.topic_partitions, schema=JSON_SCHEMA)
    # Story and near-duplicate index, with one owner: the story stage reads the one-partition
    # extracted topic, so whichever worker holds that partition sees every article in order, and
    # its state moves with the partition (changelog) when the worker stops or the group grows.
    stories = acknowledged_table(
        app, "story-index", partitions=1, schema=JSON_SCHEMA
    )  # not "stories": that one was partitioned
    story_state = StoryState(stories)  # keeps derived document frequencies in memory: one per app, not per record
    duplicate_window, story_window = settings.duplicate_window, settings.story_window

    # Benchmarks only: every stage passes its input on unchanged (no cleaning, entities, figures
    # or stories), to measure what Kafka, faust and the projector carry without the work.
    pass_through = settings.stages == "pass-through"
    # spaCy and the figures run here, one batch at a time, so the extractor is only ever used
    # from this one thread.
    nlp_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copydesk-nlp")
    delivered_at: dict[str, float] = {}  # stage input topic -> when its agent last got records
    stage_idle_s = settings.stall_seconds / 3
    stage_of = {
        raw.get_topic_name(): "cleaning",
        cleaned_topic.get_topic_name(): "enrichment",
        extracted_topic.get_topic_name(): "stories",
    }

    @app.timer(interval=max(1.0, settings.stall_seconds / 4))
    async def seek_stalled() -> None:
        """Seek back every partition whose commit is held back by a record faust never delivered
        (see :mod:`services.processors.committing`); the records from there are processed again."""
        if app.rebalancing:
            return
        consumer = app.consumer

        def lagging(tp: TP, position: int) -> bool:
            # While its stage is still being given records, the one at ``position`` may just be
            # queued behind them (a backlog): seeking back then only repeats work. A record faust
            # lost is found once the stage has gone without records for a while, or sooner when
            # a later record of its partition is settled (``ledger.stalled``).
            if time.monotonic() - delivered_at.get(tp.topic, 0.0) < stage_idle_s:
                return False
            try:
                highwater = consumer.highwater(tp)
            except AssertionError:  # aiokafka: no longer assigned (a rebalance is starting)
                return False
            return highwater is not None and highwater > position

        stalled = ledger.stalled(settings.stall_seconds, lagging)
        for tp, position in stalled.items():
            log.warning("%s[%d] stalled at offset %d: seeking back to it", tp.topic, tp.partition, position)
            metrics.stalls.labels(stage_of[tp.topic]).inc()
        if stalled:
            try:
                await consumer.seek_wait(stalled)  # in the consumer's thread (see LedgerConsumer)
            except Exception as exc:  # noqa: BLE001 - e.g. revoked meanwhile: the next assignment re-bases
                log.warning("seeking back stalled partitions failed: %r", exc)

    lag = LagSampler(metrics.consumer_lag)

    @app.timer(interval=LAG_SAMPLE_SECONDS)
    async def sample_lag() -> None:
        """Consumer lag of the stage partitions this worker holds: high watermark minus the
        position it would commit (see :mod:`services.common.lag`)."""
        lag.sample(ledger.partitions(), app.consumer.highwater, ledger.position)

    def within_limit(value: bytes | None) -> bytes:
        if value is None:
            raise DecodeError("the record has no value")
        if len(value) > settings.max_input_bytes:
            raise DecodeError(f"record value of {len(value)} bytes is over the {settings.max_input_bytes}-byte limit")
        return value

    async def send_confirmed(topic: faust.TopicT, key: str, value: bytes) -> None:
        future = await topic.send(key=key.encode(), value=value, headers=HEADERS)
        await future  # wait for the broker's ack before the offset can be committed

    async def send_then_settle(
        topic: faust.TopicT,
        key: str,
        value: bytes,
        message: faust.types.Message,
        stage: str,
        also: tuple[tuple[faust.TopicT, str, bytes], ...] = (),
        table_writes: Sequence[asyncio.Future] = (),
    ) -> None:
        """Send, and settle ``message`` once the broker acknowledges the output (each output in
        ``also``, and each of the record's ``table_writes``), without waiting for that: the agent
        goes on with the next record meanwhile (one round trip per record would cap a stage at the
        broker's latency). An output the broker refuses leaves its record unsettled: the commit
        waits there, and the stall seek delivers it again, and all its outputs are sent again."""
        futures = [await t.send(key=k.encode(), value=v, headers=HEADERS) for t, k, v in ((topic, key, value), *also)]
        future = (
            asyncio.ensure_future(futures[0])
            if len(futures) == 1 and not table_writes
            else asyncio.gather(*futures, *table_writes)
        )

        def settle(done: asyncio.Future) -> None:
            if not done.cancelled() and done.exception() is None:
                ledger.settle(message.tp, message.offset)
                metrics.messages.labels(stage, "ok").inc()
                metrics.produced.labels(stage).inc(len(futures))
            else:
                log.warning(
                    "%s: output of %s[%d]@%d not acknowledged; it will be processed again",
                    stage,
                    message.topic,
                    message.partition,
                    message.offset,
                )

        future.add_done_callback(settle)

    async def park(message: faust.types.Message, stage: str, exc: BaseException) -> None:
        letter = dead_letter(
            stage=stage,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key=message.key,
            value=message.value,
            exc=exc,
        )
        await send_confirmed(dead_letters, letter.article_id, encode(letter))
        ledger.settle(message.tp, message.offset)
        metrics.messages.labels(stage, "dead-lettered").inc()

    @app.agent(raw, concurrency=1)
    async def cleaning(stream: faust.StreamT) -> None:
        async for event in stream.events():
            message = event.message
            delivered_at[message.topic] = time.monotonic()
            metrics.consumed.labels("cleaning").inc()
            try:
                received = decode(within_limit(event.value), ArticleReceived)
                started = time.perf_counter()
                if pass_through:
                    result = pass_through_cleaning(received)
                else:
                    # Counted once per article: a record delivered again is cleaned as the first time.
                    result, line_keys = handle_received(
                        received,
                        repeats=repeats_for(line_counts, received.source, received.article_id),
                        repeat_threshold=settings.repeat_threshold,
                    )
                    count_article(line_counts, received.source, received.article_id, line_keys)
                metrics.stage_seconds.labels("cleaning").observe(time.perf_counter() - started)
                await send_then_settle(
                    cleaned_topic,
                    result.article_id,
                    encode(result),
                    message,
                    "cleaning",
                    table_writes=line_counts.take_unacknowledged(),
                )
                record_cleaned(metrics, result)
            except Exception as exc:  # noqa: BLE001 - every failure is parked, never dropped
                await park(message, "cleaning", exc)

    @app.agent(cleaned_topic, concurrency=1)
    async def enrichment(stream: faust.StreamT) -> None:
        """Articles in batches, parsed together; each record is settled once its output is
        acknowledged by the broker, and a failed article alone is parked."""
        batches = cast(faust.Stream, stream).take_events(  # declared on faust's Stream, not on StreamT
            settings.enrichment_batch, within=settings.enrichment_batch_seconds
        )
        async for events in batches:
            delivered_at[cleaned_topic.get_topic_name()] = time.monotonic()
            metrics.consumed.labels("enrichment").inc(len(events))
            batch = []
            for event in events:
                try:
                    batch.append((event, decode(within_limit(event.value), ArticleCleaned)))
                except Exception as exc:  # noqa: BLE001 - every failure is parked, never dropped
                    await park(event.message, "enrichment", exc)
            started = time.perf_counter()
            cleaned_batch = [cleaned for _, cleaned in batch]
            results: list[ArticleCleaned | ArticleEnriched | Exception] = list(cleaned_batch)
            if not pass_through:
                # Parsed in the worker's one NLP thread: meanwhile the event loop keeps fetching,
                # acknowledging, committing and running the other agents (the story agent among
                # them), instead of standing still for the whole batch.
                results = list(
                    await asyncio.get_running_loop().run_in_executor(
                        nlp_thread, extracted_batch, extractor, cleaned_batch
                    )
                )
            for (event, _), result in zip(batch, results, strict=True):
                try:
                    if isinstance(result, Exception):
                        raise result
                    extracted = (
                        result if isinstance(result, ArticleEnriched) else ArticleEnriched(**result.model_dump())
                    )
                    # Settled when acknowledged, not awaited here: the next batch goes to the
                    # NLP thread meanwhile (with the acks awaited here, that thread stood idle
                    # a third of the time in a profile).
                    await send_then_settle(
                        extracted_topic, extracted.article_id, encode(extracted), event.message, "enrichment"
                    )
                except Exception as exc:  # noqa: BLE001 - every failure is parked, never dropped
                    await park(event.message, "enrichment", exc)
            if batch:
                per_article = (time.perf_counter() - started) / len(batch)
                for _ in batch:
                    metrics.stage_seconds.labels("enrichment").observe(per_article)

    @app.agent(extracted_topic, concurrency=1)
    async def story(stream: faust.StreamT) -> None:
        """Each article placed in a story against the one story table, in the topic's order; the
        record is settled once the enriched article, its StoryUpdated events and its story-index
        changes are all acknowledged."""
        async for event in stream.events():
            message = event.message
            delivered_at[message.topic] = time.monotonic()
            metrics.consumed.labels("stories").inc()
            try:
                extracted = decode(within_limit(event.value), ArticleEnriched)
                started = time.perf_counter()
                changes: tuple[tuple[faust.TopicT, str, bytes], ...] = ()
                if pass_through:
                    enriched = extracted
                else:
                    enriched, updates = placement(extracted, story_state, duplicate_window, story_window)
                    changes = tuple((stories_topic, update.record_key, encode(update)) for update in updates)
                metrics.stage_seconds.labels("stories").observe(time.perf_counter() - started)
                await send_then_settle(
                    enriched_topic,
                    enriched.article_id,
                    encode(enriched),
                    message,
                    "stories",
                    also=changes,
                    table_writes=stories.take_unacknowledged(),
                )
                if not pass_through:
                    record_placed(metrics, enriched, updates[0])  # the placement's own change
                    for revision in updates[1:]:
                        metrics.story_changes.labels(revision.change).inc()
            except Exception as exc:  # noqa: BLE001 - every failure is parked, never dropped
                await park(message, "stories", exc)

    # Handles for tests (agent.test_context() and a replaced topic.send); not used in production.
    app.copydesk_agents = (cleaning, enrichment, story)
    app.copydesk_topics = {
        "cleaned": cleaned_topic,
        "extracted": extracted_topic,
        "enriched": enriched_topic,
        "stories": stories_topic,
        "dead_letter": dead_letters,
    }
    return app
