"""Group articles into stories and spot near-duplicates, against a key-value state.

Pure: the state is any ``MutableMapping[str, JSON value]`` — a dict for the offline path, a
faust table (JSON-serialised, changelog-backed) in the enrichment agent — so both paths run
the same code. Keys used:

- ``dup:<band>:<hash>`` -> article ids whose body MinHash falls in that LSH bucket;
- ``mh:<article_id>`` -> the article's MinHash values (to estimate Jaccard with candidates);
- ``ent:<entity_id>`` -> story ids that entity is salient in (most recent last, capped);
- ``story:<story_id>`` -> {entity_id: articles of the story where it is salient}.

Near-duplicate: estimated Jaccard of word 5-shingles >= ``DUPLICATE_JACCARD`` with an earlier
article; it joins that article's story. Story: an earlier story sharing at least
``MIN_SHARED`` of the article's salient entities with a Jaccard overlap >= ``STORY_OVERLAP``.
Otherwise the article opens a new story. Ids are derived from the first article of a story.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

from datasketch import MinHash

from events.models import Entity

NUM_PERM = 64
BANDS = 8  # 8 bands of 8 rows: candidates from about 0.77 Jaccard up, few state writes per article
ROWS = NUM_PERM // BANDS
DUPLICATE_JACCARD = 0.8
STORY_OVERLAP = 0.25
MIN_SHARED = 3
SALIENT = 8
CAP = 50  # stories remembered per entity; articles per bucket
STORY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class StoryAssignment:
    story_id: str
    duplicate_of: str | None


def body_minhash(body: str) -> MinHash:
    words = _WORD.findall(body.lower())
    shingles = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
    mh = MinHash(num_perm=NUM_PERM, seed=7)
    for shingle in shingles:
        mh.update(shingle.encode("utf-8"))
    return mh


def salient_entities(entities: Sequence[Entity]) -> list[str]:
    ranked = sorted((e for e in entities if e.type in STORY_TYPES), key=lambda e: (-e.salience, e.id))
    return [e.id for e in ranked[:SALIENT]]


def assign_story(article_id: str, body: str, entities: Sequence[Entity], state: MutableMapping[str, Any]) -> StoryAssignment:
    """Assign ``article_id`` to a story (recording it in ``state``); idempotent for a re-seen article."""
    mh = body_minhash(body)
    digest = [int(v) for v in mh.hashvalues]
    buckets = [f"dup:{b}:{_band_hash(digest, b)}" for b in range(BANDS)]
    duplicate_of = _near_duplicate(article_id, digest, buckets, state)
    ents = salient_entities(entities)
    known = state.get(f"article:{article_id}")
    if known is not None:
        story_id = known
    elif duplicate_of is not None and state.get(f"article:{duplicate_of}"):
        story_id = state[f"article:{duplicate_of}"]
    else:
        story_id = _best_story(ents, state) or "s-" + hashlib.sha256(article_id.encode()).hexdigest()[:16]
    _record(article_id, story_id, digest, buckets, ents, state, first_time=known is None)
    return StoryAssignment(story_id=story_id, duplicate_of=duplicate_of)


def _band_hash(digest: list[int], band: int) -> str:
    rows = digest[band * ROWS : (band + 1) * ROWS]
    return hashlib.blake2b(",".join(map(str, rows)).encode(), digest_size=8).hexdigest()


def _near_duplicate(article_id: str, digest: list[int], buckets: list[str], state: MutableMapping[str, Any]) -> str | None:
    candidates: list[str] = []
    for bucket in buckets:
        for other in state.get(bucket) or ():
            if other != article_id and other not in candidates:
                candidates.append(other)
    best, best_score = None, DUPLICATE_JACCARD
    for other in candidates:
        values = state.get(f"mh:{other}")
        if not values or len(values) != NUM_PERM:
            continue
        score = sum(a == b for a, b in zip(digest, values)) / NUM_PERM  # the MinHash Jaccard estimate
        if score >= best_score:
            best, best_score = other, score
    return best


def _best_story(ents: list[str], state: MutableMapping[str, Any]) -> str | None:
    if len(ents) < MIN_SHARED:
        return None
    mine = set(ents)
    candidates: list[str] = []
    for ent in ents:
        for story in state.get(f"ent:{ent}") or ():
            if story not in candidates:
                candidates.append(story)
    best, best_score = None, STORY_OVERLAP
    for story in candidates:
        theirs = set((state.get(f"story:{story}") or {}).keys())
        shared = len(mine & theirs)
        if shared < MIN_SHARED:
            continue
        score = shared / len(mine | theirs)
        if score >= best_score:
            best, best_score = story, score
    return best


def _record(
    article_id: str, story_id: str, digest: list[int], buckets: list[str], ents: list[str],
    state: MutableMapping[str, Any], *, first_time: bool,
) -> None:
    state[f"article:{article_id}"] = story_id
    state[f"mh:{article_id}"] = digest
    for bucket in buckets:
        members = list(state.get(bucket) or ())
        if article_id not in members:
            state[bucket] = (members + [article_id])[-CAP:]
    if not first_time:
        return
    profile = dict(state.get(f"story:{story_id}") or {})
    for ent in ents:
        profile[ent] = profile.get(ent, 0) + 1
        stories = [s for s in (state.get(f"ent:{ent}") or ()) if s != story_id]
        state[f"ent:{ent}"] = (stories + [story_id])[-CAP:]
    state[f"story:{story_id}"] = profile
