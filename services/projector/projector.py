"""The projector: enriched events (and story changes) from Kafka into the store, idempotent by construction.

Each poll's records are decoded and written by ``store.apply`` in one transaction together
with their (topic, partition, offset). On (re)assignment the consumer seeks to the offsets the
store holds, so the store, not Kafka's committed offsets, decides where consumption resumes:
redelivery and replay never double-count. Offsets are also committed to Kafka, for lag
monitoring only (a failed commit is logged, not fatal). A record that cannot be decoded is
sent to the dead-letter topic, and confirmed there before its batch (and offset) is written.

Three stages overlap: while a writer (see ``writer``) writes one batch into the store, in a
process of its own when configured, a flattener (see ``flattener``) decodes the next, in worker
processes when configured, and this thread polls the one after. At most one batch is in each
stage; both are written before partitions are given up in a rebalance, before a reconnect and
when the run stops.

A broker that goes away and comes back (on the same address) does not end the run: kafka-python
reconnects by itself, retrying at least every second; a Kafka error that still escapes a call is
logged and the call retried after a capped exponential backoff; a dead letter is retried until
Kafka confirms it. Every wait on Kafka is bounded, so ``stop()`` takes effect within seconds even
while the broker is unreachable.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence

from kafka import ConsumerRebalanceListener, KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata

from events.codec import encode
from services.bus.port import Publisher, PublishError, Record
from services.common.dead_letters import dead_letter
from services.common.kafka_security import KafkaSecurity
from services.common.lag import LagSampler
from services.common.metrics import Metrics
from services.projector.backoff import Backoff
from services.projector.flattener import Decoded, Flattener, InlineFlattener, failures_of
from services.projector.writer import InlineWriter, StoreWriter
from services.store.port import Store

log = logging.getLogger(__name__)

ASSIGNMENT_PATIENCE_S = 30
STALL_PATIENCE_S = 30  # fetching nothing this long while records wait: a stuck consumer is replaced
PARTITION_FETCH_BYTES = 4 * 1024 * 1024
# kafka-python's default (30 s) let a consumer that lost the broker wait up to 30 s more to try
# again once the broker was back.
RECONNECT_BACKOFF_MAX_MS = 1000
COMMIT_TIMEOUT_MS = 2000  # the commit is for monitoring only: not worth holding the loop longer
CLOSE_TIMEOUT_MS = 2000
RENEWAL_BOOTSTRAP_TIMEOUT_MS = 5000
LAG_SAMPLE_S = 5.0  # per-partition lag gauges; the total (projector_lag) is set every poll


class _SeekToStoredOffsets(ConsumerRebalanceListener):
    def __init__(self, projector: Projector) -> None:
        self.projector = projector

    def on_partitions_revoked(self, revoked) -> None:  # noqa: ANN001 - kafka-python's signature
        self.projector.finish_in_flight()  # write what was fetched while the partitions were ours

    def on_partitions_assigned(self, assigned) -> None:  # noqa: ANN001
        consumer = self.projector.consumer
        stored = {topic: self.projector.store.offsets(topic) for topic in {tp.topic for tp in assigned}}
        for tp in assigned:
            if tp.partition in stored[tp.topic]:
                consumer.seek(tp, stored[tp.topic][tp.partition])
            else:
                consumer.seek_to_beginning(tp)


class Projector:
    """Consume ``topic`` (one name, or several: the enriched articles and the story changes) into
    ``store`` until ``stop()`` (or, with ``until_caught_up``, the log end of every one).

    The projector owns its consumer, the dead-letter publisher, the flattener and the writer (both
    in-thread when none is given): ``run`` closes all four on exit. ``store`` gives the offsets to
    resume from; it is what the writer writes to.
    """

    def __init__(
        self,
        store: Store,
        bootstrap: str,
        topic: str | Sequence[str],
        group: str,
        dead_letters: Publisher,
        dead_letter_topic: str,
        metrics: Metrics,
        batch_size: int = 500,
        batch_ms: int = 200,
        flattener: Flattener | None = None,
        writer: StoreWriter | None = None,
        session_timeout_s: float = 30.0,
        stall_patience_s: float = STALL_PATIENCE_S,
        security: KafkaSecurity = KafkaSecurity(),
        observe_latency: bool = True,
    ) -> None:
        self.topics = [topic] if isinstance(topic, str) else list(topic)
        # copydesk_end_to_end_seconds; off for a replay, whose events were received long before
        self.observe_latency = observe_latency
        self.store, self.topic, self.metrics = store, self.topics[0], metrics
        # a restarted projector waits this long for the group to let go of its dead predecessor
        self.session_timeout_ms = int(session_timeout_s * 1000)
        self.stall_patience_s = stall_patience_s
        self.dead_letters, self.dead_letter_topic = dead_letters, dead_letter_topic
        self.batch_size, self.batch_ms = batch_size, batch_ms
        self.flattener = flattener or InlineFlattener()
        self.writer = writer or InlineWriter(store)
        self._stop = threading.Event()
        self._bootstrap, self._group, self._security = bootstrap, group, security
        self._in_flight: list[ConsumerRecord] = []  # submitted to the flattener
        self._writing: list[ConsumerRecord] = []  # submitted to the writer, not yet accounted for
        self._applied = 0
        self._backoff = Backoff()
        self._unassigned_since = self._fetched_at = time.monotonic()
        self._lag_sampler, self._lag_sampled_at = LagSampler(metrics.consumer_lag), 0.0
        self.consumer = self._new_consumer()

    def _new_consumer(self, bootstrap_timeout_ms: int = 30_000) -> KafkaConsumer:
        """A consumer subscribed to the topic; building it waits up to ``bootstrap_timeout_ms``
        for the broker, then raises KafkaTimeoutError."""
        consumer = KafkaConsumer(
            **self._security.kafka_python(),
            bootstrap_servers=self._bootstrap,
            bootstrap_timeout_ms=bootstrap_timeout_ms,
            group_id=self._group,
            client_id=f"{self._group}-projector",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=self.batch_size,
            fetch_max_bytes=64 * 1024 * 1024,
            # A fetch takes at most this from each partition (and at least one record batch), so
            # each poll mixes the partitions' records and their times stay close: the store then
            # writes near the newest end of its tables. With 32 MiB a batch of a catching-up
            # projector came from one partition and spread over a wider stretch of time.
            max_partition_fetch_bytes=PARTITION_FETCH_BYTES,
            reconnect_backoff_max_ms=RECONNECT_BACKOFF_MAX_MS,
            session_timeout_ms=self.session_timeout_ms,
            heartbeat_interval_ms=min(3000, self.session_timeout_ms // 3),
        )
        consumer.subscribe(self.topics, listener=_SeekToStoredOffsets(self))
        return consumer

    def stop(self) -> None:
        self._stop.set()

    def run(self, until_caught_up: bool = False) -> int:
        """Project until stopped; return the number of new events applied."""
        finished, self._applied = False, 0
        self._unassigned_since = self._fetched_at = time.monotonic()
        try:
            while not self._stop.is_set():
                records = self._poll()
                self.metrics.consumed.labels("projector").inc(len(records))
                # Collect the batch in flight, start the next, then write the first while the next is decoded.
                ready = self._collect()
                if records:
                    self.flattener.submit([r.value for r in records])
                    self._in_flight = records
                if ready:
                    self._write(*ready)
                if self._writing and self.writer.done():
                    self._finish_writing()
                lag = self._lag()
                self._sample_partition_lag()
                if lag is not None:
                    self.metrics.projector_lag.set(lag)
                    if until_caught_up and lag == 0:  # so nothing is in flight or being written either
                        break
            finished = True
        finally:
            try:
                if finished:
                    self.finish_in_flight()  # stopped: what was fetched is written, not fetched again
                self._in_flight = self._writing = []  # after a failure: fetched again from the stored offsets
            finally:
                self.consumer.close(autocommit=False, timeout_ms=CLOSE_TIMEOUT_MS)
                self.dead_letters.close()
                self.flattener.close()
                self.writer.close()
        return self._applied

    def _poll(self) -> list[ConsumerRecord]:
        """The next records; [] after a Kafka error, which is logged, and the next attempt then
        waits a capped exponential backoff (cut short by ``stop()``).

        kafka-python reconnects by itself, yet a call can still raise while the broker is away
        (seen: the offset validation it runs after losing the broker); that must not end the run.
        """
        try:
            self._renew_consumer_if_stuck()
            polled = self.consumer.poll(timeout_ms=self.batch_ms, max_records=self.batch_size)
            if polled:
                self._fetched_at = time.monotonic()
        except KafkaError as exc:
            delay = self._backoff.failed()
            log.warning("projector: Kafka failed (%s: %s); retrying in %.2fs", type(exc).__name__, exc, delay)
            self._stop.wait(delay)
            return []
        self._backoff.succeeded()
        return [r for batch in polled.values() for r in batch]

    def _renew_consumer_if_stuck(self) -> None:
        """Replace the consumer once it has had no partitions for ASSIGNMENT_PATIENCE_S, or has
        fetched nothing for ``stall_patience_s`` while the broker holds records past its positions.

        Both seen: after a broker restart kafka-python never got the group coordinator; and a
        consumer assigned on empty partitions went on fetching nothing for 15 minutes while they
        filled. A new consumer starts the group protocol and the fetch sessions afresh; offsets
        come from the store. The old one is closed only once the new one is built, so while the
        broker is still away (building raises) nothing changes.
        """
        now = time.monotonic()
        if not self.consumer.assignment():
            if now - self._unassigned_since <= ASSIGNMENT_PATIENCE_S:
                return
            why = f"no partitions after {ASSIGNMENT_PATIENCE_S}s"
        else:
            self._unassigned_since = now
            if now - self._fetched_at <= self.stall_patience_s or not self._records_waiting():
                return
            why = f"nothing fetched for {self.stall_patience_s:g}s while records wait"
        log.warning("projector: %s; reconnecting", why)
        self.finish_in_flight()
        fresh = self._new_consumer(bootstrap_timeout_ms=RENEWAL_BOOTSTRAP_TIMEOUT_MS)
        self.consumer.close(autocommit=False, timeout_ms=CLOSE_TIMEOUT_MS)
        self.consumer = fresh
        self._unassigned_since = self._fetched_at = time.monotonic()

    def _records_waiting(self) -> bool:
        """Whether the broker holds records past this consumer's position on an assigned
        partition (one ListOffsets call; a position not known yet counts as waiting)."""
        assigned = list(self.consumer.assignment())
        ends = self.consumer.end_offsets(assigned, timeout_ms=COMMIT_TIMEOUT_MS)
        for tp in assigned:
            position = self.consumer.position(tp, timeout_ms=0)
            if position is None or ends.get(tp, 0) > position:
                return True
        self._fetched_at = time.monotonic()  # caught up: the clock starts again
        return False

    def finish_in_flight(self) -> None:
        """Write the batches the flattener and the writer hold, if any, and wait until they are written."""
        ready = self._collect()
        if ready:
            self._write(*ready)
        self._finish_writing()

    def _collect(self) -> tuple[list[ConsumerRecord], Decoded] | None:
        if not self._in_flight:
            return None
        records, self._in_flight = self._in_flight, []
        return records, self.flattener.results()

    def _write(self, records: list[ConsumerRecord], decoded: Decoded) -> None:
        """Hand a decoded batch to the writer, once the batch it holds is written. Its records that
        did not decode are parked first: the write stores the batch's offsets, and a dead letter
        still unconfirmed then would be lost if the projector stopped."""
        self._finish_writing()
        for position, exc in failures_of(decoded):
            if not self._park(records[position], exc):
                return  # stopping: the batch is not written, and is read again by the next run
        self.writer.submit([(r.topic, r.partition, r.offset) for r in records], decoded)
        self._writing = records

    def _finish_writing(self) -> None:
        """Wait for the batch the writer holds, if any: count it and commit its offsets (its
        records that did not decode were parked before it was written)."""
        if not self._writing:
            return
        records, self._writing = self._writing, []
        written = self.writer.result()
        self.metrics.projected_batches.observe(written.seconds)
        self.metrics.messages.labels("projector", "ok").inc(written.applied)
        self.metrics.messages.labels("projector", "skipped").inc(written.skipped)
        for seconds in written.latencies if self.observe_latency else ():
            self.metrics.end_to_end_seconds.observe(seconds)
        self._applied += written.applied
        self._commit(records)

    def _sample_partition_lag(self) -> None:
        """Every LAG_SAMPLE_S, each assigned partition's lag behind its high watermark (no network call)."""
        now = time.monotonic()
        if now - self._lag_sampled_at < LAG_SAMPLE_S:
            return
        self._lag_sampled_at = now
        self._lag_sampler.sample(
            self.consumer.assignment(), self.consumer.highwater, lambda tp: self.consumer.position(tp, timeout_ms=0))

    def _commit(self, records: list[ConsumerRecord]) -> None:
        """Commit to Kafka the offsets after ``records`` (written, or parked), for monitoring."""
        after: dict[TopicPartition, int] = {}
        for r in records:
            tp = TopicPartition(r.topic, r.partition)
            after[tp] = max(after.get(tp, 0), r.offset + 1)
        for tp, offset in after.items():
            self.metrics.applied_offset.labels(tp.topic, str(tp.partition)).set(offset)
        try:
            self.consumer.commit(
                {tp: OffsetAndMetadata(offset, "", -1) for tp, offset in after.items()}, timeout_ms=COMMIT_TIMEOUT_MS
            )
        except KafkaError as exc:  # e.g. the group rebalanced, or the broker is away: the next batch commits
            log.warning("projector: committing offsets to Kafka failed (%s); the store has them", exc)

    def _park(self, record: ConsumerRecord, exc: Exception) -> bool:
        """Send ``record`` to the dead-letter topic; False if the projector stopped before Kafka confirmed it."""
        letter = dead_letter(
            stage="projector", topic=record.topic, partition=record.partition, offset=record.offset,
            key=record.key, value=record.value, exc=exc,
        )
        if not self._publish_dead_letter(Record(self.dead_letter_topic, letter.article_id, encode(letter))):
            return False
        self.metrics.messages.labels("projector", "dead-lettered").inc()
        log.warning("projector: %s[%d]@%d dead-lettered: %s", record.topic, record.partition, record.offset, exc)
        return True

    def _publish_dead_letter(self, letter: Record) -> bool:
        """Publish ``letter``, again and again with backoff while Kafka does not confirm it; False
        (not published) only once ``stop()`` was called."""
        backoff = Backoff()
        while True:
            try:
                self.dead_letters.publish([letter])
                return True
            except (PublishError, KafkaError) as exc:
                if self._stop.is_set():
                    log.warning("projector: stopping with dead letter %s unconfirmed; its batch is not written", letter.key)
                    return False
                delay = backoff.failed()
                log.warning("projector: dead letter %s not confirmed (%s); retrying in %.2fs", letter.key, exc, delay)
                self._stop.wait(delay)

    def _lag(self) -> int | None:
        """Records not yet written: those in flight plus those between this consumer's positions
        and each partition's high watermark as of its last fetch response; None until every
        assigned partition has had one.

        No network call: kafka-python keeps the high watermark of every fetch, so a loop that
        polls often does not also pay a ListOffsets round trip per poll; and the position is asked
        for without waiting (``timeout_ms=0``), since after the broker was lost kafka-python
        validates positions with the broker, which raised out of the loop while it was away.
        """
        assigned = self.consumer.assignment()
        if not assigned:
            return None
        lag = len(self._in_flight) + len(self._writing)
        for tp in assigned:
            highwater = self.consumer.highwater(tp)
            if highwater is None:
                return None
            try:
                position = self.consumer.position(tp, timeout_ms=0)
            except KafkaError:  # unknown for now: the broker is away
                return None
            if position is None:
                return None
            lag += max(0, highwater - position)
        return lag
