"""What a publisher promises: every record is durably accepted when ``publish`` returns.

``publish`` sends a batch of records and returns only when the bus has confirmed each of them
(for Kafka: acknowledged by all in-sync replicas, idempotent producer). It raises
:class:`PublishError` naming the first record that was not confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
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
