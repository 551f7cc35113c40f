"""The in-memory twin of the SQL stores: the same contract in plain Python, for unit tests.

It keeps the normalised events and the same derived indexes the SQL schema keeps (entity
article counts, aliases by lookup key, story membership, offsets) and answers every query with
the same ordering, pagination and full-text rules, so the contract suite holds it to the SQL
engines' behaviour. A batch is written as the SQL engines write it: the pure ``plan`` decides
every change from what the store holds (``_prior``) before ``_execute`` changes anything, so a
failing batch leaves the store as it was. Not thread-safe; nothing persists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from events.models import ArticleEnriched
from services.processors.stories.units import unit_variants
from services.store import cursor as cursors
from services.store.fulltext import indexed_text, query_terms
from services.store.limits import CO_OCCURRING_LIMIT, RELATED_LIMIT, entity_name, page_size
from services.store.plan import Keys, Prior, RowChanges, StoredArticle, keys_of, plan
from services.store.port import ArticleFilter, Delivery, FlatDelivery, Page
from services.store.rows import (
    alias_key,
    article_document,
    event_of,
    figure_item,
    iso,
    list_item,
    snippet,
    sort_key,
)
from services.store.story_view import story_document
from services.store.visibility import history_document, under_embargo, utc_now, withdrawn_by


class MemoryStore:
    """Store held in dictionaries."""

    clock: Callable[[], datetime] = staticmethod(utc_now)  # "now" for embargoes; tests set their own

    def __init__(self) -> None:
        self._migrated = False
        self.reset()

    # --- schema and writing -------------------------------------------------------------------
    def migrate(self) -> None:
        self._migrated = True

    def ready(self) -> bool:
        return self._migrated

    def close(self) -> None:
        pass

    def reset(self) -> None:
        self._articles: dict[str, ArticleEnriched] = {}
        self._words: dict[str, frozenset[str]] = {}
        self._versions: dict[str, dict[str, str]] = {}  # article_id -> content_hash -> received_at
        self._entities: dict[str, dict[str, Any]] = {}  # id -> name, type, country_id, article_count
        self._aliases: dict[str, dict[str, str]] = {}  # id -> alias_key -> alias (first seen)
        self._by_alias: dict[str, set[str]] = {}  # alias_key -> ids
        self._mentioned_in: dict[str, set[str]] = {}  # entity id -> article ids
        self._stories: dict[str, int] = {}  # story_id -> article_count
        self._merged_into: dict[str, str] = {}  # merged story -> the story surviving it
        self._revisions: dict[str, str | None] = {}  # article_id -> its earliest copy, found after it was placed
        self._summaries: dict[str, dict[str, str]] = {}  # article_id -> content_hash -> version summary
        self._withdrawals: dict[str, dict[str, dict[str, Any]]] = {}  # article_id -> withdrawn_at -> row
        self._offsets: dict[tuple[str, int], int] = {}

    def apply(self, batch: Sequence[Delivery | FlatDelivery]) -> int:
        changes = plan(batch, self._prior(keys_of(batch)))
        self._execute(changes)
        return changes.new

    def _prior(self, keys: Keys) -> Prior:
        """What the store holds of ``keys`` (see ``plan.Prior``); article keys are their ids."""
        articles = {
            aid: StoredArticle(iso(a.received_at), a.story_id, tuple(dict.fromkeys(e.id for e in a.entities)), aid)
            for aid in keys.article_ids
            if (a := self._articles.get(aid)) is not None
        }
        versions = {(aid, h): t for aid in articles for h, t in self._versions.get(aid, {}).items()}
        revisions = {aid: self._revisions[aid] for aid in keys.article_ids if aid in self._revisions}
        stories = keys.story_ids | {self._surviving(s) for s in keys.story_ids}
        merged_into = {s: into for s, into in self._merged_into.items() if s in stories or into in stories}
        stories |= {a.story_id for a in articles.values() if a.story_id is not None}
        counts = {s: self._stories[s] for s in stories if s in self._stories}
        return Prior(dict(self._offsets), articles, versions, revisions, merged_into, counts)

    def _execute(self, c: RowChanges) -> None:
        """Write the row changes ``c`` into the dictionaries, in the order of its fields."""
        for gone, into in c.renames:
            for aid, article in list(self._articles.items()):
                if article.story_id == gone:
                    self._articles[aid] = article.model_copy(update={"story_id": into})
        self._merged_into.update(c.merges)
        for story in c.stories_gone:
            del self._stories[story]
        for aid, original in c.revisions.items():
            self._revisions[aid] = original
            if aid in self._articles:
                self._articles[aid] = self._articles[aid].model_copy(update={"duplicate_of": original})
        for aid in c.replaced:
            for eid in dict.fromkeys(e.id for e in self._articles[aid].entities):
                self._mentioned_in[eid].discard(aid)
        for rows in c.articles:
            event = event_of(rows)
            self._articles[event.article_id] = event
            self._words[event.article_id] = frozenset(indexed_text(event.headline, event.body).split())
            for m in rows.merges:
                self._mentioned_in.setdefault(m.id, set()).add(event.article_id)
        for aid, content_hash, received, summary in c.versions:
            self._versions.setdefault(aid, {}).setdefault(content_hash, received)
            self._summaries.setdefault(aid, {}).setdefault(content_hash, summary)
        for eid, name, kind, country_id, delta in c.entities:
            entity = self._entities.setdefault(eid, {"article_count": 0})
            entity.update(name=name, type=kind, country_id=country_id)
            entity["article_count"] += delta
        for eid, delta in c.entity_counts:
            self._entities[eid]["article_count"] += delta
        for eid, key, alias in c.aliases:
            self._aliases.setdefault(eid, {}).setdefault(key, alias)
            self._by_alias.setdefault(key, set()).add(eid)
        self._stories.update(c.stories)
        for aid, at, status, reason in c.withdrawals:
            self._withdrawals.setdefault(aid, {}).setdefault(
                at, {"withdrawn_at": at, "status": status, "reason": reason}
            )
        for topic, partition, offset in c.offsets:
            self._offsets[(topic, partition)] = offset

    def _surviving(self, story_id: str) -> str:
        return self._merged_into.get(story_id, story_id)

    def offsets(self, topic: str) -> dict[int, int]:
        return {p: o + 1 for (t, p), o in self._offsets.items() if t == topic}

    # --- queries ------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        arts = self._articles.values()
        return {
            "articles": len(self._articles),
            "versions": sum(len(v) for v in self._versions.values()),
            "removed": sum(len(a.removed) for a in arts),
            "entities": sum(1 for e in self._entities.values() if e["article_count"] > 0),
            "figures": sum(len(a.figures) for a in arts),
            "quotes": sum(len(a.quotes) for a in arts),
            "stories": sum(1 for n in self._stories.values() if n > 0),
        }

    def article_versions(self) -> dict[str, set[str]]:
        return {aid: set(v) for aid, v in self._versions.items()}

    def list_articles(self, flt: ArticleFilter, cursor: str | None, limit: int) -> Page:
        size = page_size(limit)
        after = cursors.decode("articles", cursor, (str, str)) if cursor else None
        if after is not None:
            cursors.decode_time(after[0])
        terms = query_terms(flt.q) if flt.q is not None else None
        if terms == []:
            return Page([], None)
        if flt.entity is not None:
            eid = self._resolve_entity(flt.entity)
            if eid is None:
                return Page([], None)
            candidates = [self._articles[a] for a in self._mentioned_in.get(eid, ()) if self._shown(self._articles[a])]
        else:
            candidates = [a for a in self._articles.values() if self._shown(a)]
        since, until = iso(flt.since), iso(flt.until)
        picked = []
        for a in candidates:
            key = (sort_key(a), a.article_id)
            if flt.source is not None and a.source != flt.source:
                continue
            if flt.category is not None and not any(f.category == flt.category for f in a.figures):
                continue
            if since is not None and key[0] < since:
                continue
            if until is not None and key[0] >= until:
                continue
            if terms and not set(terms) <= self._words[a.article_id]:
                continue
            if after is not None and key >= tuple(after):
                continue
            picked.append((key, a))
        picked.sort(key=lambda p: p[0], reverse=True)
        items = [list_item(_article_row(a)) for _, a in picked[:size]]
        more = len(picked) > size
        return Page(items, cursors.encode("articles", list(picked[size - 1][0])) if more else None)

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        event = self._articles.get(article_id)
        if event is None or not self._shown(event):
            return None
        return article_document(event, self._version_list(article_id))

    def get_versions(self, article_id: str) -> dict[str, Any] | None:
        event = self._articles.get(article_id)
        if event is None or under_embargo(iso(event.embargoed_until), self.clock()):
            return None
        summaries = self._summaries.get(article_id, {})
        versions = [{**v, "summary": summaries.get(v["content_hash"])} for v in self._version_list(article_id)]
        withdrawals = sorted(self._withdrawals.get(article_id, {}).values(), key=lambda w: w["withdrawn_at"])
        return history_document(article_id, iso(event.received_at), versions, withdrawals)

    def _shown(self, event: ArticleEnriched) -> bool:
        """Not under embargo and not withdrawn (services.store.visibility)."""
        if under_embargo(iso(event.embargoed_until), self.clock()):
            return False
        return withdrawn_by(list(self._withdrawals.get(event.article_id, {}).values()), iso(event.received_at)) is None

    def list_entities(self, type: str | None, cursor: str | None, limit: int) -> Page:
        size = page_size(limit)
        after = cursors.decode("entities", cursor, (int, str)) if cursor else None
        rows = [
            (-e["article_count"], eid, e)
            for eid, e in self._entities.items()
            if e["article_count"] > 0 and (type is None or e["type"] == type)
        ]
        if after is not None:
            rows = [r for r in rows if (r[0], r[1]) > (-after[0], after[1])]
        rows.sort(key=lambda r: (r[0], r[1]))
        items = [
            {
                "id": eid,
                "name": e["name"],
                "type": e["type"],
                "article_count": e["article_count"],
                "aliases": self._alias_list(eid),
            }
            for _, eid, e in rows[:size]
        ]
        more = len(rows) > size
        return Page(items, cursors.encode("entities", [items[-1]["article_count"], items[-1]["id"]]) if more else None)

    def get_entity(self, id_or_alias: str) -> dict[str, Any] | None:
        eid = self._resolve_entity(id_or_alias)
        if eid is None:
            return None
        e = self._entities[eid]
        mine = self._mentioned_in.get(eid, set())
        shown = [a for a in mine if self._shown(self._articles[a])]
        newest = sorted(shown, key=lambda a: (sort_key(self._articles[a]), a), reverse=True)[:RELATED_LIMIT]
        shared: dict[str, int] = {}
        for aid in mine:
            for other in dict.fromkeys(x.id for x in self._articles[aid].entities):
                if other != eid:
                    shared[other] = shared.get(other, 0) + 1
        co = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:CO_OCCURRING_LIMIT]
        return {
            "id": eid,
            "name": e["name"],
            "type": e["type"],
            "country_id": e["country_id"],
            "article_count": e["article_count"],
            "aliases": self._alias_list(eid),
            "articles": [{"article_id": a, "headline": self._articles[a].headline} for a in newest],
            "co_occurring": [
                {"id": o, "name": self._entities[o]["name"], "type": self._entities[o]["type"], "count": n}
                for o, n in co
            ],
        }

    def list_figures(
        self,
        entity: str | None,
        unit: str | None,
        category: str | None,
        qualifier: str | None,
        cursor: str | None,
        limit: int,
    ) -> Page:
        size = page_size(limit)
        after = cursors.decode("figures", cursor, (str, str, int)) if cursor else None
        eid = None
        if entity is not None:
            eid = self._resolve_entity(entity)
            if eid is None:
                return Page([], None)
        units = set(unit_variants(unit)) if unit is not None else None  # "troop" finds "soldier" too
        picked = []
        shown = [e for e in self._articles.values() if self._shown(e)]
        newest_first = sorted(shown, key=lambda e: (sort_key(e), e.article_id), reverse=True)
        for event in newest_first:
            aid, at = event.article_id, sort_key(event)
            for i, f in enumerate(event.figures):
                if eid is not None and f.attribution_id != eid:
                    continue
                if (units is not None and f.unit not in units) or (category is not None and f.category != category):
                    continue
                if qualifier is not None and f.qualifier != qualifier:
                    continue
                if after is not None and (
                    (at, aid) > (after[0], after[1]) or (at, aid) == (after[0], after[1]) and i <= after[2]
                ):
                    continue
                picked.append(([at, aid, i], {"article_id": aid, **f.model_dump(mode="json")}))
        items = [figure_item(_figure_row(item)) for _, item in picked[:size]]
        more = len(picked) > size
        return Page(items, cursors.encode("figures", picked[size - 1][0]) if more else None)

    def get_story(self, story_id: str) -> dict[str, Any] | None:
        story_id = self._surviving(story_id)
        members = [a for a in self._articles.values() if a.story_id == story_id and self._shown(a)]
        members.sort(key=lambda a: (sort_key(a), a.article_id), reverse=True)
        return story_document(story_id, members[:RELATED_LIMIT])

    def dump(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = [
            {"kind": "article", **article_document(self._articles[aid], self._version_list(aid))}
            for aid in sorted(self._articles)
        ]
        for eid in sorted(self._entities):
            e = self._entities[eid]
            out.append(
                {
                    "kind": "entity",
                    "id": eid,
                    "name": e["name"],
                    "type": e["type"],
                    "country_id": e["country_id"],
                    "article_count": e["article_count"],
                    "aliases": self._alias_list(eid),
                }
            )
        members: dict[str, list[str]] = {}
        for a in self._articles.values():
            if a.story_id is not None:
                members.setdefault(a.story_id, []).append(a.article_id)
        for story_id in sorted(members):
            out.append({"kind": "story", "story_id": story_id, "articles": sorted(members[story_id])})
        for story_id in sorted(self._merged_into):
            out.append({"kind": "merge", "story_id": story_id, "into": self._merged_into[story_id]})
        for aid in sorted(self._withdrawals):
            for at in sorted(self._withdrawals[aid]):
                w = self._withdrawals[aid][at]
                out.append(
                    {
                        "kind": "withdrawal",
                        "article_id": aid,
                        "withdrawn_at": at,
                        "status": w["status"],
                        "reason": w["reason"],
                    }
                )
        return out

    # --- helpers --------------------------------------------------------------------------------
    def _resolve_entity(self, id_or_alias: str) -> str | None:
        if entity_name(id_or_alias) in self._entities:
            return id_or_alias
        ids = self._by_alias.get(alias_key(id_or_alias), set())
        if not ids:
            return None
        return min(ids, key=lambda i: (-self._entities[i]["article_count"], i))

    def _alias_list(self, eid: str) -> list[str]:
        return sorted(self._aliases.get(eid, {}).values())

    def _version_list(self, aid: str) -> list[dict[str, str]]:
        versions = [{"content_hash": h, "received_at": t} for h, t in self._versions.get(aid, {}).items()]
        return sorted(versions, key=lambda v: (v["received_at"], v["content_hash"]))


def _article_row(a: ArticleEnriched) -> dict[str, Any]:
    return {
        "article_id": a.article_id,
        "source": a.source,
        "headline": a.headline,
        "published_at": iso(a.published_at),
        "received_at": iso(a.received_at),
        "story_id": a.story_id,
        "snippet": snippet(a.body),
    }


def _figure_row(item: dict[str, Any]) -> dict[str, Any]:
    return {**item, "span_start": item["start"], "span_end": item["end"]}
