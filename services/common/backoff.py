"""Capped exponential backoff between attempts at something that keeps failing (pure, no clock)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Backoff:
    """After the n-th failure in a row, wait ``first_s * 2**(n-1)`` seconds, never more than
    ``cap_s``; a success starts the sequence over."""

    first_s: float = 0.25
    cap_s: float = 5.0
    failures: int = 0

    def failed(self) -> float:
        """Count one more failure; the seconds to wait before the next attempt."""
        self.failures += 1
        return min(self.cap_s, self.first_s * 2 ** min(self.failures - 1, 32))

    def succeeded(self) -> None:
        self.failures = 0
