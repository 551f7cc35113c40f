"""Near-duplicates: syndicated copies of one text (a new headline, a trimmed tail, a credit line
added, a paragraph moved), each pointed at the earliest copy, against a key-value state.

Pure, like :mod:`logic`: the state is any ``MutableMapping[str, JSON value]``. A body's
*fingerprint* is the MinHash (``NUM_PERM`` values) of its word 5-shingles and the number of
shingles. Candidates come from LSH: ``BANDS`` bands of ``ROWS`` values, so a pair of Jaccard
similarity 0.5 (a copy trimmed to 60% with a line added) is a candidate 87% of the time, 0.6 99%,
0.3 (same-story articles sharing stock phrases) 23%. A
candidate is a copy when the estimated *containment* of the shorter text in the longer
(``|A & B| / min(|A|, |B|)``, from the Jaccard estimate and the two sizes) is at least
``CONTAINMENT``, the shorter keeps at least ``MIN_SIZE_RATIO`` of the longer and has at least
``MIN_SHINGLES`` shingles: containment, not Jaccard, so a copy trimmed to 60% still matches.

Time window: only articles within ``window`` of each other (published, else received) are
compared, and bucket members older than the window (against the newest article placing itself in
the bucket) are dropped, with the fingerprint of an article no bucket holds any more. An article
without a time is compared with every candidate.

Earliest copy: ``duplicate_of`` is the earliest (by time; ties to the one already an original)
among the copies found and the originals they point to. An article earlier than every copy it
finds is an original itself, and the originals it found are redirected to it, so later copies
point at it. An article seen again gets its recorded answer (idempotent under redelivery).
The copies placed before it, which it now precedes, are *revised*: their answer becomes this
article (``CopyMatch.revised`` names them, for the story stage to publish), so ``duplicate_of``
does not depend on which copy reached the story stage first.

Articles are filed by the minute of their time; a minute entirely older than the window (before
the newest article's time) is forgotten: fingerprints, bucket places, redirections, answers. So
the state holds about a window's worth of articles. Articles without a time are never forgotten.

Keys (prefix ``nd:``): ``nd:b:<band>:<hash>`` -> [[article_id, time or null], ...];
``nd:fp:<id>`` -> {"t", "n", "v"}; ``nd:of:<id>`` -> [duplicate_of or "", time or null];
``nd:moved:<id>`` -> the earlier original that arrived after it; ``nd:revised:<id>`` -> the
articles its placement revised; ``nd:slot:<minute>`` -> the articles of that minute; ``nd:slots``
-> the minutes filed, sorted.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from datasketch import MinHash

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
CONTAINMENT = 0.8
MIN_SIZE_RATIO = 0.4
MIN_SHINGLES = 8  # a copy has at least 12 words: shorter lines are stock phrases, not articles
CAP = 50  # most articles kept per bucket
MAX_HOPS = 8  # redirections followed to an original (each hop is one earlier arrival)
DEFAULT_WINDOW = timedelta(days=3)
SHINGLE = 5
SLOT_SECONDS = 60  # articles are filed by the minute, and forgotten a minute at a time
_WORD = re.compile(r"\w+")
_INFINITE_PAST = float("-inf")


@dataclass(frozen=True)
class Fingerprint:
    values: list[int]
    shingles: int


def fingerprint(body: str) -> Fingerprint:
    """The MinHash of the body's lower-cased word 5-shingles, and how many distinct shingles it has."""
    words = _WORD.findall(body.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=7)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return Fingerprint([int(v) for v in mh.hashvalues], len(shingles) if words else 0)


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated share of the smaller shingle set found in the larger (0 when either is empty)."""
    if not a.shingles or not b.shingles:
        return 0.0
    jaccard = sum(x == y for x, y in zip(a.values, b.values, strict=True)) / NUM_PERM
    return min(1.0, jaccard * (a.shingles + b.shingles) / ((1 + jaccard) * min(a.shingles, b.shingles)))


def is_copy(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether one text is a (possibly trimmed or lightly edited) copy of the other."""
    small, large = sorted((a.shingles, b.shingles))
    return small >= MIN_SHINGLES and small >= MIN_SIZE_RATIO * large and containment(a, b) >= CONTAINMENT


