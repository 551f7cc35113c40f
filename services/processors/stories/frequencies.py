"""Document frequencies of the recent past, kept incrementally in the story state.

A term's (or entity's) document frequency is how many recent articles contain it, counted with
an exponential decay: each article counts ``exp(-age / (window / 2))``, so the counts follow
the last window or so and an old burst of a word fades on its own, without a list of what to
subtract. Counts are *hashed*: a term goes to one of ``BUCKETS`` buckets (crc32), so the number
of keys is bounded by construction, whatever the vocabulary; two terms sharing a bucket add up,
which can only lower a rare term's weight a little. Each key holds one pair, the count and the
time it was last brought up to date, so reading or counting a term costs O(1).

Keys (prefix ``df:``): ``df:<bucket>`` -> [count, time]; ``df:n`` -> the same for the number of
articles. An article without a time counts at the newest time seen (``df:now``).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, MutableMapping
from typing import Any

BUCKETS = 1 << 20


def bucket(term: str) -> int:
    return zlib.crc32(term.encode("utf-8")) & (BUCKETS - 1)


class DocumentFrequencies:
    """Read and count document frequencies in ``state`` as of ``t`` (epoch seconds or None)."""

    def __init__(self, state: MutableMapping[str, Any], t: float | None, window_seconds: float) -> None:
        self._state = state
        now = state.get("df:now")
        if t is not None and (now is None or t > now):
            state["df:now"] = now = t
        self._t = t if t is not None else (now or 0.0)
        self._tau = max(window_seconds / 2, 1.0)
        self.articles = self._count("df:n")

    def _count(self, key: str) -> float:
        pair = self._state.get(key)
        if not pair:
            return 0.0
        count, at = pair
        return count * math.exp(-max(0.0, self._t - at) / self._tau)

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency: ``ln((N + 1) / (df + 1)) + 1``."""
        return math.log((self.articles + 1) / (self._count(f"df:{bucket(term)}") + 1)) + 1.0

    def add(self, features: Iterable[str]) -> None:
        """Count one article holding ``features`` (each counted once). An article older than a
        key's time counts at that time (decay only runs forward)."""
        keys = {f"df:{bucket(f)}" for f in features}
        keys.add("df:n")
        for key in keys:
            pair = self._state.get(key)
            at = self._t if not pair else max(self._t, pair[1])
            count = 0.0 if not pair else pair[0] * math.exp(-(at - pair[1]) / self._tau)
            self._state[key] = [count + 1.0, at]
