"""In-memory twin of the publisher, for unit tests: records are appended to ``sent``."""

from __future__ import annotations

from collections.abc import Sequence

from services.bus.port import Record


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
