"""Document frequencies of the articles in the story state's window: one state key per article,
the totals kept in memory.

Definition: a term's (or entity's) document frequency is the number of articles the state
currently counts that contain it, and ``articles`` the number of articles it counts. An article
is counted when it is placed and stops being counted when clustering forgets it (its minute is
entirely older than the story window before the newest article, see :mod:`clustering`); an
article without a time is never forgotten. Integer counts, no decay, so the totals are a pure
function of the state. Terms are *hashed* into ``BUCKETS`` buckets (crc32); two terms sharing
a bucket add up, which can only lower a rare term's weight a little.

State keys, written only by :meth:`DocumentFrequencies.add` and :meth:`DocumentFrequencies.forget`:

- ``dfa:<article_id>`` -> ``[time or null, sorted distinct buckets]``: what the article counted.
- ``df:token`` -> a 16-hex-digit token chained from the previous token and the article id of
  each article counted (:func:`next_token`), so the same placements give the same token offline
  and in the stream.

So counting an article costs two writes, and forgetting one a delete, whatever its length.

The cache contract: the totals are kept in memory, next to the state they were derived from,
with the token they were last derived or written at. ``sync(state)`` rebuilds them from the
state's ``dfa:`` keys when the state's token differs (a fresh cache, a state rebuilt from its
changelog elsewhere, or one another worker wrote to). That is exact because every placement
that changes ``dfa:`` keys counts its article, hence writes a new token: forgetting only happens
in a placement, after its article was counted. Between ``sync`` and the end of the placement the
caller must not let anyone else write the state's ``dfa:`` or ``df:token`` keys.
"""

from __future__ import annotations

import hashlib
import math
import zlib
from array import array
from collections.abc import Iterable, MutableMapping
from typing import Any

BUCKETS = 1 << 20
TOKEN_KEY = "df:token"
PREFIX = "dfa:"


def bucket(term: str) -> int:
    return zlib.crc32(term.encode("utf-8")) & (BUCKETS - 1)


def next_token(token: str | None, article_id: str) -> str:
    """The token of a state whose last counted article is ``article_id``, after ``token``."""
    return hashlib.blake2b(f"{token or ''}\n{article_id}".encode(), digest_size=8).hexdigest()


class DocumentFrequencies:
    """The document frequencies of one state, kept in memory (see the module's cache contract)."""

    def __init__(self) -> None:
        self._counts = array("i", bytes(4 * BUCKETS))
        self.articles = 0
        self.token: str | None = None  # an empty state has no token, and nothing is counted

    def sync(self, state: MutableMapping[str, Any]) -> None:
        """Rebuild the totals from ``state``'s ``dfa:`` keys unless they are already derived from
        it (same token): O(state) when it rebuilds, O(1) otherwise."""
        token = state.get(TOKEN_KEY)
        if token == self.token:
            return
        self._counts = array("i", bytes(4 * BUCKETS))
        self.articles = 0
        for key in [k for k in state.keys() if k.startswith(PREFIX)]:
            self._count(state[key][1], 1)
        self.token = token

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency: ``ln((N + 1) / (df + 1)) + 1``."""
        return math.log((self.articles + 1) / (self._counts[bucket(term)] + 1)) + 1.0

    def count(self, term: str) -> int:
        """The document frequency of ``term``'s bucket."""
        return self._counts[bucket(term)]

    def add(self, state: MutableMapping[str, Any], article_id: str, t: float | None, features: Iterable[str]) -> None:
        """Count ``article_id`` (at time ``t``) holding ``features`` (each counted once), replacing
        what it counted before if it was counted already; writes its key and the new token."""
        self.forget(state, [article_id])
        buckets = sorted({bucket(f) for f in features})
        state[PREFIX + article_id] = [t, buckets]
        self._count(buckets, 1)
        self.token = state[TOKEN_KEY] = next_token(state.get(TOKEN_KEY), article_id)

    def forget(self, state: MutableMapping[str, Any], article_ids: Iterable[str]) -> None:
        """Stop counting the articles (those not counted are skipped): delete their keys."""
        for article_id in article_ids:
            counted = state.get(PREFIX + article_id)
            if counted is not None:
                self._count(counted[1], -1)
                del state[PREFIX + article_id]

    def _count(self, buckets: Iterable[int], sign: int) -> None:
        counts = self._counts
        for b in buckets:
            counts[b] += sign
        self.articles += sign
