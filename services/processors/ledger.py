"""Which offset of each stream partition is safe to commit. Pure: no Kafka, no faust.

The rule this enforces: an offset is committable on a partition only when every record from the
partition's base (its committed position when it was assigned to this worker) up to that offset
was *settled* by the stage — its output acknowledged by the broker, or the record dead-lettered.
Offsets are never inferred: a record that was skipped, dropped or never delivered holds the
commit back until it is settled, however many later records are.

A partition the ledger does not hold (never assigned, or revoked) ignores settlements: after a
rebalance its base is read from the broker again, so work from an older assignment can only
repeat records, never skip them.

Partitions are based once per assignment *generation* (the consumer group's generation id): a
partition's commit read again later in the same generation can be older than what was settled
since, so within a generation the ledger's own position is where consumption resumes (see
:meth:`OffsetLedger.resume_positions`).

A held-back commit is a *stall*. Records of one partition are processed in offset order, so a
stall with settled offsets above it means the record at the position was skipped in delivery and
will not arrive unless the consumer seeks back to it; :meth:`OffsetLedger.stalled` names such
partitions so the shell can seek them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

P = TypeVar("P", bound=Hashable)


@dataclass
class _Partition:
    position: int  # the first offset not yet settled: everything below it may be committed
    moved_at: float  # when the position last moved (or was based, or was reported stalled)
    settled: set[int] = field(default_factory=set)  # settled offsets above the position


class OffsetLedger(Generic[P]):
    """Settled offsets per partition, and the highest offset safe to commit on each."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._partitions: dict[P, _Partition] = {}
        self._generation: int | None = None  # the assignment generation the partitions were based for

    def assign(self, positions: Mapping[P, int], generation: int | None = None) -> None:
        """(Re)base partitions at the offset consumption resumes from, for assignment
        ``generation``; forgets what was settled on them."""
        now = self._clock()
        self._generation = generation
        for partition, position in positions.items():
            self._partitions[partition] = _Partition(position=position, moved_at=now)

    def revoke(self, partitions: Iterable[P]) -> None:
        for partition in partitions:
            self._partitions.pop(partition, None)

    def settle(self, partition: P, offset: int) -> None:
        """Record that the record at ``offset`` is done (output acknowledged, or dead-lettered)."""
        state = self._partitions.get(partition)
        if state is None or offset < state.position:
            return
        state.settled.add(offset)
        if offset != state.position:
            return
        while state.position in state.settled:
            state.settled.discard(state.position)
            state.position += 1
        state.moved_at = self._clock()

    def resume_positions(self, generation: int) -> dict[P, int] | None:
        """Where each held partition resumes when the consumer seeks again in ``generation``:
        its first unsettled offset. None when partitions were not based for ``generation`` yet
        (they must be based from the group's commits).

        Once based, a generation's partitions are never based again from the group's commits:
        those still hold what was committed before the records settled since, and basing there
        again would forget the settlements and process those records once more. A partition
        revoked in this generation stays out until the next generation bases it."""
        if generation != self._generation:
            return None
        return {partition: state.position for partition, state in self._partitions.items()}

    def partitions(self) -> list[P]:
        return list(self._partitions)

    def position(self, partition: P) -> int | None:
        """The offset to commit for ``partition`` (Kafka's "next record to read"), if held."""
        state = self._partitions.get(partition)
        return None if state is None else state.position

    def stalled(self, after_s: float, lagging: Callable[[P, int], bool]) -> dict[P, int]:
        """Partitions whose position has not moved for ``after_s`` seconds although records beyond
        it were settled, or ``lagging(partition, position)`` says records wait on the broker;
        mapped to the offset to seek back to. A reported partition's timer restarts."""
        now = self._clock()
        found: dict[P, int] = {}
        for partition, state in self._partitions.items():
            if now - state.moved_at < after_s:
                continue
            if state.settled or lagging(partition, state.position):
                found[partition] = state.position
                state.moved_at = now
        return found
