"""Pure translation between events and the store's rows, shared by every engine.

``rows_of(event)`` flattens an event into the tuples the tables hold (column order as in the
``*_COLUMNS`` tuples); ``event_from_rows`` rebuilds the identical event from them, so what an
engine returns is checked by the event model itself. Times are kept as fixed-width ISO 8601
strings in UTC (``2026-01-31T09:15:00.000000+00:00``), which sort as text and compare equal
across engines; a naive datetime is taken as UTC. A StoryUpdated becomes ``StoryRows``
(``story_rows_of``): the stories it merged, the one thing its article's own rows do not say.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, NamedTuple, overload

import orjson

from events.models import ArticleEnriched, ArticleWithdrawn, Entity, Figure, Mention, Quote, Removal, StoryUpdated
from services.store.version_changes import summary_of

SNIPPET_CHARS = 240

ARTICLE_COLUMNS = (
    "article_id",
    "source",
    "input",
    "format",
    "content_hash",
    "received_at",
    "published_at",
    "sort_at",
    "url",
    "headline",
    "byline",
    "dateline",
    "body",
    "empty_reason",
    "story_id",
    "duplicate_of",
    "snippet",
    "embargoed_until",
)
# summary: the version's entities and figures (version_changes.summary_of), to list what changed
VERSION_COLUMNS = ("article_id", "content_hash", "received_at", "summary")
WITHDRAWAL_COLUMNS = ("article_id", "withdrawn_at", "status", "reason")
REMOVAL_COLUMNS = ("article_id", "idx", "text", "reason", "block")
ENTITY_COLUMNS = (
    "article_id",
    "idx",
    "entity_id",
    "name",
    "type",
    "mention_count",
    "salience",
    "aliases",
    "roles",
    "country_id",
)
MENTION_COLUMNS = ("article_id", "entity_idx", "idx", "span_start", "span_end", "text")
FIGURE_COLUMNS = (
    "article_id",
    "idx",
    "text",
    "span_start",
    "span_end",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "currency",
    "category",
    "attribution",
    "attribution_id",
    "sentence",
    "salience",
    "sort_at",
)
QUOTE_COLUMNS = ("article_id", "idx", "text", "span_start", "span_end", "speaker", "speaker_id", "cue")
# Positions in an article row of what the full-text index reads.
HEADLINE, BODY = ARTICLE_COLUMNS.index("headline"), ARTICLE_COLUMNS.index("body")
STORY = ARTICLE_COLUMNS.index("story_id")
DUPLICATE = ARTICLE_COLUMNS.index("duplicate_of")
RECEIVED, PUBLISHED, SORT_AT = (ARTICLE_COLUMNS.index(c) for c in ("received_at", "published_at", "sort_at"))


@overload
def iso(value: datetime) -> str: ...
@overload
def iso(value: datetime | None) -> str | None: ...
def iso(value: datetime | None) -> str | None:
    """``value`` in UTC as a fixed-width ISO 8601 string (None stays None)."""
    if value is None:
        return None
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")


@overload
def time_text(value: datetime | str) -> str: ...
@overload
def time_text(value: datetime | str | None) -> str | None: ...
def time_text(value: datetime | str | None) -> str | None:
    """A time read back from an engine (datetime or stored text) as :func:`iso` text."""
    return iso(value) if isinstance(value, datetime) else value


@lru_cache(maxsize=65536)
def alias_key(name: str) -> str:
    """The case-insensitive lookup key of an entity name or alias."""
    return " ".join(name.split()).casefold()


def snippet(body: str) -> str:
    """The first SNIPPET_CHARS characters of the body on one line, cut at a word boundary."""
    flat = " ".join(body[: SNIPPET_CHARS * 4].split())
    if len(flat) <= SNIPPET_CHARS:
        return flat
    cut = flat.rfind(" ", 0, SNIPPET_CHARS)
    return flat[: cut if cut > 0 else SNIPPET_CHARS] + "…"


def normalised(event: ArticleEnriched) -> ArticleEnriched:
    """The event with its times in UTC (what the store keeps and gives back)."""
    received = datetime.fromisoformat(iso(event.received_at))
    published = datetime.fromisoformat(iso(event.published_at)) if event.published_at else None
    embargo = datetime.fromisoformat(iso(event.embargoed_until)) if event.embargoed_until else None
    return event.model_copy(update={"received_at": received, "published_at": published, "embargoed_until": embargo})


def sort_key(event: ArticleEnriched) -> str:
    """Newest-first ordering time: published_at when known, else received_at."""
    return iso(event.published_at or event.received_at)


class EntityMerge(NamedTuple):
    """What one article says about a canonical entity: merged into the entity table."""

    id: str
    name: str
    type: str
    country_id: str | None
    names: tuple[str, ...]  # every name and alias the article used for it, first seen first


class ArticleRows(NamedTuple):
    """Every row of one event (named tuples: built once per event on the projector's hot path)."""

    article: tuple
    version: tuple
    removals: list[tuple]
    entities: list[tuple]
    mentions: list[tuple]
    figures: list[tuple]
    quotes: list[tuple]
    merges: list[EntityMerge]  # one per distinct entity id, in order of first appearance


def rows_of(event: ArticleEnriched) -> ArticleRows:
    """Every row the store writes for ``event`` (which need not be normalised)."""
    e = event
    aid = e.article_id
    received, published = iso(e.received_at), iso(e.published_at)
    sort_at = published or received
    article = (
        aid,
        e.source,
        e.input,
        e.format,
        e.content_hash,
        received,
        published,
        sort_at,
        e.url,
        e.headline,
        e.byline,
        e.dateline,
        e.body,
        e.empty_reason,
        e.story_id,
        e.duplicate_of,
        snippet(e.body),
        iso(e.embargoed_until),
    )
    entities, mentions = [], []
    names: dict[str, dict[str, None]] = {}
    last: dict[str, Entity] = {}
    for i, ent in enumerate(e.entities):
        entities.append(
            (
                aid,
                i,
                ent.id,
                ent.name,
                ent.type,
                ent.mention_count,
                ent.salience,
                _json(ent.aliases),
                _json(ent.roles),
                ent.country_id,
            )
        )
        mentions += [(aid, i, j, m.start, m.end, m.text) for j, m in enumerate(ent.mentions)]
        names.setdefault(ent.id, {}).update(dict.fromkeys((ent.name, *ent.aliases)))
        last[ent.id] = ent  # an entity listed twice: its last listing wins, as in sequential merging
    return ArticleRows(
        article=article,
        version=(aid, e.content_hash, received, summary_of(e)),
        removals=[(aid, i, r.text, r.reason, r.position) for i, r in enumerate(e.removed)],
        entities=entities,
        mentions=mentions,
        figures=[
            (
                aid,
                i,
                f.text,
                f.start,
                f.end,
                f.value,
                f.low,
                f.high,
                f.qualifier,
                f.unit,
                f.currency,
                f.category,
                f.attribution,
                f.attribution_id,
                f.sentence,
                f.salience,
                sort_at,
            )
            for i, f in enumerate(e.figures)
        ],
        quotes=[(aid, i, q.text, q.start, q.end, q.speaker, q.speaker_id, q.cue) for i, q in enumerate(e.quotes)],
        merges=[EntityMerge(i, n.name, n.type, n.country_id, tuple(names[i])) for i, n in last.items()],
    )


class StoryRows(NamedTuple):
    """What the store keeps of a StoryUpdated: the stories it merged into ``story_id``, and for a
    ``revised`` change the article it revises and that article's earliest copy (nothing when its
    article opened or joined a story: the article's own row says that)."""

    story_id: str
    merged: tuple[str, ...]
    revised: str | None = None
    duplicate_of: str | None = None


class WithdrawalRows(NamedTuple):
    """What the store keeps of an ArticleWithdrawn: one article_withdrawals row."""

    withdrawal: tuple  # WITHDRAWAL_COLUMNS


Rows = ArticleRows | StoryRows | WithdrawalRows  # what one delivered event becomes


def withdrawal_rows_of(event: ArticleWithdrawn) -> WithdrawalRows:
    return WithdrawalRows((event.article_id, iso(event.received_at), event.status, event.reason))


def story_rows_of(event: StoryUpdated) -> StoryRows:
    if event.change == "revised":
        return StoryRows(event.story_id, (), event.article_id, event.duplicate_of)
    return StoryRows(event.story_id, tuple(event.merged))


def rows_to_json(rows: Rows) -> list[Any] | dict[str, Any]:
    """``rows`` as JSON (nested arrays for an article, an object for a story change), for
    :func:`rows_from_json` in another process (no pickle)."""
    if isinstance(rows, StoryRows):
        return {
            "story": rows.story_id,
            "merged": list(rows.merged),
            "revised": rows.revised,
            "duplicate_of": rows.duplicate_of,
        }
    if isinstance(rows, WithdrawalRows):
        return {"withdrawal": list(rows.withdrawal)}
    return [*rows[:7], [list(m) for m in rows.merges]]


def rows_from_json(data: list[Any] | dict[str, Any]) -> Rows:
    """The rows :func:`rows_to_json` gave; rows come back as lists, which every engine binds."""
    if isinstance(data, dict) and "withdrawal" in data:
        return WithdrawalRows(tuple(data["withdrawal"]))
    if isinstance(data, dict):
        return StoryRows(data["story"], tuple(data["merged"]), data.get("revised"), data.get("duplicate_of"))
    article, version, removals, entities, mentions, figures, quotes, merges = data
    return ArticleRows(
        article, version, removals, entities, mentions, figures, quotes, [EntityMerge(*m) for m in merges]
    )


def at_first_receipt(rows: ArticleRows, received: str) -> ArticleRows:
    """``rows`` of a version delivered again, as first received (at ``received``, iso text): a
    repeated delivery keeps the article's receipt time, and its order with the list and withdrawals."""
    article = list(rows.article)
    if article[RECEIVED] == received:
        return rows
    article[RECEIVED] = received
    if article[PUBLISHED] is None:
        article[SORT_AT] = received
    sort_at = article[SORT_AT]
    return rows._replace(
        article=tuple(article),
        version=(*rows.version[:2], received, *rows.version[3:]),
        figures=[(*f[:-1], sort_at) for f in rows.figures],
    )


def with_story(rows: ArticleRows, story_id: str | None) -> ArticleRows:
    """``rows`` with the article placed in ``story_id`` (the story its own story was merged into)."""
    article = list(rows.article)
    article[STORY] = story_id
    return rows._replace(article=tuple(article))


def with_duplicate_of(rows: ArticleRows, duplicate_of: str | None) -> ArticleRows:
    """``rows`` with the article a copy of ``duplicate_of`` (as a revision found it after placing it)."""
    article = list(rows.article)
    article[DUPLICATE] = duplicate_of
    return rows._replace(article=tuple(article))


def event_of(rows: ArticleRows) -> ArticleEnriched:
    """The (normalised) event ``rows`` were flattened from: the inverse of :func:`rows_of`."""
    return event_from_rows(
        dict(zip(ARTICLE_COLUMNS, rows.article, strict=True)),
        _named(REMOVAL_COLUMNS, rows.removals),
        _named(ENTITY_COLUMNS, rows.entities),
        _named(MENTION_COLUMNS, rows.mentions),
        _named(FIGURE_COLUMNS, rows.figures),
        _named(QUOTE_COLUMNS, rows.quotes),
    )


def _named(columns: tuple[str, ...], values: list) -> list[dict[str, Any]]:
    return [dict(zip(columns, v, strict=True)) for v in values]


def event_from_rows(
    article: Mapping[str, Any],
    removals: Iterable[Mapping[str, Any]],
    entities: Iterable[Mapping[str, Any]],
    mentions: Iterable[Mapping[str, Any]],
    figures: Iterable[Mapping[str, Any]],
    quotes: Iterable[Mapping[str, Any]],
) -> ArticleEnriched:
    """The event the rows were made from (child rows in any order; they are sorted by idx)."""
    by_entity: dict[int, list[Mapping[str, Any]]] = {}
    for m in mentions:
        by_entity.setdefault(m["entity_idx"], []).append(m)
    return ArticleEnriched(
        article_id=article["article_id"],
        source=article["source"],
        input=article["input"],
        format=article["format"],
        content_hash=article["content_hash"],
        received_at=time_text(article["received_at"]),
        published_at=time_text(article["published_at"]),
        url=article["url"],
        headline=article["headline"],
        byline=article["byline"],
        dateline=article["dateline"],
        body=article["body"],
        empty_reason=article["empty_reason"],
        story_id=article["story_id"],
        duplicate_of=article["duplicate_of"],
        embargoed_until=time_text(article["embargoed_until"]),
        removed=tuple(Removal(text=r["text"], reason=r["reason"], position=r["block"]) for r in _by_idx(removals)),
        entities=tuple(
            Entity(
                id=n["entity_id"],
                name=n["name"],
                type=n["type"],
                mention_count=n["mention_count"],
                salience=n["salience"],
                aliases=tuple(orjson.loads(n["aliases"])),
                roles=tuple(orjson.loads(n["roles"])),
                country_id=n["country_id"],
                mentions=tuple(
                    Mention(start=m["span_start"], end=m["span_end"], text=m["text"])
                    for m in _by_idx(by_entity.get(n["idx"], ()))
                ),
            )
            for n in _by_idx(entities)
        ),
        figures=tuple(
            Figure(
                text=f["text"],
                start=f["span_start"],
                end=f["span_end"],
                value=f["value"],
                low=f["low"],
                high=f["high"],
                qualifier=f["qualifier"],
                unit=f["unit"],
                currency=f["currency"],
                category=f["category"],
                attribution=f["attribution"],
                attribution_id=f["attribution_id"],
                sentence=f["sentence"],
                salience=f["salience"],
            )
            for f in _by_idx(figures)
        ),
        quotes=tuple(
            Quote(
                text=q["text"],
                start=q["span_start"],
                end=q["span_end"],
                speaker=q["speaker"],
                speaker_id=q["speaker_id"],
                cue=q["cue"],
            )
            for q in _by_idx(quotes)
        ),
    )


def article_document(event: ArticleEnriched, versions: list[dict[str, str]]) -> dict[str, Any]:
    """The JSON-ready answer of ``get_article``: the event's fields plus its versions."""
    doc = event.model_dump(mode="json")
    doc["received_at"] = iso(event.received_at)
    doc["published_at"] = iso(event.published_at)
    doc["versions"] = versions
    return doc


def list_item(row: Mapping[str, Any]) -> dict[str, Any]:
    """One item of ``list_articles`` from an article row."""
    return {
        "article_id": row["article_id"],
        "source": row["source"],
        "headline": row["headline"],
        "published_at": time_text(row["published_at"]),
        "received_at": time_text(row["received_at"]),
        "story_id": row["story_id"],
        "snippet": row["snippet"],
    }


def figure_item(row: Mapping[str, Any]) -> dict[str, Any]:
    """One item of ``list_figures``: the Figure fields plus ``article_id``."""
    figure = Figure(
        text=row["text"],
        start=row["span_start"],
        end=row["span_end"],
        value=row["value"],
        low=row["low"],
        high=row["high"],
        qualifier=row["qualifier"],
        unit=row["unit"],
        currency=row["currency"],
        category=row["category"],
        attribution=row["attribution"],
        attribution_id=row["attribution_id"],
        sentence=row["sentence"],
        salience=row["salience"],
    )
    return {"article_id": row["article_id"], **figure.model_dump(mode="json")}


def _by_idx(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return sorted(rows, key=lambda r: r["idx"])


def _json(values: tuple[str, ...]) -> str:
    return orjson.dumps(list(values)).decode()
