"""Same-event clustering: an article joins the story it matches best, or opens one; an article
that strongly matches two stories merges them.

Pure, against the story state (any ``MutableMapping[str, JSON value]``, written only by
assignment). Three signals, combined into one score per candidate story::

    score = (TEXT_WEIGHT * text + ENTITY_WEIGHT * entities) * exp(-gap / TIME_SCALE)

- ``text``: cosine between the article's TF-IDF vector (terms of :mod:`terms`, document
  frequencies of the articles in the window from :mod:`frequencies`, the ``VECTOR_TERMS``
  heaviest kept) and the story's centroid (the sum of its articles' vectors, ``STORY_TERMS`` heaviest kept).
  Names, places and figures are rare terms and weigh most; a topic's stock words ("earthquake",
  "rubble") are frequent in the window and weigh little.
- ``entities``: the share of the article's salient entities (resolved ids, so spellings meet),
  weighted by their inverse document frequency, that the story has already seen. Two
  earthquakes share "earthquake" but not their cities, ministers or rescuers.
- ``gap``: how far the article's time (published, else received) lies outside the story's span
  of times; a story's last article older than the window is not a candidate at all.

The article joins the best story when its score is at least ``JOIN``. Every other candidate
that also scores at least ``MERGE`` (stricter) is the same event told twice: those stories are
merged into the oldest of them (by first article time, then id), which is the story the article
joins; the placement reports the others as merged. JOIN and MERGE were set on the constructed
dev corpus (``tests/unit/stories/event_corpus.py``, seeds 1-3) and checked on other seeds; see the README.

Candidates come from postings: each story is posted under its articles' salient entities and
their ``POSTED_TERMS`` heaviest terms (hashed into ``POSTING_BUCKETS`` keys, so the key count is
bounded by construction); a posting keeps the ``POSTING_CAP`` most recent stories, and at most
``MAX_CANDIDATES`` stories (most postings shared first) are scored. So one placement costs a
bounded amount of work whatever the number of stories.

Expiry (as :mod:`duplicates`): articles are filed by the minute of their time; when a minute is
entirely older than the window before the newest article, its articles' ``article:`` keys are
forgotten, and their stories too when the story's last article is older than the window (the
story record, its places in the postings, its merge alias). Articles without a time never
expire.

Keys: ``story:<id>`` -> {"t0", "t1", "n", "v": {term: weight}, "vn": the centroid's norm,
"e": {entity: articles}, "k": [posting buckets]}; ``sp:<bucket>`` -> [[story, last time], ...]; ``alias:<id>`` -> [the story
it was merged into, its last time]; ``st:slot:<minute>`` -> article ids; ``st:slots`` -> the
minutes filed, sorted. The document frequencies (:mod:`frequencies`) count the articles not yet
forgotten: :func:`file_and_expire` returns those it forgets.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

from services.processors.stories.frequencies import DocumentFrequencies, bucket
from services.processors.stories.terms import terms

TEXT_WEIGHT = 0.5
ENTITY_WEIGHT = 0.5
JOIN = 0.27
MERGE = 0.47
ENTITY_SHARE = 2.0  # an entity seen in half the story's articles counts fully; one article's, less
TIME_GRACE = 86400.0  # seconds outside the story's span that cost nothing: a day's follow-ups
TIME_SCALE = 2 * 86400.0  # beyond the grace, each further day costs 40% of the score
VECTOR_TERMS = 60
STORY_TERMS = 150
STORY_ENTITIES = 60
POSTED_TERMS = 10
POSTING_CAP = 32
MAX_CANDIDATES = 48
KEYS_CAP = 256
SLOT_SECONDS = 60


@dataclass(frozen=True)
class Features:
    """What an article brings to a story: its TF-IDF vector (unit length), its salient entities
    with their IDF weights, and the posting buckets it is found under."""

    vector: dict[str, float]
    entities: dict[str, float]
    postings: list[int]


@dataclass(frozen=True)
class Placement:
    story_id: str | None  # None: no story matched, the caller opens one
    merged: tuple[str, ...] = ()


def features(body: str, entity_ids: Sequence[str], freqs: DocumentFrequencies) -> tuple[Features, list[str]]:
    """The article's features, and every term and entity it holds (for the document frequencies)."""
    counts = terms(body)
    weights = {t: (1.0 + math.log(c)) * freqs.idf(t) for t, c in counts.items()}
    top = heapq.nlargest(VECTOR_TERMS, weights.items(), key=lambda kv: (kv[1], kv[0]))
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    vector = {t: w / norm for t, w in top}
    entities = {e: freqs.idf("@" + e) for e in entity_ids}
    posted = [bucket("@" + e) for e in entity_ids] + [bucket(t) for t, _ in top[:POSTED_TERMS]]
    return Features(vector, entities, list(dict.fromkeys(posted))), list(counts) + ["@" + e for e in entity_ids]


