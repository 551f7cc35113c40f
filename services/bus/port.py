"""The bus ports: publishing records (``Publisher``) and consuming them in a group (``Consumer``).

What a publisher promises: every record is durably accepted when ``publish`` returns.

``publish`` sends a batch of records and returns only when the bus has confirmed each of them
(for Kafka: acknowledged by all in-sync replicas, idempotent producer). It raises
:class:`PublishError` naming the first record that was not confirmed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Record:
    topic: str
    key: str
    value: bytes
    headers: tuple[tuple[str, bytes], ...] = field(default=())
    partition_by: str | None = None  # when set, the partition is chosen from this instead of the key


class PublishError(RuntimeError):
    """A record was not confirmed by the bus."""


class Publisher(Protocol):
    def publish(self, records: Sequence[Record]) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True, order=True)
class Partition:
    topic: str
    partition: int


@dataclass(frozen=True)
class Received:
    """One record as consumed: where it was read from, and its key and value as the bus holds them."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...] = field(default=())

    @property
    def at(self) -> Partition:
        return Partition(self.topic, self.partition)


StartAt = Callable[[list[Partition]], dict[Partition, int]]  # where each assigned partition starts
OnRevoke = Callable[[list[Partition]], None]  # told before partitions are taken away


class ConsumerError(RuntimeError):
    """The bus failed a consumer call; the caller may wait and call again (the consumer reconnects)."""


class Consumer(Protocol):
    """A member of a consumer group that starts each assigned partition where its caller says.

    ``subscribe`` once. On each assignment ``start_at(partitions)`` gives the offset to start each
    one at (a partition left out starts at its beginning): the caller's own record of progress, not
    the group's committed offsets, decides where consumption resumes. ``on_revoke(partitions)`` is
    called inside ``poll`` before partitions are taken away (a rebalance, or the consumer being
    replaced), so the caller can finish what it read from them.
    """

    def subscribe(
        self,
        topics: Sequence[str],
        start_at: StartAt,
        on_revoke: OnRevoke,
    ) -> None: ...

    def poll(self, timeout_s: float, max_records: int) -> list[Received]:
        """Up to ``max_records`` records, in offset order per partition, waiting at most about
        ``timeout_s`` for the first; raises ConsumerError when the bus failed the call."""

    def commit(self, offsets: dict[Partition, int]) -> None:
        """Record the next offsets to read in the group, for monitoring (failures are logged, not raised)."""

    def lags(self) -> dict[Partition, int | None]:
        """Each assigned partition's records between this consumer's position and its end, as of
        the last fetch (no network call); None for a partition whose lag is not known yet."""

    def close(self) -> None: ...
