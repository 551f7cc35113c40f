"""Consumer lag per topic and partition, sampled from what the consumer already knows.

Lag is the broker's high watermark (as of the consumer's last fetch response: no network call)
minus the consumer's position: for the worker, the offset it would commit (every record below it
settled), so the lag counts what a restart would have to do again; for the projector, its fetch
position. ``partition_lags`` is the pure part; ``LagSampler`` sets the gauge, and removes the
series of partitions no longer held, so a partition that moved to another process is not shown
twice.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Protocol, TypeVar

from prometheus_client import Gauge


class TopicPartition(Hashable, Protocol):
    """kafka-python's and faust's TopicPartition alike (read-only named tuples)."""

    @property
    def topic(self) -> str: ...

    @property
    def partition(self) -> int: ...


PartitionT = TypeVar("PartitionT", bound=TopicPartition)


def partition_lags(
    partitions: Iterable[PartitionT],
    highwater: Callable[[PartitionT], int | None],
    position: Callable[[PartitionT], int | None],
) -> dict[tuple[str, int], int]:
    """(topic, partition) -> records between ``position`` and ``highwater`` (never negative), for
    every partition whose two offsets are known now. A lookup that raises (a partition revoked
    meanwhile, a broker away) leaves that partition out, like one not known yet."""
    lags: dict[tuple[str, int], int] = {}
    for tp in partitions:
        try:
            end, at = highwater(tp), position(tp)
        except Exception:  # noqa: BLE001 - not known now; the next sample tries again
            continue
        if end is not None and at is not None:
            lags[(tp.topic, tp.partition)] = max(0, end - at)
    return lags


class LagSampler:
    """Keeps ``gauge`` (labels topic, partition) equal to the last sample."""

    def __init__(self, gauge: Gauge) -> None:
        self.gauge = gauge
        self._shown: set[tuple[str, int]] = set()

    def sample(
        self,
        partitions: Iterable[PartitionT],
        highwater: Callable[[PartitionT], int | None],
        position: Callable[[PartitionT], int | None],
    ) -> dict[tuple[str, int], int]:
        return self.show(partition_lags(partitions, highwater, position))

    def show(self, lags: dict[tuple[str, int], int]) -> dict[tuple[str, int], int]:
        """Set the gauge to ``lags``, (topic, partition) -> lag; partitions left out are removed."""
        for (topic, partition), lag in lags.items():
            self.gauge.labels(topic, str(partition)).set(lag)
        held = {key for key in lags}
        for topic, partition in self._shown - held:
            self.gauge.remove(topic, str(partition))
        self._shown = held
        return lags
