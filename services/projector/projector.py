"""The projector: enriched events (and story changes) from the bus into the store, idempotent by construction.

A record goes one way through four steps, each a method below, in this order:

1. ``_poll``: the consumer (``services.bus.port.Consumer``) gives a batch of records. On each
   assignment it starts every partition at the offset the STORE holds (``_stored_offsets``), so
   the store, not the group's committed offsets, decides where consumption resumes: redelivery
   and replay never double-count.
2. decode and flatten: ``flatten``, a pure function of the record's value, makes it into the
   store's rows (as JSON bytes), in a pool of worker processes when configured
   (``services.common.pool_map``). The pool works on one batch while step 3 writes the one before.
3. ``_write``: a record that did not decode is sent to the dead-letter topic with its original
   bytes and confirmed there first; then the batch's rows and their (topic, partition, offset)
   go into the store in ONE transaction (``store.apply``).
4. ``_commit``: the offsets after the batch are committed to the bus, for lag monitoring only.

At most one batch is being decoded; it is written before its partitions are given up (a
rebalance, a replaced consumer) and when the run stops. A bus error is logged and the poll
retried after a capped exponential backoff; a dead letter is retried until it is confirmed.
Every wait is bounded, so ``stop()`` takes effect within seconds even while the bus is away.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from datetime import datetime
from typing import cast

import orjson

from events.codec import DecodeError, decode, encode
from events.models import ArticleEnriched, ArticleWithdrawn, StoryUpdated
from services.bus.port import Consumer, ConsumerError, Partition, Publisher, PublishError, Received, Record
from services.common.backoff import Backoff
from services.common.dead_letters import dead_letter
from services.common.lag import LagSampler
from services.common.metrics import Metrics
from services.common.pool_map import Mapped, PoolMap
from services.projector.collector import collector_paused
from services.store.port import FlatDelivery, Store
from services.store.rows import (
    ARTICLE_COLUMNS,
    ArticleRows,
    Rows,
    rows_from_json,
    rows_of,
    rows_to_json,
    story_rows_of,
    withdrawal_rows_of,
)

log = logging.getLogger(__name__)

LAG_SAMPLE_S = 5.0  # per-partition lag gauges; the total (projector_lag) is set every poll
_RECEIVED_AT = ARTICLE_COLUMNS.index("received_at")
_FAILED = b'{"error":'  # how flatten's output starts for a value that is no event


def flatten(value: bytes | None) -> bytes:
    """Step 2, pure: a record value decoded as ArticleEnriched, StoryUpdated or ArticleWithdrawn and
    flattened into the store's rows, as JSON ``{"rows": ...}``; ``{"error": why}`` when it is none."""
    try:
        event = decode(value if value is not None else b"", (ArticleEnriched, StoryUpdated, ArticleWithdrawn))
    except DecodeError as exc:
        return orjson.dumps({"error": str(exc)})
    rows: Rows
    if isinstance(event, ArticleWithdrawn):
        rows = withdrawal_rows_of(event)
    elif isinstance(event, StoryUpdated):
        rows = story_rows_of(event)
    else:
        rows = rows_of(cast(ArticleEnriched, event))  # the one type left of those asked for
    return orjson.dumps({"rows": rows_to_json(rows)})


