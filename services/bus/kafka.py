"""Kafka publisher on kafka-python: acks=all, idempotence on explicitly, every send confirmed.

``enable_idempotence=True`` is stated on purpose: kafka-python silently turns idempotence off
when another setting conflicts with it, while an explicit True makes that a start-up error.
"""

from __future__ import annotations

from collections.abc import Sequence

from kafka import KafkaProducer
from kafka.errors import KafkaError
from kafka.partitioner.default import murmur2

from services.bus.port import PublishError, Record
from services.common.kafka_security import KafkaSecurity


class KafkaPublisher:
    def __init__(
        self,
        bootstrap: str,
        client_id: str = "copydesk-ingestor",
        timeout_s: float = 60.0,
        security: KafkaSecurity = KafkaSecurity(),
    ) -> None:
        self.timeout_s = timeout_s
        self._producer = KafkaProducer(
            **security.kafka_python(),
            bootstrap_servers=bootstrap,
            client_id=client_id,
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
            compression_type=None,
            max_request_size=64 * 1024 * 1024,  # a dead letter carries its record's bytes, base64 if binary
            max_block_ms=int(timeout_s * 1000),  # a send waits this long at most for its topic's metadata
        )

    def publish(self, records: Sequence[Record]) -> None:
        """Send ``records`` and return once the broker confirmed each; else raise PublishError
        (a topic or broker that stays unavailable for ``timeout_s`` included)."""
        try:
            futures = [
                (
                    r,
                    self._producer.send(
                        r.topic,
                        key=r.key.encode(),
                        value=r.value,
                        headers=list(r.headers),
                        partition=self._partition(r),
                    ),
                )
                for r in records
            ]
            self._producer.flush(timeout=self.timeout_s)
        except KafkaError as exc:  # no metadata for the topic, or the broker gone, for the whole timeout
            raise PublishError(f"{len(records)} record(s) not sent within {self.timeout_s:.0f} s: {exc!r}") from exc
        for record, future in futures:
            try:
                future.get(timeout=self.timeout_s)
            except KafkaError as exc:
                raise PublishError(f"{record.topic} key={record.key}: not confirmed: {exc}") from exc

    def _partition(self, record: Record) -> int | None:
        """Same murmur2 partitioner as for keys, applied to ``partition_by`` (e.g. the source)."""
        if record.partition_by is None:
            return None
        partitions = sorted(self._producer.partitions_for(record.topic))
        return partitions[(murmur2(record.partition_by.encode()) & 0x7FFFFFFF) % len(partitions)]

    def close(self) -> None:
        self._producer.close(timeout=self.timeout_s)
