"""Group articles into stories and spot near-duplicates, against a key-value state.

Pure: the state is any ``MutableMapping[str, JSON value]`` — a dict for the offline path, a
faust table (JSON-serialised, changelog-backed) in the story agent — so both paths run the same
code. Keys used here (near-duplicates keep theirs, ``nd:...``, see :mod:`duplicates`):

- ``article:<article_id>`` -> the story it was placed in;
- ``ent:<entity_id>`` -> story ids that entity is salient in (most recent last, capped);
- ``story:<story_id>`` -> {entity_id: articles of the story where it is salient}.

Near-duplicate (:func:`duplicates.find_original`): a syndicated copy of an earlier article within
the time window; it joins the story of the earliest copy. Story: an earlier story sharing at least
``MIN_SHARED`` of the article's salient entities with a Jaccard overlap >= ``STORY_OVERLAP``.
Otherwise the article opens a new story. Ids are derived from the first article of a story.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from events.models import Entity
from services.processors.stories.duplicates import DEFAULT_WINDOW, find_original

STORY_OVERLAP = 0.25
MIN_SHARED = 3
SALIENT = 8
CAP = 50  # stories remembered per entity
STORY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"})


@dataclass(frozen=True)
class StoryAssignment:
    story_id: str
    duplicate_of: str | None
    merged: tuple[str, ...] = ()  # stories this placement merged into story_id (the surviving story)


def salient_entities(entities: Sequence[Entity]) -> list[str]:
    ranked = sorted((e for e in entities if e.type in STORY_TYPES), key=lambda e: (-e.salience, e.id))
    return [e.id for e in ranked[:SALIENT]]


def assign_story(
    article_id: str, body: str, entities: Sequence[Entity], state: MutableMapping[str, Any],
    at: datetime | None = None, duplicate_window: timedelta = DEFAULT_WINDOW,
) -> StoryAssignment:
    """Assign ``article_id`` to a story (recording it in ``state``); idempotent for a re-seen article.

    ``at`` is when the article was published (else received): near-duplicates are looked for
    among articles within ``duplicate_window`` of it (among all when it is None)."""
    match = find_original(article_id, body, at, state, duplicate_window)
    ents = salient_entities(entities)
    known = state.get(f"article:{article_id}")
    if known is not None:
        story_id = known
    elif match.copy is not None and state.get(f"article:{match.copy}"):
        story_id = state[f"article:{match.copy}"]  # a copy is in its copies' story
    else:
        story_id = _best_story(ents, state) or "s-" + hashlib.sha256(article_id.encode()).hexdigest()[:16]
    state[f"article:{article_id}"] = story_id
    if known is None:
        _record(story_id, ents, state)
    return StoryAssignment(story_id=story_id, duplicate_of=match.duplicate_of)


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


def _record(story_id: str, ents: list[str], state: MutableMapping[str, Any]) -> None:
    profile = dict(state.get(f"story:{story_id}") or {})
    for ent in ents:
        profile[ent] = profile.get(ent, 0) + 1
        stories = [s for s in (state.get(f"ent:{ent}") or ()) if s != story_id]
        state[f"ent:{ent}"] = (stories + [story_id])[-CAP:]
    state[f"story:{story_id}"] = profile
