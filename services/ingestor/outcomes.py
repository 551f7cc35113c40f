"""What became of an input that gave no article: rejected, or skipped.

A :class:`Rejection` is a bad input (unreadable, binary, empty, malformed): ``copydesk ingest``
names it, goes on with the others, and exits 1. A :class:`Skip` is a path passed over on purpose
(a hidden file, a FIFO): it is named and counted but is not an error. Both print as
``input: reason``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rejection:
    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


@dataclass(frozen=True)
class Skip:
    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"