def score(f: Features, story: dict[str, Any], t: float | None) -> float:
    """How well an article with features ``f`` at time ``t`` matches ``story`` (0 to 1)."""
    centroid = story["v"]
    norm = story.get("vn") or 1.0
    text = sum(w * centroid.get(term, 0.0) for term, w in f.vector.items()) / norm
    mass = sum(f.entities.values())
    seen, size = story["e"], max(1, story["n"])
    shared = sum(w * min(1.0, ENTITY_SHARE * seen.get(e, 0) / size) for e, w in f.entities.items())
    entities = shared / mass if mass else 0.0
    gap = 0.0
    if t is not None and story["t0"] is not None:
        gap = max(0.0, t - story["t1"], story["t0"] - t)
    return (TEXT_WEIGHT * text + ENTITY_WEIGHT * entities) * math.exp(-max(0.0, gap - TIME_GRACE) / TIME_SCALE)


def place(
    f: Features,
    t: float | None,
    state: MutableMapping[str, Any],
    window: float,
) -> Placement:
    """The story an article with features ``f`` joins (None: none), and the stories it merges."""
    scored = []
    for story_id in _candidates(f, t, state, window):
        record = state.get(f"story:{story_id}")
        if record is None:
            continue
        if t is not None and record["t1"] is not None and record["t1"] < t - window:
            continue
        scored.append((score(f, record, t), story_id, record))
    if not scored:
        return Placement(None)
    scored.sort(key=lambda s: (-s[0], s[1]))
    best_score = scored[0][0]
    if best_score < JOIN:
        return Placement(None)
    if best_score < MERGE:
        return Placement(scored[0][1])
    strong = [(s[2]["t0"] if s[2]["t0"] is not None else -math.inf, s[1]) for s in scored if s[0] >= MERGE]
    survivor = min(strong)[1]
    merged = tuple(sorted(sid for _, sid in strong if sid != survivor))
    for other in merged:
        _merge(other, survivor, state)
    return Placement(survivor, merged)


def record(story_id: str, f: Features, t: float | None, state: MutableMapping[str, Any], window: float) -> None:
    """Add the article's features to ``story_id`` (opening its record) and post it."""
    old = state.get(f"story:{story_id}")
    story = _copy(old) if old else {"t0": t, "t1": t, "n": 0, "v": {}, "e": {}, "k": []}
    _absorb(story, {"t0": t, "t1": t, "n": 1, "v": f.vector, "e": dict.fromkeys(f.entities, 1), "k": f.postings})
    state[f"story:{story_id}"] = story
    _post(story_id, story["t1"], f.postings, state, window)


def resolve(story_id: str, state: MutableMapping[str, Any]) -> str:
    """The story ``story_id`` was merged into (itself when it was not), following merges."""
    for _ in range(16):
        alias = state.get(f"alias:{story_id}")
        if not alias:
            break
        story_id = alias[0]
    return story_id


