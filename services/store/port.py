"""The store port, in two sides: ``WritePort`` (what the projector writes through) and
``ReadPort`` (what the read API and ``copydesk query`` read); ``Store`` is both.

Three implementations honour this one contract (and one contract suite checks all three):
an in-memory twin for unit tests, SQLite (embedded default) and PostgreSQL. They write a batch
the same way: the merge rules below are ``services.store.plan.plan``, written once; an engine only
reads what the rules need and executes the row changes the plan gives.

Writing
-------
``apply(batch)`` applies a batch of deliveries in ONE transaction together with the consumed
offsets. A delivery carries the decoded event (``Delivery``) or the rows ``rows`` made of it
(``FlatDelivery``, as the projector's decode step hands them over); both store the same. A delivery whose offset is at or below the stored offset of its (topic, partition) is
skipped, so redelivery and replay never double-count. Applying an ArticleEnriched upserts the
article by ``article_id``: its child rows (removals, entity mentions, figures, quotes) are
replaced, a version row is added for a new ``content_hash``, entities and aliases are merged.

Applying a StoryUpdated that merged stories moves every article of the merged stories to the
surviving one, and remembers the merge: an article that arrives later (or again) naming a merged
story is stored in the story that survived it, following merges of merges. So the stories come
out the same in whatever order the two topics' events are applied, and a replay rebuilds them.
A StoryUpdated without a merge changes nothing (the article's own event places it).

Applying an ArticleWithdrawn records the withdrawal (whether or not its article is stored yet).
A version delivered again (same article_id and content_hash) keeps the time it was first received,
so an identical re-delivery changes nothing a query shows.

Reading
-------
No query shows an article under embargo (``embargoed_until`` after the store's ``clock()``) or
withdrawn (a withdrawal received at or after its current version): not in lists, by id, in
stories, an entity's articles or figures (``services.store.visibility``). ``get_versions`` keeps a
withdrawn article's history readable.

Query methods return plain JSON-ready dicts (see each docstring) so the HTTP API and the CLI
render them directly. Lists are ``Page(items, next_cursor)`` with opaque string cursors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from events import ArticleEnriched, ArticleWithdrawn, StoryUpdated

if TYPE_CHECKING:  # rows imports fulltext, which imports this module
    from services.store.rows import Rows


class LayoutMismatch(RuntimeError):
    """The database holds tables of another layout than ``schema.LAYOUT_VERSION`` (older, newer,
    or unversioned): it is not upgraded in place but rebuilt from the log (``store.rebuild``).

    ``database`` names it (a path, or a URL without its password and the schema), ``found`` is
    the version it records (None when it records none), ``wanted`` the current one.
    """

    def __init__(self, database: str, found: int | None, wanted: int) -> None:
        held = f"layout {found}" if found is not None else "tables of no recorded layout"
        super().__init__(
            f"store {database} holds {held}, this copydesk needs layout {wanted}: "
            "rebuild it from the log (services.store.rebuild) or point the store at an empty database"
        )
        self.database, self.found, self.wanted = database, found, wanted


class InvalidQuery(ValueError):
    """A query argument the store refuses (malformed cursor, empty page, oversized ``q``).

    The message names the argument and the reason; the HTTP API turns it into a 422.
    """


@dataclass(frozen=True)
class Delivery:
    """One consumed record: the decoded event and where it was read from."""

    event: ArticleEnriched | StoryUpdated | ArticleWithdrawn
    topic: str
    partition: int
    offset: int


@dataclass(frozen=True)
class FlatDelivery:
    """One consumed record already flattened into the store's rows (``rows.rows_of(event)``,
    ``rows.story_rows_of`` for a StoryUpdated, ``rows.withdrawal_rows_of`` for an ArticleWithdrawn)."""

    rows: Rows
    topic: str
    partition: int
    offset: int


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


@dataclass(frozen=True)
class ArticleFilter:
    source: str | None = None
    entity: str | None = None  # entity id or any alias (case-insensitive)
    category: str | None = None  # figure category
    since: datetime | None = None  # on published_at, else received_at
    until: datetime | None = None
    q: str | None = None  # full-text query on headline + body


class WritePort(Protocol):
    """What the projector writes through (and a replay resets)."""

    def migrate(self) -> None:
        """Make sure the store has the current layout; run on start-up. An empty database gets it
        created; one that has it already is left alone; any other raises LayoutMismatch."""

    def apply(self, batch: Sequence[Delivery | FlatDelivery]) -> int:
        """Apply a batch atomically with its offsets; return how many deliveries were new."""

    def offsets(self, topic: str) -> dict[int, int]:
        """Next offset to consume per partition of ``topic`` (last applied + 1)."""

    def reset(self) -> None:
        """Delete every row (articles, entities, offsets...) for a replay from the start."""

    def close(self) -> None: ...

    def ready(self) -> bool:
        """True when reachable and holding the current layout (for /readyz)."""


class ReadPort(Protocol):
    """What the read API and ``copydesk query`` read; every answer follows the visibility rules."""

    def close(self) -> None: ...

    def ready(self) -> bool:
        """True when reachable and migrations are applied (for /readyz)."""

    def stats(self) -> dict[str, int]:
        """{"articles", "versions", "removed", "entities", "figures", "quotes", "stories"} counts."""

    def article_versions(self) -> dict[str, set[str]]:
        """article_id -> set of content_hash stored (used to wait until ingested input is queryable)."""

    def list_articles(self, flt: ArticleFilter, cursor: str | None, limit: int) -> Page:
        """Newest first. Item: {"article_id","source","headline","published_at","received_at","story_id","snippet"}.

        Order: (published_at, else received_at) descending, then article_id descending. ``since`` is
        inclusive and ``until`` exclusive, on that same time. ``q`` matches articles whose headline
        or body contains every word of ``q`` (words: runs of letters and digits, case-insensitive,
        no stemming; see services.store.fulltext); a ``q`` without any word matches nothing.
        ``entity`` is an entity id or any alias, resolved as by ``get_entity``. Times in items are
        UTC ISO 8601 strings. At most 100 items whatever ``limit``; raises InvalidQuery for a
        limit below 1, a malformed cursor, or an oversized ``q`` or ``entity``."""

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """Everything about one article: the fields of ArticleEnriched (body, removed, entities with
        mentions, figures, quotes, story_id, duplicate_of, headline, byline, dateline, ...) plus
        "versions": [{"content_hash","received_at"}]."""

    def get_versions(self, article_id: str) -> dict[str, Any] | None:
        """An article's history: {"article_id", "withdrawn": {withdrawn_at, status, reason} or null,
        "versions": [{version, content_hash, received_at, changes_known, entities_added,
        entities_removed, figures_added, figures_removed, figures_changed: [{before, after}]}],
        "withdrawals": [{withdrawn_at, status, reason}]}, oldest first (see
        services.store.version_changes). Also for a withdrawn article; None for an unknown one or
        one still under embargo."""

    def list_entities(self, type: str | None, cursor: str | None, limit: int) -> Page:
        """Ordered by article count desc. Item: {"id","name","type","article_count","aliases"}."""

    def get_entity(self, id_or_alias: str) -> dict[str, Any] | None:
        """{"id","name","type","aliases","articles":[{article_id,headline}],"co_occurring":[{id,name,type,count}]}.

        Also "country_id" and "article_count". An exact id wins; otherwise the alias (any name the
        entity was seen under, case-insensitive) of the entity with most articles. "articles" are
        the 100 newest; "co_occurring" the 20 entities sharing most articles with it."""

    def list_figures(
        self,
        entity: str | None,
        unit: str | None,
        category: str | None,
        qualifier: str | None,
        cursor: str | None,
        limit: int,
    ) -> Page:
        """Item: the Figure fields plus "article_id"; newest article first (as ``list_articles``
        orders them), then in order of position in the article.

        ``entity`` (id or alias) selects figures attributed to that entity (``attribution_id``).
        ``unit`` selects figures stored under any unit that counts the same thing
        (services.processors.stories.units.unit_variants: "troop" also finds "soldier")."""

    def get_story(self, story_id: str) -> dict[str, Any] | None:
        """{"story_id","articles":[...],"figure_groups":[...]} (services.store.story_view.story_document)
        over the story's 100 newest articles, newest first; None if the story has no article.
        A story merged into another answers with the surviving story (its ``story_id``).

        Article: {article_id, headline, first_line, source, published_at, received_at, duplicate_of,
        credit: {line, agency} or null}. Figure groups are reconciled from the articles' stored
        figures on every read (services.processors.stories.reconciliation), so they follow the
        story's current articles."""

    def dump(self) -> list[dict[str, Any]]:
        """Canonical, deterministic dump of all content (no offsets, no timestamps of writing),
        sorted, for comparing a replayed store with the original."""


class Store(WritePort, ReadPort, Protocol):
    """Both sides: what every engine implements (services.store.factory opens one)."""