@dataclass(frozen=True)
class CopyMatch:
    duplicate_of: str | None  # the earliest copy, when it came before this article
    copy: str | None  # an earlier-placed copy of this text (this one's original, or a later copy)
    revised: tuple[str, ...] = ()  # earlier-placed later copies whose duplicate_of is now this article


def find_original(
    article_id: str,
    body: str,
    at: datetime | None,
    state: MutableMapping[str, Any],
    window: timedelta = DEFAULT_WINDOW,
) -> CopyMatch:
    """The earliest copy of ``body`` among the articles placed before (``duplicate_of`` None when
    this is the earliest), recording ``article_id`` in ``state``. An article seen again gets its
    recorded answer's ``duplicate_of`` and ``revised`` (and ``copy`` None)."""
    known = state.get(f"nd:of:{article_id}")
    if known is not None:
        return CopyMatch(known[0] or None, None, tuple(state.get(f"nd:revised:{article_id}") or ()))
    fp = fingerprint(body)
    t = at.timestamp() if at is not None else None
    buckets = [f"nd:b:{b}:{_band_hash(fp.values, b)}" for b in range(BANDS)]
    copies = _copies(article_id, fp, t, buckets, state, window.total_seconds())
    original = _earliest(copies, t, state)
    revised: list[str] = []
    if original is None and copies:
        family = dict.fromkeys([_root(c, state) for c in copies] + copies)
        for found in copies:  # this one is earlier: later copies of those originals lead here
            root = _root(found, state)
            if root != article_id:
                state[f"nd:moved:{root}"] = article_id
        revised = [other for other in family if _revise(other, article_id, t, state)]
        if revised:
            state[f"nd:revised:{article_id}"] = revised
    state[f"nd:of:{article_id}"] = [original or "", t]
    if fp.shingles:
        state[f"nd:fp:{article_id}"] = {"t": t, "n": fp.shingles, "v": fp.values}
        _index(article_id, t, buckets, state, window.total_seconds())
    if t is not None:
        _expire(article_id, t, state, window.total_seconds())
    return CopyMatch(original, original or (copies[0] if copies else None), tuple(revised))


def revised_by(article_id: str, state: MutableMapping[str, Any]) -> tuple[str, ...]:
    """The articles whose answer ``article_id``'s placement revised (see ``CopyMatch.revised``)."""
    return tuple(state.get(f"nd:revised:{article_id}") or ())


def _revise(other: str, original: str, t: float | None, state: MutableMapping[str, Any]) -> bool:
    """Point ``other`` (placed before ``original``, and not earlier than it) at ``original``;
    whether its answer changed."""
    record = state.get(f"nd:of:{other}")
    if other == original or not record or record[0] == original:
        return False
    if t is not None and record[1] is not None and record[1] < t:
        return False
    state[f"nd:of:{other}"] = [original, record[1]]
    return True


def _band_hash(values: list[int], band: int) -> str:
    rows = values[band * ROWS : (band + 1) * ROWS]
    return hashlib.blake2b(",".join(map(str, rows)).encode(), digest_size=8).hexdigest()


def _copies(
    article_id: str,
    fp: Fingerprint,
    t: float | None,
    buckets: list[str],
    state: MutableMapping[str, Any],
    window: float,
) -> list[str]:
    seen: set[str] = {article_id}
    found: list[str] = []
    for bucket in buckets:
        for other, other_t in state.get(bucket) or ():
            if other in seen:
                continue
            seen.add(other)
            if t is not None and other_t is not None and abs(t - other_t) > window:
                continue
            record = state.get(f"nd:fp:{other}")
            if record and is_copy(fp, Fingerprint(record["v"], record["n"])):
                found.append(other)
    return found


def _root(article_id: str, state: MutableMapping[str, Any]) -> str:
    """The original ``article_id`` leads to: its recorded original, or the earlier arrival it was
    redirected to, followed at most MAX_HOPS times."""
    current = article_id
    for _ in range(MAX_HOPS):
        moved = state.get(f"nd:moved:{current}")
        record = state.get(f"nd:of:{current}")
        following = moved or (record[0] if record else "")
        if not following or following == current:
            break
        current = following
    return current


