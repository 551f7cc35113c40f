"""The projector: enriched events from Kafka into the store, idempotent by construction.

Each poll's records are decoded and written by ``store.apply`` in one transaction together
with their (topic, partition, offset). On (re)assignment the consumer seeks to the offsets the
store holds, so the store, not Kafka's committed offsets, decides where consumption resumes:
redelivery and replay never double-count. Offsets are also committed to Kafka, for lag
monitoring only (a failed commit is logged, not fatal). A record that cannot be decoded is
sent to the dead-letter topic.
"""

from __future__ import annotations

import logging
import threading
import time

from kafka import ConsumerRebalanceListener, KafkaConsumer
from kafka.errors import KafkaError

from events.codec import DecodeError, decode, encode
from events.models import ArticleEnriched
from services.bus.port import Publisher, Record
from services.common.dead_letters import dead_letter
from services.common.metrics import Metrics
from services.store.port import Delivery, Store

log = logging.getLogger(__name__)

ASSIGNMENT_PATIENCE_S = 30


class _SeekToStoredOffsets(ConsumerRebalanceListener):
    def __init__(self, consumer: KafkaConsumer, store: Store, topic: str) -> None:
        self.consumer, self.store, self.topic = consumer, store, topic

    def on_partitions_revoked(self, revoked) -> None:  # noqa: ANN001 - kafka-python's signature
        pass

    def on_partitions_assigned(self, assigned) -> None:  # noqa: ANN001
        stored = self.store.offsets(self.topic)
        for tp in assigned:
            if tp.partition in stored:
                self.consumer.seek(tp, stored[tp.partition])
            else:
                self.consumer.seek_to_beginning(tp)


class Projector:
    """Consume ``topic`` into ``store`` until ``stop()`` (or, with ``until_caught_up``, the log end).

    The projector owns its consumer and the dead-letter publisher: ``run`` closes both on exit.
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
    ) -> None:
        self.store, self.topic, self.metrics = store, topic, metrics
        self.dead_letters, self.dead_letter_topic = dead_letters, dead_letter_topic
        self.batch_size, self.batch_ms = batch_size, batch_ms
        self._stop = threading.Event()
        self._bootstrap, self._group = bootstrap, group
        self._consumer = self._new_consumer()

    def _new_consumer(self) -> KafkaConsumer:
        consumer = KafkaConsumer(
            bootstrap_servers=self._bootstrap,
            group_id=self._group,
            client_id=f"{self._group}-projector",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=self.batch_size,
            fetch_max_bytes=64 * 1024 * 1024,
            max_partition_fetch_bytes=32 * 1024 * 1024,
        )
        consumer.subscribe([self.topic], listener=_SeekToStoredOffsets(consumer, self.store, self.topic))
        return consumer

    def stop(self) -> None:
        self._stop.set()

    def run(self, until_caught_up: bool = False) -> int:
        """Project until stopped; return the number of new events applied."""
        applied = 0
        unassigned_since = time.monotonic()
        try:
            while not self._stop.is_set():
                if self._consumer.assignment():
                    unassigned_since = time.monotonic()
                elif time.monotonic() - unassigned_since > ASSIGNMENT_PATIENCE_S:
                    # Seen after a broker restart: kafka-python never got the group coordinator.
                    # A new consumer starts the group protocol afresh; offsets come from the store.
                    log.warning("projector: no partitions after %ds; reconnecting", ASSIGNMENT_PATIENCE_S)
                    self._consumer.close(autocommit=False)
                    self._consumer = self._new_consumer()
                    unassigned_since = time.monotonic()
                polled = self._consumer.poll(timeout_ms=self.batch_ms, max_records=self.batch_size)
                records = [r for batch in polled.values() for r in batch]
                if records:
                    applied += self._apply(records)
                    self._commit()
                lag = self._lag()
                if lag is not None:
                    self.metrics.projector_lag.set(lag)
                    if until_caught_up and lag == 0:
                        break
        finally:
            self._consumer.close(autocommit=False)
            self.dead_letters.close()
        return applied

    def _apply(self, records: list) -> int:
        deliveries: list[Delivery] = []
        for record in records:
            try:
                event = decode(record.value, ArticleEnriched)
            except DecodeError as exc:
                self._park(record, exc)
                continue
            deliveries.append(Delivery(event, record.topic, record.partition, record.offset))
        started = time.perf_counter()
        new = self.store.apply(deliveries) if deliveries else 0
        self.metrics.projected_batches.observe(time.perf_counter() - started)
        self.metrics.messages.labels("projector", "ok").inc(new)
        self.metrics.messages.labels("projector", "skipped").inc(len(deliveries) - new)
        return new

    def _commit(self) -> None:
        try:
            self._consumer.commit()
        except KafkaError as exc:  # e.g. the group rebalanced meanwhile: the next batch commits
            log.warning("projector: committing offsets to Kafka failed (%s); the store has them", exc)

    def _park(self, record, exc: Exception) -> None:  # noqa: ANN001
        letter = dead_letter(
            stage="projector", topic=record.topic, partition=record.partition, offset=record.offset,
            key=record.key, value=record.value, exc=exc,
        )
        self.dead_letters.publish([Record(self.dead_letter_topic, letter.article_id, encode(letter))])
        self.metrics.messages.labels("projector", "dead-lettered").inc()
        log.warning("projector: %s[%d]@%d dead-lettered: %s", record.topic, record.partition, record.offset, exc)

    def _lag(self) -> int | None:
        """Records between this consumer's positions and each partition's high watermark as of its
        last fetch response; None until every assigned partition has had one.

        No network call: kafka-python keeps the high watermark of every fetch, so a loop that
        polls often does not also pay a ListOffsets round trip per poll.
        """
        assigned = self._consumer.assignment()
        if not assigned:
            return None
        lag = 0
        for tp in assigned:
            highwater = self._consumer.highwater(tp)
            if highwater is None:
                return None
            lag += max(0, highwater - self._consumer.position(tp))
        return lag
