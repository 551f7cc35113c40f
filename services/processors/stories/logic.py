"""Group articles into stories and spot near-duplicates, against a key-value state.

Pure: the state is any ``MutableMapping[str, JSON value]`` — a dict for the offline path, a
faust table (JSON-serialised, changelog-backed) in the story agent — so both paths run the same
code, and it is written only by assignment (``__setitem__``/``__delitem__``), never mutated in
place. Pass a :class:`state.StoryState` over that mapping to keep the document frequencies in
memory from one placement to the next (a bare mapping works, deriving them anew each call).
Keys: ``article:<article_id>`` -> the story it was placed in; the clustering's
(:mod:`clustering`: ``story:``, ``sp:``, ``alias:``, ``st:``), the document frequencies'
(:mod:`frequencies`: ``dfa:``, ``df:token``) and the near-duplicates' (:mod:`duplicates`:
``nd:``). All but ``df:token`` expire with their time window.

Near-duplicate (:func:`duplicates.find_original`): a syndicated copy of an earlier article within
the duplicate window; it joins the story of the earliest copy. Otherwise the article joins the
story it matches best on text, entities and time, merging the stories it matches strongly, or
opens a new story (:mod:`clustering`). Ids are derived from the first article of a story.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from events.models import Entity
from services.processors.stories.clustering import (
    Features,
    Placement,
    features,
    file_and_expire,
    place,
    record,
    resolve,
)
from services.processors.stories.duplicates import DEFAULT_WINDOW, find_original
from services.processors.stories.state import StoryState

SALIENT = 8
STORY_WINDOW = timedelta(days=3)  # a story whose last article is older than this is closed
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
    article_id: str,
    body: str,
    entities: Sequence[Entity],
    state: MutableMapping[str, Any],
    at: datetime | None = None,
    duplicate_window: timedelta = DEFAULT_WINDOW,
    story_window: timedelta = STORY_WINDOW,
) -> StoryAssignment:
    """Assign ``article_id`` to a story (recording it in ``state``); idempotent for a re-seen article
    (its first story again, ``merged`` empty: the merge was reported the first time).

    ``at`` is when the article was published (else received): near-duplicates are looked for
    among articles within ``duplicate_window`` of it (among all when it is None), and stories
    among those with an article within ``story_window`` of it."""
    story_state = state if isinstance(state, StoryState) else StoryState(state)
    state = story_state.data  # the clustering reads and writes the backing mapping directly
    match = find_original(article_id, body, at, state, duplicate_window)
    known = state.get(f"article:{article_id}")
    if known is not None:
        return StoryAssignment(story_id=known, duplicate_of=match.duplicate_of)
    t = at.timestamp() if at is not None else None
    window = story_window.total_seconds()
    freqs = story_state.frequencies()
    f, counted = features(body, salient_entities(entities), freqs)
    merged: tuple[str, ...] = ()
    copied = state.get(f"article:{match.copy}") if match.copy is not None else None
    if copied and state.get(f"story:{resolve(copied, state)}") is not None:
        story_id = resolve(copied, state)  # a copy is in its copies' story
    else:
        placement = _best_story(f, t, state, window)
        story_id = placement.story_id or opening_story_id(article_id)
        merged = placement.merged
    state[f"article:{article_id}"] = story_id
    _record(story_id, f, t, state, window)
    freqs.add(state, article_id, t, counted)
    if t is not None:
        freqs.forget(state, file_and_expire(article_id, t, state, window))
    return StoryAssignment(story_id=story_id, duplicate_of=match.duplicate_of, merged=merged)


def opening_story_id(article_id: str) -> str:
    """The id of the story ``article_id`` opens, when it opens one."""
    return "s-" + hashlib.sha256(article_id.encode()).hexdigest()[:16]


def _best_story(f: Features, t: float | None, state: MutableMapping[str, Any], window: float) -> Placement:
    """The story the article joins (merging the others it strongly matches), see :mod:`clustering`."""
    return place(f, t, state, window)


def _record(story_id: str, f: Features, t: float | None, state: MutableMapping[str, Any], window: float) -> None:
    record(story_id, f, t, state, window)