def _time_of(article_id: str, state: MutableMapping[str, Any]) -> float | None:
    record = state.get(f"nd:of:{article_id}")
    return record[1] if record else None


def _earliest(copies: list[str], t: float | None, state: MutableMapping[str, Any]) -> str | None:
    """The earliest of the copies and their originals, when it is not later than ``t``."""
    if not copies:
        return None
    family = dict.fromkeys([_root(c, state) for c in copies] + copies)

    def when(aid: str) -> tuple[float, int, str]:
        at = _time_of(aid, state)
        is_original = not (state.get(f"nd:of:{aid}") or [""])[0]
        return (_INFINITE_PAST if at is None else at, 0 if is_original else 1, aid)

    first = min(family, key=when)
    first_t = _time_of(first, state)
    if t is not None and first_t is not None and first_t > t:
        return None
    return first


def _index(
    article_id: str, t: float | None, buckets: list[str], state: MutableMapping[str, Any], window: float
) -> None:
    """Add the article to its buckets, dropping members out of the window or over CAP, and the
    fingerprints of articles no bucket holds any more."""
    dropped: set[str] = set()
    for bucket in buckets:
        members = [m for m in (state.get(bucket) or ()) if m[0] != article_id]
        kept = [m for m in members if t is None or m[1] is None or m[1] >= t - window]
        kept = (kept + [[article_id, t]])[-CAP:]
        dropped.update(m[0] for m in members if m not in kept)
        state[bucket] = kept
    for other in dropped:
        _forget_if_unindexed(other, state)


def _expire(article_id: str, t: float, state: MutableMapping[str, Any], window: float) -> None:
    """File the article under its minute, and forget every article of the minutes now entirely
    older than the window before ``t``: their fingerprints, their bucket places (an emptied
    bucket is deleted), their redirections and answers. So the state holds about a window's
    worth of articles, whatever the stream's length (an article redelivered after its window has
    passed is looked at afresh). ``nd:slots`` is sorted and written only when a minute is added or
    forgotten, so filing costs a lookup, not a rewrite of the list."""
    slot = int(t // SLOT_SECONDS)
    slots = list(state.get("nd:slots") or ())
    changed = False
    at = bisect.bisect_left(slots, slot)
    if at == len(slots) or slots[at] != slot:
        slots.insert(at, slot)
        changed = True
    filed = list(state.get(f"nd:slot:{slot}") or ())
    if article_id not in filed:
        state[f"nd:slot:{slot}"] = filed + [article_id]
    old = bisect.bisect_left(slots, int((t - window) // SLOT_SECONDS))
    for expired in slots[:old]:
        for other in state.get(f"nd:slot:{expired}") or ():
            _forget(other, state)
        del state[f"nd:slot:{expired}"]
    if old or changed:
        state["nd:slots"] = slots[old:]


def _forget(article_id: str, state: MutableMapping[str, Any]) -> None:
    record = state.get(f"nd:fp:{article_id}")
    if record:
        for band in range(BANDS):
            key = f"nd:b:{band}:{_band_hash(record['v'], band)}"
            members = state.get(key)
            if members is None:
                continue
            kept = [m for m in members if m[0] != article_id]
            if kept:
                if len(kept) != len(members):
                    state[key] = kept
            else:
                del state[key]
        del state[f"nd:fp:{article_id}"]
    for key in (f"nd:moved:{article_id}", f"nd:of:{article_id}", f"nd:revised:{article_id}"):
        if key in state:
            del state[key]


def _forget_if_unindexed(article_id: str, state: MutableMapping[str, Any]) -> None:
    record = state.get(f"nd:fp:{article_id}")
    if not record:
        return
    for band in range(BANDS):
        if any(m[0] == article_id for m in state.get(f"nd:b:{band}:{_band_hash(record['v'], band)}") or ()):
            return
    del state[f"nd:fp:{article_id}"]
