"""Document frequencies over a time window, kept incrementally in the story state.

A term's (or entity's) document frequency is how many articles of the last ``window`` contain
it. Counts are *hashed*: a term goes to one of ``BUCKETS`` buckets (crc32), so the number of keys
is bounded by construction, whatever the vocabulary; two terms sharing a bucket add up, which
can only lower a rare term's weight a little. Each bucket holds counts per hour
(``[[hour, count], ...]``); hours older than the window are dropped whenever the bucket is
written, and ignored when it is read. So a key holds at most ``window / 1 h + 1`` pairs.

Keys (prefix ``df:``): ``df:<bucket>`` -> [[hour, count], ...]; ``df:n`` -> the same for the
number of articles. An article without a time counts in the hour of the newest article seen
(``df:now``).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, MutableMapping
from typing import Any

BUCKETS = 1 << 20
HOUR = 3600.0


def bucket(term: str) -> int:
    return zlib.crc32(term.encode("utf-8")) & (BUCKETS - 1)


class DocumentFrequencies:
    """Read and count document frequencies in ``state`` as of ``t`` (epoch seconds or None)."""

    def __init__(self, state: MutableMapping[str, Any], t: float | None, window_seconds: float) -> None:
        self._state = state
        now = state.get("df:now")
        if t is not None and (now is None or t > now):
            state["df:now"] = now = t
        self._hour = int((t if t is not None else (now or 0.0)) // HOUR)
        self._oldest = self._hour - int(math.ceil(window_seconds / HOUR))
        self.articles = self._count("df:n")

    def _count(self, key: str) -> int:
        return sum(c for h, c in self._state.get(key) or () if h >= self._oldest)

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency: ``ln((N + 1) / (df + 1)) + 1``."""
        return math.log((self.articles + 1) / (self._count(f"df:{bucket(term)}") + 1)) + 1.0

    def add(self, features: Iterable[str]) -> None:
        """Count one article holding ``features`` (each counted once)."""
        keys = {f"df:{bucket(f)}" for f in features}
        keys.add("df:n")
        for key in keys:
            counts = [p for p in self._state.get(key) or () if self._oldest <= p[0] != self._hour]
            current = next((p[1] for p in self._state.get(key) or () if p[0] == self._hour), 0)
            self._state[key] = counts + [[self._hour, current + 1]]
