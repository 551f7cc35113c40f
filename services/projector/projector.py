"""The projector: enriched events from Kafka into the store, idempotent by construction.

Each poll's records are decoded and written by ``store.apply`` in one transaction together
with their (topic, partition, offset). On (re)assignment the consumer seeks to the offsets the
store holds, so the store, not Kafka's committed offsets, decides where consumption resumes:
redelivery and replay never double-count. Offsets are also committed to Kafka, for lag
monitoring only (a failed commit is logged, not fatal). A record that cannot be decoded is
sent to the dead-letter topic.

Three stages overlap: while a writer (see ``writer``) writes one batch into the store, in a
process of its own when configured, a flattener (see ``flattener``) decodes the next, in worker
processes when configured, and this thread polls the one after. At most one batch is in each
stage; both are written before partitions are given up in a rebalance, before a reconnect and
when the run stops.
"""

from __future__ import annotations

import logging
import threading
import time

from kafka import ConsumerRebalanceListener, KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata

from events.codec import encode
from services.bus.port import Publisher, Record
from services.common.dead_letters import dead_letter
from services.common.metrics import Metrics
from services.projector.flattener import Decoded, Flattener, InlineFlattener
from services.projector.writer import InlineWriter, StoreWriter
from services.store.port import Store

log = logging.getLogger(__name__)

ASSIGNMENT_PATIENCE_S = 30
PARTITION_FETCH_BYTES = 4 * 1024 * 1024


class _SeekToStoredOffsets(ConsumerRebalanceListener):
    def __init__(self, projector: Projector) -> None:
        self.projector = projector

    def on_partitions_revoked(self, revoked) -> None:  # noqa: ANN001 - kafka-python's signature
        self.projector.finish_in_flight()  # write what was fetched while the partitions were ours

    def on_partitions_assigned(self, assigned) -> None:  # noqa: ANN001
        consumer, topic = self.projector.consumer, self.projector.topic
        stored = self.projector.store.offsets(topic)
        for tp in assigned:
            if tp.partition in stored:
                consumer.seek(tp, stored[tp.partition])
            else:
                consumer.seek_to_beginning(tp)


class Projector:
    """Consume ``topic`` into ``store`` until ``stop()`` (or, with ``until_caught_up``, the log end).

    The projector owns its consumer, the dead-letter publisher, the flattener and the writer (both
    in-thread when none is given): ``run`` closes all four on exit. ``store`` gives the offsets to
    resume from; it is what the writer writes to.
    """

    def __init__(
        self,
        store: Store,
        bootstrap: str,
        topic: str,
        group: str,
        dead_letters: Publisher,
        dead_letter_topic: str,
        metrics: Metrics,
        batch_size: int = 500,
        batch_ms: int = 200,
        flattener: Flattener | None = None,
        writer: StoreWriter | None = None,
    ) -> None:
        self.store, self.topic, self.metrics = store, topic, metrics
        self.dead_letters, self.dead_letter_topic = dead_letters, dead_letter_topic
        self.batch_size, self.batch_ms = batch_size, batch_ms
        self.flattener = flattener or InlineFlattener()
        self.writer = writer or InlineWriter(store)
        self._stop = threading.Event()
        self._bootstrap, self._group = bootstrap, group
        self._in_flight: list[ConsumerRecord] = []  # submitted to the flattener
        self._writing: list[ConsumerRecord] = []  # submitted to the writer, not yet accounted for
        self._applied = 0
        self.consumer = self._new_consumer()

    def _new_consumer(self) -> KafkaConsumer:
        consumer = KafkaConsumer(
            bootstrap_servers=self._bootstrap,
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
        )
        consumer.subscribe([self.topic], listener=_SeekToStoredOffsets(self))
        return consumer

    def stop(self) -> None:
        self._stop.set()

    def run(self, until_caught_up: bool = False) -> int:
        """Project until stopped; return the number of new events applied."""
        unassigned_since = time.monotonic()
        finished, self._applied = False, 0
        try:
            while not self._stop.is_set():
                if self.consumer.assignment():
                    unassigned_since = time.monotonic()
                elif time.monotonic() - unassigned_since > ASSIGNMENT_PATIENCE_S:
                    # Seen after a broker restart: kafka-python never got the group coordinator.
                    # A new consumer starts the group protocol afresh; offsets come from the store.
                    log.warning("projector: no partitions after %ds; reconnecting", ASSIGNMENT_PATIENCE_S)
                    self.finish_in_flight()
                    self.consumer.close(autocommit=False)
                    self.consumer = self._new_consumer()
                    unassigned_since = time.monotonic()
                polled = self.consumer.poll(timeout_ms=self.batch_ms, max_records=self.batch_size)
                records = [r for batch in polled.values() for r in batch]
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
                self.consumer.close(autocommit=False)
                self.dead_letters.close()
                self.flattener.close()
                self.writer.close()
        return self._applied

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
        """Hand a decoded batch to the writer, once the batch it holds is written."""
        self._finish_writing()
        self.writer.submit([(r.topic, r.partition, r.offset) for r in records], decoded)
        self._writing = records

    def _finish_writing(self) -> None:
        """Wait for the batch the writer holds, if any: park its records that did not decode,
        count it and commit its offsets."""
        if not self._writing:
            return
        records, self._writing = self._writing, []
        written = self.writer.result()
        for position, exc in written.failures:
            self._park(records[position], exc)
        self.metrics.projected_batches.observe(written.seconds)
        self.metrics.messages.labels("projector", "ok").inc(written.applied)
        self.metrics.messages.labels("projector", "skipped").inc(written.skipped)
        self._applied += written.applied
        self._commit(records)

    def _commit(self, records: list[ConsumerRecord]) -> None:
        """Commit to Kafka the offsets after ``records`` (written, or parked), for monitoring."""
        after: dict[TopicPartition, int] = {}
        for r in records:
            tp = TopicPartition(r.topic, r.partition)
            after[tp] = max(after.get(tp, 0), r.offset + 1)
        try:
            self.consumer.commit({tp: OffsetAndMetadata(offset, "", -1) for tp, offset in after.items()})
        except KafkaError as exc:  # e.g. the group rebalanced meanwhile: the next batch commits
            log.warning("projector: committing offsets to Kafka failed (%s); the store has them", exc)

    def _park(self, record: ConsumerRecord, exc: Exception) -> None:
        letter = dead_letter(
            stage="projector", topic=record.topic, partition=record.partition, offset=record.offset,
            key=record.key, value=record.value, exc=exc,
        )
        self.dead_letters.publish([Record(self.dead_letter_topic, letter.article_id, encode(letter))])
        self.metrics.messages.labels("projector", "dead-lettered").inc()
        log.warning("projector: %s[%d]@%d dead-lettered: %s", record.topic, record.partition, record.offset, exc)

    def _lag(self) -> int | None:
        """Records not yet written: those in flight plus those between this consumer's positions
        and each partition's high watermark as of its last fetch response; None until every
        assigned partition has had one.

        No network call: kafka-python keeps the high watermark of every fetch, so a loop that
        polls often does not also pay a ListOffsets round trip per poll.
        """
        assigned = self.consumer.assignment()
        if not assigned:
            return None
        lag = len(self._in_flight) + len(self._writing)
        for tp in assigned:
            highwater = self.consumer.highwater(tp)
            if highwater is None:
                return None
            lag += max(0, highwater - self.consumer.position(tp))
        return lag
