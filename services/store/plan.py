"""The store's merge rules, once: ``plan(batch, prior) -> RowChanges`` (pure).

Every engine writes a batch the same way: it reads what it already holds of the keys the batch
names (``keys_of(batch)`` -> ``Prior``, in its own ``_prior``), asks ``plan`` what to change,
and executes the ``RowChanges`` in one transaction together with the offsets. The rules:

- Offsets: a delivery at or below the stored offset of its (topic, partition) is skipped.
- Story changes go first, so the batch's articles land in the stories that survive them. A merge
  points every merge that led to a merged story at the survivor, moves the merged story's
  articles and count to it and deletes the merged story's row. A revision (a ``revised`` change)
  is kept, latest wins, and is applied to its article whenever that article is written.
- Versions: a version delivered again keeps the time it was first received (stored or earlier in
  the batch). A version first received before the one the article shows only adds its version
  row; the article keeps showing the latest.
- Articles: each article ends as its last version in the batch, placed in the story that
  survived its own and a copy of what its revision names. Its child rows are replaced.
- Entities: names, type and country are the last seen, aliases the first seen; article counts
  follow the final rows (an article replaced no longer counts for its old entities).
- Withdrawals are recorded whether or not their article is stored.

``RowChanges`` is plain data; executing it in the order its fields are listed gives the end
state of applying the batch's events one after another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from events.models import ArticleWithdrawn, StoryUpdated
from services.store.port import Delivery, FlatDelivery
from services.store.rows import (
    STORY,
    ArticleRows,
    Rows,
    StoryRows,
    WithdrawalRows,
    alias_key,
    at_first_receipt,
    rows_of,
    story_rows_of,
    with_duplicate_of,
    with_story,
    withdrawal_rows_of,
)


@dataclass(frozen=True)
class Keys:
    """What a batch names: the engine reads what it holds of these into a ``Prior``."""

    topics: frozenset[str]
    article_ids: frozenset[str]
    story_ids: frozenset[str]  # named by articles and by story changes


@dataclass(frozen=True)
class StoredArticle:
    """What the rules need of an article the engine holds."""

    received_at: str  # first receipt of the version it shows (iso text)
    story_id: str | None
    entity_ids: tuple[str, ...]  # distinct entities it counts for
    key: Any = None  # the engine's key of its child rows, handed back in RowChanges.replaced


@dataclass(frozen=True)
class Prior:
    """What an engine holds of a batch's ``Keys``.

    ``merged_into`` holds the merge of every story in ``keys.story_ids`` and every merge into
    those stories or into the stories they were merged into; ``story_counts`` the article count
    of those stories, of the stories they were merged into and of the ``articles``' stories.
    """

    offsets: Mapping[tuple[str, int], int] = field(default_factory=dict)  # (topic, partition) -> last applied
    articles: Mapping[str, StoredArticle] = field(default_factory=dict)
    versions: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (article_id, hash) -> first receipt
    revisions: Mapping[str, str | None] = field(default_factory=dict)  # article_id -> duplicate_of
    merged_into: Mapping[str, str] = field(default_factory=dict)  # merged story -> its survivor
    story_counts: Mapping[str, int] = field(default_factory=dict)


@dataclass
class RowChanges:
    """The rows a batch changes, per table, in the order an engine executes them."""

    new: int = 0  # deliveries not applied before
    renames: list[tuple[str, str]] = field(default_factory=list)  # articles.story_id gone -> into, in order
    merges: dict[str, str] = field(default_factory=dict)  # story_merges upserts: story_id -> into_story_id
    stories_gone: list[str] = field(default_factory=list)  # stories rows deleted (merged away)
    revisions: dict[str, str | None] = field(default_factory=dict)  # duplicate_revisions upserts, and
    # articles.duplicate_of set for a stored article
    replaced: dict[str, Any] = field(default_factory=dict)  # article_id -> key: stored articles rewritten
    articles: list[ArticleRows] = field(default_factory=list)  # upserted with their child rows (distinct ids)
    versions: list[tuple] = field(default_factory=list)  # article_versions rows, inserted unless present
    entities: list[tuple] = field(default_factory=list)  # (id, name, type, country_id, count delta) upserts
    entity_counts: list[tuple[str, int]] = field(default_factory=list)  # (id, delta) for other stored entities
    aliases: list[tuple[str, str, str]] = field(default_factory=list)  # (entity_id, alias_key, alias) unless present
    stories: list[tuple[str, int]] = field(default_factory=list)  # (story_id, article_count) upserts
    withdrawals: list[tuple] = field(default_factory=list)  # article_withdrawals rows, inserted unless present
    offsets: list[tuple[str, int, int]] = field(default_factory=list)  # (topic, partition, last offset) upserts


def keys_of(batch: Sequence[Delivery | FlatDelivery]) -> Keys:
    """The keys ``batch`` names (cheap: nothing is flattened)."""
    articles: set[str] = set()
    stories: set[str] = set()
    for d in batch:
        if isinstance(d, FlatDelivery):
            rows = d.rows
            if isinstance(rows, StoryRows):
                stories.update((rows.story_id, *rows.merged))
                if rows.revised is not None:
                    articles.add(rows.revised)
            elif isinstance(rows, ArticleRows):
                articles.add(rows.article[0])
                if rows.article[STORY] is not None:
                    stories.add(rows.article[STORY])
        elif isinstance(d.event, StoryUpdated):
            stories.update((d.event.story_id, *d.event.merged))
        elif not isinstance(d.event, ArticleWithdrawn):
            articles.add(d.event.article_id)
            if d.event.story_id is not None:
                stories.add(d.event.story_id)
    return Keys(frozenset(d.topic for d in batch), frozenset(articles), frozenset(stories))


def plan(batch: Sequence[Delivery | FlatDelivery], prior: Prior) -> RowChanges:
    """The row changes that apply ``batch`` to a store holding ``prior`` (see the module rules)."""
    out = RowChanges()
    fresh = _fresh(batch, prior.offsets, out)
    changes = [r for r in fresh if isinstance(r, StoryRows) and (r.merged or r.revised)]
    out.withdrawals = [tuple(r.withdrawal) for r in fresh if isinstance(r, WithdrawalRows)]
    counts = dict(prior.story_counts)
    merged_into = _story_changes(changes, prior, counts, out)
    accepted = _at_first_receipts([r for r in fresh if isinstance(r, ArticleRows)], prior, out)
    revisions = {**prior.revisions, **out.revisions}
    placed = []
    for rows in accepted:
        aid, story = rows.article[0], rows.article[STORY]
        if aid in revisions:
            rows = with_duplicate_of(rows, revisions[aid])
        if story in merged_into:
            rows = with_story(rows, merged_into[story])
        placed.append(rows)
    out.versions += [r.version for r in placed]
    _articles_and_entities(placed, prior, merged_into, counts, out)
    return out


def _fresh(
    batch: Sequence[Delivery | FlatDelivery], stored: Mapping[tuple[str, int], int], out: RowChanges
) -> list[Rows]:
    """The rows of the deliveries not applied before; sets ``out.new`` and ``out.offsets``."""
    last = dict(stored)
    touched: set[tuple[str, int]] = set()
    fresh: list[Rows] = []
    for d in batch:
        where = (d.topic, d.partition)
        if d.offset <= last.get(where, -1):
            continue
        last[where] = d.offset
        touched.add(where)
        fresh.append(d.rows if isinstance(d, FlatDelivery) else _rows(d.event))
    out.new = len(fresh)
    out.offsets = [(t, p, last[(t, p)]) for t, p in sorted(touched)]
    return fresh


def _rows(event: Any) -> Rows:
    if isinstance(event, StoryUpdated):
        return story_rows_of(event)
    if isinstance(event, ArticleWithdrawn):
        return withdrawal_rows_of(event)
    return rows_of(event)


def _story_changes(changes: list[StoryRows], prior: Prior, counts: dict[str, int], out: RowChanges) -> dict[str, str]:
    """Merges and revisions in order; returns every merged story -> its survivor after them."""
    merged_into = dict(prior.merged_into)
    for change in changes:
        if change.revised is not None and not change.merged:
            out.revisions[change.revised] = change.duplicate_of
            continue
        into = merged_into.get(change.story_id, change.story_id)
        for story in change.merged:
            gone = merged_into.get(story, story)
            if gone == into:
                continue
            for earlier, survivor in list(merged_into.items()):
                if survivor == gone:
                    merged_into[earlier] = out.merges[earlier] = into
            merged_into[gone] = out.merges[gone] = into
            out.renames.append((gone, into))
            if gone in counts:
                counts[into] = counts.get(into, 0) + counts.pop(gone)
                out.stories_gone.append(gone)
    return merged_into


def _at_first_receipts(accepted: list[ArticleRows], prior: Prior, out: RowChanges) -> list[ArticleRows]:
    """``accepted`` as first received; the versions older than what their article shows are only
    added to ``out.versions``."""
    first = dict(prior.versions)
    shown = {aid: a.received_at for aid, a in prior.articles.items()}
    kept = []
    for rows in accepted:
        aid = rows.article[0]
        received = first.setdefault((aid, rows.version[1]), rows.version[2])
        rows = at_first_receipt(rows, received)
        if aid in shown and received < shown[aid]:
            out.versions.append(rows.version)
            continue
        shown[aid] = received
        kept.append(rows)
    return kept


def _articles_and_entities(
    placed: list[ArticleRows], prior: Prior, merged_into: Mapping[str, str], counts: dict[str, int], out: RowChanges
) -> None:
    """The final article rows, the entities and aliases they name, and the counts they change."""
    final = {r.article[0]: r for r in placed}
    out.articles = list(final.values())
    entity_delta: dict[str, int] = {}
    for aid in final:
        stored = prior.articles.get(aid)
        if stored is None:
            continue
        out.replaced[aid] = stored.key
        for eid in stored.entity_ids:
            entity_delta[eid] = entity_delta.get(eid, 0) - 1
        if stored.story_id is not None:
            story = merged_into.get(stored.story_id, stored.story_id)
            counts[story] = counts.get(story, 0) - 1
    for rows in out.articles:
        for m in rows.merges:
            entity_delta[m.id] = entity_delta.get(m.id, 0) + 1
        if rows.article[STORY] is not None:
            counts[rows.article[STORY]] = counts.get(rows.article[STORY], 0) + 1
    named: dict[str, tuple] = {}
    aliases: dict[tuple[str, str], str] = {}
    for rows in placed:
        for m in rows.merges:
            named[m.id] = (m.id, m.name, m.type, m.country_id)  # the last one seen wins
            for name in m.names:
                if key := alias_key(name):
                    aliases.setdefault((m.id, key), name)  # the first one seen is kept
    out.entities = [(*entity, entity_delta.pop(eid, 0)) for eid, entity in named.items()]
    out.entity_counts = [(eid, delta) for eid, delta in sorted(entity_delta.items()) if delta]
    out.aliases = [(eid, key, name) for (eid, key), name in aliases.items()]
    out.stories = [(sid, n) for sid, n in sorted(counts.items()) if prior.story_counts.get(sid) != n]