class Projector:
    """Consume ``topics`` into ``store`` until ``stop()`` (or, with ``until_caught_up``, the end of
    every partition). ``run`` closes the consumer, the dead-letter publisher and the decoder pool."""

    def __init__(
        self,
        consumer: Consumer,
        store: Store,
        topics: Sequence[str],
        dead_letters: Publisher,
        dead_letter_topic: str,
        metrics: Metrics,
        *,
        batch_size: int = 500,
        batch_ms: int = 200,
        decoders: PoolMap | None = None,
        observe_latency: bool = True,
    ) -> None:
        self.consumer, self.store, self.metrics = consumer, store, metrics
        self.topics = list(topics)
        self.dead_letters, self.dead_letter_topic = dead_letters, dead_letter_topic
        self.batch_size, self.batch_ms = batch_size, batch_ms
        self.decoders = decoders or PoolMap(flatten)
        # copydesk_end_to_end_seconds; off for a replay, whose events were received long before
        self.observe_latency = observe_latency
        self._stop = threading.Event()
        self._decoding: tuple[list[Received], Mapped] | None = None  # step 2's batch
        self._applied = 0
        self._backoff = Backoff()
        self._lag_sampler, self._lag_sampled_at = LagSampler(metrics.consumer_lag), 0.0
        consumer.subscribe(self.topics, start_at=self._stored_offsets, on_revoke=lambda _: self._finish_decoding())

    def stop(self) -> None:
        self._stop.set()

    def run(self, until_caught_up: bool = False) -> int:
        """Project until stopped; return the number of new events applied."""
        finished, self._applied = False, 0
        try:
            while not self._stop.is_set():
                records = self._poll()
                self.metrics.consumed.labels("projector").inc(len(records))
                ready = self._decoding
                self._decoding = (records, self.decoders.submit([r.value for r in records])) if records else None
                if ready:
                    self._write(*ready)  # while the pool decodes the batch just polled
                lag = self._lag()
                if lag is not None:
                    self.metrics.projector_lag.set(lag)
                    if until_caught_up and lag == 0:  # so nothing is being decoded either
                        break
            finished = True
        finally:
            try:
                if finished:
                    self._finish_decoding()  # stopped: what was fetched is written, not fetched again
                self._decoding = None  # after a failure: read again from the stored offsets
            finally:
                self.consumer.close()
                self.dead_letters.close()
                self.decoders.close()
        return self._applied

    def _stored_offsets(self, partitions: list[Partition]) -> dict[Partition, int]:
        """Where each assigned partition resumes: the next offset the store holds for it."""
        stored = self._stored({p.topic for p in partitions})
        return {p: stored[p.topic][p.partition] for p in partitions if p.partition in stored[p.topic]}

    def _stored(self, topics: set[str]) -> dict[str, dict[int, int]]:
        """The next offset the store holds per partition, of each of ``topics``."""
        return {topic: self.store.offsets(topic) for topic in topics}

    def _not_stored(self, deliveries: list[FlatDelivery]) -> list[FlatDelivery]:
        """The deliveries past the store's offsets: the ones the write adds (redeliveries are skipped)."""
        stored = self._stored({d.topic for d in deliveries})
        return [d for d in deliveries if d.offset >= stored[d.topic].get(d.partition, 0)]

    def _poll(self) -> list[Received]:
        """Step 1: the next records; [] after a bus error, which is logged, the next attempt then
        waiting a capped exponential backoff (cut short by ``stop()``)."""
        try:
            records = self.consumer.poll(self.batch_ms / 1000, self.batch_size)
        except ConsumerError as exc:
            delay = self._backoff.failed()
            log.warning("projector: the bus failed (%s); retrying in %.2fs", exc, delay)
            self._stop.wait(delay)
            return []
        self._backoff.succeeded()
        return records

    def _finish_decoding(self) -> None:
        """Write the batch being decoded, if any (before its partitions are given up, or at the end)."""
        ready, self._decoding = self._decoding, None
        if ready:
            self._write(*ready)

    def _write(self, records: list[Received], decoding: Mapped) -> None:
        """Step 3: park the records that did not decode, then write the others' rows with every
        record's offset in one transaction. Parking comes first: the write stores the batch's
        offsets, and a dead letter still unconfirmed then would be lost if the projector stopped."""
        outputs = decoding.result()
        for record, output in zip(records, outputs, strict=True):
            if output.startswith(_FAILED) and not self._park(record, DecodeError(orjson.loads(output)["error"])):
                return  # stopping: the batch is not written, and is read again by the next run
        with collector_paused():  # the batch's objects have no cycles: no collection while they live
            deliveries = [
                FlatDelivery(rows_from_json(orjson.loads(output)["rows"]), r.topic, r.partition, r.offset)
                for r, output in zip(records, outputs, strict=True)
                if not output.startswith(_FAILED)
            ]
            new = self._not_stored(deliveries) if self.observe_latency else []
            started = time.perf_counter()
            applied = self.store.apply(deliveries) if deliveries else 0
            self.metrics.projected_batches.observe(time.perf_counter() - started)
        self.metrics.messages.labels("projector", "ok").inc(applied)
        self.metrics.messages.labels("projector", "skipped").inc(len(deliveries) - applied)
        for seconds in latencies(new, time.time()):
            self.metrics.end_to_end_seconds.observe(seconds)
        self._applied += applied
        self._commit(records)

    def _commit(self, records: list[Received]) -> None:
        """Step 4: commit the offsets after ``records`` (written, or parked), for monitoring."""
        after: dict[Partition, int] = {}
        for r in records:
            after[r.at] = max(after.get(r.at, 0), r.offset + 1)
        for p, offset in after.items():
            self.metrics.applied_offset.labels(p.topic, str(p.partition)).set(offset)
        self.consumer.commit(after)

    def _park(self, record: Received, exc: Exception) -> bool:
        """Send ``record`` to the dead-letter topic, again and again with backoff until the bus
        confirms it; False (not parked) only once ``stop()`` was called."""
        letter = dead_letter(
            stage="projector",
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            key=record.key,
            value=record.value,
            exc=exc,
        )
        backoff = Backoff()
        while True:
            try:
                self.dead_letters.publish([Record(self.dead_letter_topic, letter.article_id, encode(letter))])
                break
            except PublishError as error:
                if self._stop.is_set():
                    log.warning(
                        "projector: stopping with dead letter %s unconfirmed; its batch is not written",
                        letter.article_id,
                    )
                    return False
                delay = backoff.failed()
                log.warning(
                    "projector: dead letter %s not confirmed (%s); retrying in %.2fs", letter.article_id, error, delay
                )
                self._stop.wait(delay)
        self.metrics.messages.labels("projector", "dead-lettered").inc()
        log.warning("projector: %s[%d]@%d dead-lettered: %s", record.topic, record.partition, record.offset, exc)
        return True

    def _lag(self) -> int | None:
        """Records not yet written: the batch being decoded plus each partition's lag; None
        until every assigned partition's lag is known. Every LAG_SAMPLE_S the partitions' lags
        also go to the per-partition gauge."""
        lags = self.consumer.lags()
        now = time.monotonic()
        if now - self._lag_sampled_at >= LAG_SAMPLE_S:
            self._lag_sampled_at = now
            self._lag_sampler.show({(p.topic, p.partition): lag for p, lag in lags.items() if lag is not None})
        if not lags or None in lags.values():
            return None
        return sum(lag for lag in lags.values() if lag is not None) + (len(self._decoding[0]) if self._decoding else 0)


def latencies(deliveries: list[FlatDelivery], now: float) -> tuple[float, ...]:
    """Seconds from each delivered article's receipt to ``now`` (epoch seconds); other events
    (story changes, withdrawals) have no receipt time and are left out."""
    return tuple(
        now - datetime.fromisoformat(d.rows.article[_RECEIVED_AT]).timestamp()
        for d in deliveries
        if isinstance(d.rows, ArticleRows)
    )