def file_and_expire(article_id: str, t: float, state: MutableMapping[str, Any], window: float) -> list[str]:
    """File the article under its minute and forget the minutes now entirely older than the window:
    their articles' ``article:`` keys, and the stories whose last article is that old. Returns the
    articles forgotten (for the caller to forget their document frequencies)."""
    slot = int(t // SLOT_SECONDS)
    slots = list(state.get("st:slots") or ())
    at = bisect.bisect_left(slots, slot)
    changed = at == len(slots) or slots[at] != slot
    if changed:
        slots.insert(at, slot)
    filed = list(state.get(f"st:slot:{slot}") or ())
    if article_id not in filed:
        state[f"st:slot:{slot}"] = filed + [article_id]
    cutoff = t - window
    old = bisect.bisect_left(slots, int(cutoff // SLOT_SECONDS))
    forgotten: list[str] = []
    for expired in slots[:old]:
        filed_then = state.get(f"st:slot:{expired}")
        for other in filed_then or ():
            _forget_article(other, cutoff, state)
        if filed_then is not None:
            forgotten.extend(filed_then)
            del state[f"st:slot:{expired}"]
    if old or changed:
        state["st:slots"] = slots[old:]
    return forgotten


def _candidates(f: Features, t: float | None, state: MutableMapping[str, Any], window: float) -> list[str]:
    hits: dict[str, int] = {}
    for key in f.postings:
        for story_id, last in state.get(f"sp:{key}") or ():
            if t is not None and last is not None and last < t - window:
                continue
            hits[story_id] = hits.get(story_id, 0) + 1
    ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]
    return [story_id for story_id, _ in ranked]


def _post(
    story_id: str, last: float | None, keys: Sequence[int], state: MutableMapping[str, Any], window: float
) -> None:
    """Put ``story_id`` last in each posting, dropping stories whose last time is out of the window."""
    oldest = None if last is None else last - window
    for key in keys:
        entries = [
            p
            for p in state.get(f"sp:{key}") or ()
            if p[0] != story_id and (oldest is None or p[1] is None or p[1] >= oldest)
        ]
        state[f"sp:{key}"] = (entries + [[story_id, last]])[-POSTING_CAP:]


def _unpost(
    story_id: str,
    keys: Sequence[int],
    state: MutableMapping[str, Any],
    into: str | None = None,
    last: float | None = None,
) -> None:
    """Take ``story_id`` out of its postings (replaced by ``into`` when given); empty postings go."""
    for key in keys:
        entries = state.get(f"sp:{key}")
        if entries is None:
            continue
        kept = [p for p in entries if p[0] != story_id and p[0] != into]
        if into is not None:
            kept = (kept + [[into, last]])[-POSTING_CAP:]
        if kept:
            if kept != entries:
                state[f"sp:{key}"] = kept
        else:
            del state[f"sp:{key}"]


def _copy(story: dict[str, Any]) -> dict[str, Any]:
    return {**story, "v": dict(story["v"]), "e": dict(story["e"]), "k": list(story["k"])}


def _absorb(story: dict[str, Any], other: dict[str, Any]) -> None:
    """Add ``other``'s articles to ``story`` (in place: ``story`` is a fresh copy)."""
    times = [x for x in (story["t0"], other["t0"]) if x is not None]
    story["t0"] = min(times) if times else None
    times = [x for x in (story["t1"], other["t1"]) if x is not None]
    story["t1"] = max(times) if times else None
    story["n"] += other["n"]
    vector = story["v"]
    for term, w in other["v"].items():
        vector[term] = vector.get(term, 0.0) + w
    if len(vector) > STORY_TERMS:
        story["v"] = vector = dict(heapq.nlargest(STORY_TERMS, vector.items(), key=lambda kv: (kv[1], kv[0])))
    story["vn"] = math.sqrt(sum(w * w for w in vector.values()))
    seen = story["e"]
    for entity, count in other["e"].items():
        seen[entity] = seen.get(entity, 0) + count
    if len(seen) > STORY_ENTITIES:
        story["e"] = dict(heapq.nlargest(STORY_ENTITIES, seen.items(), key=lambda kv: (kv[1], kv[0])))
    story["k"] = list(dict.fromkeys(story["k"] + list(other["k"])))[:KEYS_CAP]


def _merge(other: str, survivor: str, state: MutableMapping[str, Any]) -> None:
    gone = state.get(f"story:{other}")
    kept = state.get(f"story:{survivor}")
    if gone is None or kept is None:
        return
    story = _copy(kept)
    _absorb(story, gone)
    state[f"story:{survivor}"] = story
    _unpost(other, gone["k"], state, into=survivor, last=story["t1"])
    del state[f"story:{other}"]
    state[f"alias:{other}"] = [survivor, gone["t1"]]


def _forget_article(article_id: str, cutoff: float, state: MutableMapping[str, Any]) -> None:
    story_id = state.get(f"article:{article_id}")
    if story_id is None:
        return
    del state[f"article:{article_id}"]
    for _ in range(16):  # along the merges, forgetting aliases of stories now out of the window
        alias = state.get(f"alias:{story_id}")
        if not alias:
            break
        if alias[1] is not None and alias[1] < cutoff:
            del state[f"alias:{story_id}"]
        story_id = alias[0]
    story = state.get(f"story:{story_id}")
    if story is not None and story["t1"] is not None and story["t1"] < cutoff:
        _unpost(story_id, story["k"], state)
        del state[f"story:{story_id}"]
