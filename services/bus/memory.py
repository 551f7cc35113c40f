"""In-memory twins of the bus, for unit tests: a publisher appending to ``sent``, and a broker
whose topics consumers read in a group, one member holding every partition."""

from __future__ import annotations

from collections.abc import Sequence

from services.bus.port import ConsumerError, OnRevoke, Partition, Received, Record, StartAt


class MemoryPublisher:
    def __init__(self) -> None:
        self.sent: list[Record] = []
        self.closed = False

    def publish(self, records: Sequence[Record]) -> None:
        if self.closed:
            raise RuntimeError("publisher is closed")
        self.sent.extend(records)

    def close(self) -> None:
        self.closed = True

    def on(self, topic: str) -> list[Record]:
        return [r for r in self.sent if r.topic == topic]


class MemoryBroker:
    """Topics of ``partitions`` partitions each, as lists of records, and each group's committed offsets."""

    def __init__(self, partitions: int = 1) -> None:
        self.partitions = partitions
        self.logs: dict[Partition, list[Received]] = {}
        self.committed: dict[str, dict[Partition, int]] = {}

    def append(self, topic: str, key: bytes | None, value: bytes | None, partition: int = 0) -> Received:
        at = Partition(topic, partition)
        log = self.logs.setdefault(at, [])
        record = Received(topic, partition, len(log), key, value)
        log.append(record)
        return record

    def consumer(self, group: str) -> MemoryConsumer:
        return MemoryConsumer(self, group)


class MemoryConsumer:
    """A ``Consumer`` of a MemoryBroker: it is assigned every partition of its topics on its first
    poll. ``revoke()`` takes them away (the next poll assigns them again); ``rebalance_at`` = n
    makes the n-th poll from now revoke and reassign them first, as a Kafka rebalance does;
    ``fail_next`` = n makes the next n polls raise ConsumerError."""

    def __init__(self, broker: MemoryBroker, group: str) -> None:
        self.broker, self.group = broker, group
        self.topics: list[str] = []
        self.positions: dict[Partition, int] = {}
        self.fail_next = 0
        self.rebalance_at = 0
        self.closed = False
        self._start_at: StartAt = lambda partitions: {}
        self._on_revoke: OnRevoke = lambda partitions: None

    def subscribe(
        self,
        topics: Sequence[str],
        start_at: StartAt,
        on_revoke: OnRevoke,
    ) -> None:
        self.topics, self._start_at, self._on_revoke = list(topics), start_at, on_revoke

    def poll(self, timeout_s: float, max_records: int) -> list[Received]:
        if self.closed:
            raise RuntimeError("consumer is closed")
        if self.fail_next:
            self.fail_next -= 1
            raise ConsumerError("the memory broker failed this poll")
        if self.rebalance_at:
            self.rebalance_at -= 1
            if not self.rebalance_at:
                self.revoke()
        if not self.positions:
            assigned = [Partition(t, p) for t in self.topics for p in range(self.broker.partitions)]
            start = self._start_at(assigned)
            self.positions = {p: start.get(p, 0) for p in assigned}
        out: list[Received] = []
        for partition, position in sorted(self.positions.items()):
            taken = self.broker.logs.get(partition, [])[position : position + max_records - len(out)]
            out += taken
            self.positions[partition] = position + len(taken)
        return out

    def revoke(self) -> None:
        """A rebalance: the owner is told, then the partitions are gone until the next poll."""
        self._on_revoke(sorted(self.positions))
        self.positions = {}

    def commit(self, offsets: dict[Partition, int]) -> None:
        self.broker.committed.setdefault(self.group, {}).update(offsets)

    def lags(self) -> dict[Partition, int | None]:
        return {p: len(self.broker.logs.get(p, [])) - at for p, at in self.positions.items()}

    def close(self) -> None:
        self.closed = True
