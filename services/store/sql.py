"""The Store contract in SQL, written once for SQLite and PostgreSQL.

Statements use ``?`` placeholders and only parameters carry values; an engine subclass supplies
the connection, transactions, placeholder style and its full-text search (see the hooks at the
end of the class). Every list query is keyset-paginated and bounded by ``limits.page_size``.

Writing holds no merge rule: ``apply`` reads what the batch's rules need (``_prior``), asks
``services.store.plan`` for the row changes and executes them (``_execute``), all in one
transaction with the offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from functools import lru_cache
from typing import Any, TypeVar

from services.processors.stories.units import unit_variants
from services.store import cursor as cursors
from services.store.fulltext import query_terms
from services.store.limits import CO_OCCURRING_LIMIT, RELATED_LIMIT, entity_name, page_size
from services.store.plan import Keys, Prior, RowChanges, StoredArticle, keys_of, plan
from services.store.port import ArticleFilter, Delivery, FlatDelivery, LayoutMismatch, Page
from services.store.rows import (
    ARTICLE_COLUMNS,
    ENTITY_COLUMNS,
    FIGURE_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    REMOVAL_COLUMNS,
    SORT_AT,
    VERSION_COLUMNS,
    WITHDRAWAL_COLUMNS,
    ArticleRows,
    alias_key,
    article_document,
    event_from_rows,
    figure_item,
    iso,
    list_item,
    time_text,
)
from services.store.schema import ARTICLE_KEYED, LAYOUT_TABLE, LAYOUT_VERSION, Dialect, statements
from services.store.story_view import story_document
from services.store.visibility import history_document, under_embargo, utc_now

ALL_TABLES = (
    "articles",
    "article_versions",
    *ARTICLE_KEYED,
    "entities",
    "entity_aliases",
    "stories",
    "consumed_offsets",
)
MERGE_TABLES = ("story_merges", "duplicate_revisions")  # emptied with ALL_TABLES by reset()
WIRE_TABLES = ("article_withdrawals",)  # emptied with ALL_TABLES by reset()
ARTICLE_FIELDS = ", ".join(f"a.{c}" for c in ARTICLE_COLUMNS)
V = TypeVar("V")


@lru_cache(maxsize=256)
def insert_sql(table: str, columns: tuple[str, ...], conflict: str = "", rows: int = 1) -> str:
    """INSERT INTO ``table`` of ``rows`` rows per statement, followed by ``conflict``."""
    group = f"({', '.join('?' for _ in columns)})"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([group] * rows)}{conflict}"


def upsert_article_sql(
    leading: Sequence[str] = (), extra_columns: Sequence[str] = (), extra_values: Sequence[str] = (), rows: int = 1
) -> str:
    """INSERT ... ON CONFLICT (article_id) DO UPDATE of every article column, plus engine extras:
    ``leading`` columns bound before the article's, ``extra_columns`` set to SQL ``extra_values``;
    ``rows`` rows per statement."""
    columns = (*leading, *ARTICLE_COLUMNS, *extra_columns)
    group = "(" + ", ".join(["?"] * (len(leading) + len(ARTICLE_COLUMNS)) + list(extra_values)) + ")"
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "article_id")
    return (
        f"INSERT INTO articles ({', '.join(columns)}) VALUES {', '.join([group] * rows)} "
        f"ON CONFLICT (article_id) DO UPDATE SET {updates}"
    )


class SqlStore:
    """Store over a DB-API connection; subclasses implement the engine hooks below."""

    dialect: Dialect
    clock: Callable[[], datetime] = staticmethod(utc_now)  # "now" for embargoes; tests set their own

    # --- schema -------------------------------------------------------------------------------
    def migrate(self) -> None:
        """See ``Store.migrate``: in one transaction (kept apart from other processes' by
        ``_lock_schema``), an empty database gets ``schema.statements`` and LAYOUT_VERSION recorded;
        one recording LAYOUT_VERSION is left alone; any other raises LayoutMismatch."""
        with self._write():
            self._lock_schema()
            found = self._layout()
            if found == LAYOUT_VERSION:
                return
            if found is not None or self._table_names():
                raise LayoutMismatch(self.database, found, LAYOUT_VERSION)
            for statement in statements(self.dialect):
                self._exec(statement)
            self._exec(f"INSERT INTO {LAYOUT_TABLE} (version) VALUES (?)", (LAYOUT_VERSION,))

    def ready(self) -> bool:
        """Whether the store is reachable and holds the current layout."""
        try:
            with self._read():
                return self._layout() == LAYOUT_VERSION
        except Exception:  # noqa: BLE001 - any failure to read means "not ready"
            return False

    def _layout(self) -> int | None:
        """The layout version the database records: ``store_layout``'s, else the highest of the
        numbered migrations that made the layouts before 12, else None."""
        tables = self._table_names()
        if LAYOUT_TABLE in tables:
            row = self._one(f"SELECT max(version) AS version FROM {LAYOUT_TABLE}")
            return None if row is None else row["version"]
        if "schema_migrations" in tables:
            row = self._one("SELECT max(version) AS version FROM schema_migrations")
            return None if row is None else row["version"]
        return None

    # --- writing ------------------------------------------------------------------------------
    def apply(self, batch: Sequence[Delivery | FlatDelivery]) -> int:
        if not batch:
            return 0
        with self._write():
            prior = self._prior(keys_of(batch))
            changes = plan(batch, prior)
            self._execute(changes, {aid: a.key for aid, a in prior.articles.items()})
        return changes.new

    def _prior(self, keys: Keys) -> Prior:
        """What the store holds of ``keys`` (see ``plan.Prior``)."""
        offsets = {
            (topic, r["partition_no"]): r["last_offset"]
            for topic in keys.topics
            for r in self._rows("SELECT partition_no, last_offset FROM consumed_offsets WHERE topic = ?", (topic,))
        }
        stored = self._in(
            "SELECT article_id, received_at, story_id, {ck} AS child_key FROM articles WHERE article_id IN ({marks})",
            sorted(keys.article_ids),
        )
        by_key = {r["child_key"]: r["article_id"] for r in stored}
        versions = {
            (by_key[r["child_key"]], r["content_hash"]): time_text(r["received_at"])
            for r in self._in(
                "SELECT {ck} AS child_key, content_hash, received_at FROM article_versions WHERE {ck} IN ({marks})",
                sorted(by_key),
            )
        }
        entity_ids: dict[str, list[str]] = {}
        for r in self._in(
            "SELECT {ck} AS child_key, entity_id FROM entity_articles WHERE {ck} IN ({marks})", sorted(by_key)
        ):
            entity_ids.setdefault(by_key[r["child_key"]], []).append(r["entity_id"])
        revisions = {
            r["article_id"]: r["duplicate_of"]
            for r in self._in(
                "SELECT article_id, duplicate_of FROM duplicate_revisions WHERE article_id IN ({marks})",
                sorted(keys.article_ids),
            )
        }
        merged_into = {
            r["story_id"]: r["into_story_id"]
            for r in self._in(
                "SELECT story_id, into_story_id FROM story_merges WHERE story_id IN ({marks})", sorted(keys.story_ids)
            )
        }
        stories = keys.story_ids | set(merged_into.values())
        merged_into.update(
            (r["story_id"], r["into_story_id"])
            for r in self._in(
                "SELECT story_id, into_story_id FROM story_merges WHERE into_story_id IN ({marks})", sorted(stories)
            )
        )
        stories |= {r["story_id"] for r in stored if r["story_id"] is not None}
        counts = {
            r["story_id"]: r["article_count"]
            for r in self._in(
                "SELECT story_id, article_count FROM stories WHERE story_id IN ({marks})", sorted(stories)
            )
        }
        articles = {
            r["article_id"]: StoredArticle(
                time_text(r["received_at"]), r["story_id"], tuple(entity_ids.get(r["article_id"], ())), r["child_key"]
            )
            for r in stored
        }
        return Prior(offsets, articles, versions, revisions, merged_into, counts)

    def _in(self, sql: str, values: Sequence[Any]) -> list[Mapping[str, Any]]:
        """The rows of ``sql`` (with ``{ck}``: the child key, ``{marks}``: an IN list) over ``values`` in chunks."""
        out: list[Mapping[str, Any]] = []
        for chunk, marks in in_lists(values):
            out += self._rows(sql.format(ck=self.dialect.child_key, marks=marks), chunk)
        return out

    def _execute(self, changes: RowChanges, keys: dict[str, Any]) -> None:
        """Write ``changes`` (inside the write transaction); ``keys``: article_id -> child key of
        the stored articles."""
        c, ck = changes, self.dialect.child_key
        self._many("UPDATE articles SET story_id = ? WHERE story_id = ?", [(into, gone) for gone, into in c.renames])
        self._insert_rows(
            "story_merges",
            ("story_id", "into_story_id"),
            list(c.merges.items()),
            " ON CONFLICT (story_id) DO UPDATE SET into_story_id = excluded.into_story_id",
        )
        self._many("DELETE FROM stories WHERE story_id = ?", [(s,) for s in c.stories_gone])
        self._insert_rows(
            "duplicate_revisions",
            ("article_id", "duplicate_of"),
            list(c.revisions.items()),
            " ON CONFLICT (article_id) DO UPDATE SET duplicate_of = excluded.duplicate_of",
        )
        self._many(
            "UPDATE articles SET duplicate_of = ? WHERE article_id = ?",
            [(original, aid) for aid, original in c.revisions.items()],
        )
        if c.replaced:  # their child rows and search entries are replaced
            self._forget_search(c.replaced)
            for chunk, marks in in_lists(sorted(c.replaced.values())):
                for table in ARTICLE_KEYED:
                    self._exec(f"DELETE FROM {table} WHERE {ck} IN ({marks})", chunk)
        if c.articles:
            new_keys = self._put_articles(c.articles, c.replaced)
            if ck != "article_id":  # an article given a new key takes its earlier versions along
                self._many(
                    f"UPDATE article_versions SET {ck} = ? WHERE {ck} = ?",
                    [(new_keys[aid], old) for aid, old in c.replaced.items() if new_keys[aid] != old],
                )
            keys = {**keys, **new_keys}
        self._insert_parts("article_versions", VERSION_COLUMNS, c.versions, keys, " ON CONFLICT DO NOTHING")
        for table, columns, attribute in _CHILDREN:
            self._insert_parts(table, columns, [row for r in c.articles for row in getattr(r, attribute)], keys)
        self._insert_rows(
            "entities",
            ("id", "name", "type", "country_id", "article_count"),
            c.entities,
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, "
            "country_id = excluded.country_id, article_count = entities.article_count + excluded.article_count",
        )
        self._many(
            "UPDATE entities SET article_count = article_count + ? WHERE id = ?",
            [(delta, eid) for eid, delta in c.entity_counts],
        )
        self._insert_rows("entity_aliases", ("entity_id", "alias_key", "alias"), c.aliases, " ON CONFLICT DO NOTHING")
        self._insert_parts(
            "entity_articles",
            ("article_id", "entity_id", "sort_at"),
            [(r.article[0], m.id, r.article[SORT_AT]) for r in c.articles for m in r.merges],
            keys,
        )
        self._insert_rows(
            "stories",
            ("story_id", "article_count"),
            c.stories,
            " ON CONFLICT (story_id) DO UPDATE SET article_count = excluded.article_count",
        )
        self._insert_rows("article_withdrawals", WITHDRAWAL_COLUMNS, c.withdrawals, " ON CONFLICT DO NOTHING")
        self._insert_rows(
            "consumed_offsets",
            ("topic", "partition_no", "last_offset"),
            c.offsets,
            " ON CONFLICT (topic, partition_no) DO UPDATE SET last_offset = excluded.last_offset",
        )

    def _surviving(self, story_id: str) -> str:
        """The story ``story_id`` was merged into, or itself (merges point at surviving stories)."""
        row = self._one("SELECT into_story_id FROM story_merges WHERE story_id = ?", (story_id,))
        return story_id if row is None else row["into_story_id"]

    def _insert_parts(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        keys: Mapping[str, Any],
        conflict: str = "",
    ) -> None:
        """Insert rows of an ARTICLE_KEYED table or article_versions (article_id first); rows that
        may exist already need a ``conflict`` clause. An engine whose child key is not the
        article_id overrides this to lead each row with its article's key from ``keys``
        (article_id -> key), as SqliteStore does."""
        if self.dialect.child_key != "article_id":
            raise NotImplementedError(f"{type(self).__name__}: parts keyed by {self.dialect.child_key}")
        if conflict:
            self._insert_rows(table, columns, rows, conflict)
        else:
            self._insert_new(table, columns, rows)

    def offsets(self, topic: str) -> dict[int, int]:
        with self._read():
            rows = self._rows("SELECT partition_no, last_offset FROM consumed_offsets WHERE topic = ?", (topic,))
        return {r["partition_no"]: r["last_offset"] + 1 for r in rows}

    def reset(self) -> None:
        with self._write():
            for table in (*ALL_TABLES, *MERGE_TABLES, *WIRE_TABLES):
                self._exec(f"DELETE FROM {table}")
            self._reset_search()

    # --- queries ------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        counts = {
            "articles": "SELECT count(*) AS n FROM articles",
            "versions": "SELECT count(*) AS n FROM article_versions",
            "removed": "SELECT count(*) AS n FROM article_removals",
            "entities": "SELECT count(*) AS n FROM entities WHERE article_count > 0",
            "figures": "SELECT count(*) AS n FROM article_figures",
            "quotes": "SELECT count(*) AS n FROM article_quotes",
            "stories": "SELECT count(*) AS n FROM stories WHERE article_count > 0",
        }
        with self._read():
            return {name: int(self._rows(sql)[0]["n"]) for name, sql in counts.items()}  # a count has one row

    def article_versions(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        with self._read():
            for r in self._rows("SELECT article_id, content_hash FROM article_versions"):
                out.setdefault(r["article_id"], set()).add(r["content_hash"])
        return out

    def list_articles(self, flt: ArticleFilter, cursor: str | None, limit: int) -> Page:
        size = page_size(limit)
        after = cursors.decode("articles", cursor, (str, str)) if cursor else None
        if after is not None:
            cursors.decode_time(after[0])
        terms = query_terms(flt.q) if flt.q is not None else None
        if terms == []:
            return Page([], None)
        with self._read():
            entity_id = None
            if flt.entity is not None:
                entity_id = self._resolve_entity(flt.entity)
                if entity_id is None:
                    return Page([], None)
            rows = self._select_articles(flt, entity_id, terms, after, size + 1)
        items = [list_item(r) for r in rows[:size]]
        more = len(rows) > size
        next_cursor = (
            cursors.encode("articles", [time_text(rows[size - 1]["sort_at"]), rows[size - 1]["article_id"]])
            if more
            else None
        )
        return Page(items, next_cursor)

    def _select_articles(
        self, flt: ArticleFilter, entity_id: str | None, terms: list[str] | None, after: list[str] | None, n: int
    ) -> list[Mapping[str, Any]]:
        """The first ``n`` article rows, newest first, passing every filter and after the cursor key."""
        source, key, where, params = self._article_query(flt, entity_id, terms, after)
        sql = (
            f"SELECT {ARTICLE_FIELDS} FROM {source}"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + f" ORDER BY {key}.sort_at DESC, {key}.article_id DESC LIMIT ?"
        )
        return self._rows(sql, (*params, n))

    def _article_query(
        self, flt: ArticleFilter, entity_id: str | None, terms: list[str] | None, after: list[str] | None
    ) -> tuple[str, str, list[str], list[Any]]:
        """(FROM clause, alias holding sort_at, WHERE fragments, parameters) of an article list."""
        if entity_id is not None:  # drive from the entity's articles, already in list order
            source, key = "entity_articles k JOIN articles a ON a.article_id = k.article_id", "k"
            where, params = ["k.entity_id = ?"], [entity_id]
        else:
            source, key, where, params = "articles a", "a", [], []
        more_where, more_params = self._plain_filters(flt, key, after)
        where += more_where
        params += more_params
        if terms:
            fragment, extra = self._search_filter(terms)
            where.append(fragment)
            params += extra
        return source, key, where, params

    def _visible(self, alias: str = "a") -> tuple[str, list[Any]]:
        """A WHERE fragment true for an article row ``alias`` that may be shown now: not under
        embargo, and not withdrawn at or after its current version was received."""
        return (
            f"({alias}.embargoed_until IS NULL OR {alias}.embargoed_until <= ?) AND NOT EXISTS (SELECT 1 FROM "
            f"article_withdrawals w WHERE w.article_id = {alias}.article_id AND w.withdrawn_at >= {alias}.received_at)",
            [self._time_param(iso(self.clock()))],
        )

    def _plain_filters(self, flt: ArticleFilter, key: str, after: list[str] | None) -> tuple[list[str], list[Any]]:
        """WHERE fragments for visibility, source, category, time range and cursor (``key``: the
        sort_at table)."""
        visible, at = self._visible()
        where: list[str] = [visible]
        params: list[Any] = [*at]
        if flt.source is not None:
            where.append("a.source = ?")
            params.append(flt.source)
        if flt.category is not None:
            ck = self.dialect.child_key
            where.append(f"EXISTS (SELECT 1 FROM article_figures f WHERE f.{ck} = a.{ck} AND f.category = ?)")
            params.append(flt.category)
        if flt.since is not None:
            where.append(f"{key}.sort_at >= ?")
            params.append(self._time_param(iso(flt.since)))
        if flt.until is not None:
            where.append(f"{key}.sort_at < ?")
            params.append(self._time_param(iso(flt.until)))
        if after is not None:
            where.append(f"({key}.sort_at, {key}.article_id) < (?, ?)")
            params += [self._time_param(after[0]), after[1]]
        return where, params

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        with self._read():
            ck = self.dialect.child_key
            visible, at = self._visible()
            article = self._one(
                f"SELECT {ARTICLE_FIELDS}, a.{ck} AS child_key FROM articles a WHERE a.article_id = ? AND {visible}",
                (article_id, *at),
            )
            if article is None:
                return None
            children = [
                self._rows(f"SELECT * FROM {table} WHERE {ck} = ?", (article["child_key"],)) for table in _CHILD_TABLES
            ]
            versions = self._rows(
                f"SELECT content_hash, received_at FROM article_versions WHERE {ck} = ? "
                "ORDER BY received_at, content_hash",
                (article["child_key"],),
            )
        event = event_from_rows(article, *children)
        return article_document(event, [_version(v) for v in versions])

    def get_versions(self, article_id: str) -> dict[str, Any] | None:
        with self._read():
            ck = self.dialect.child_key
            article = self._one(
                f"SELECT a.article_id, a.received_at, a.embargoed_until, a.{ck} AS child_key FROM articles a "
                "WHERE a.article_id = ?",
                (article_id,),
            )
            if article is None or under_embargo(time_text(article["embargoed_until"]), self.clock()):
                return None
            versions = self._rows(
                f"SELECT content_hash, received_at, summary FROM article_versions WHERE {ck} = ? "
                "ORDER BY received_at, content_hash",
                (article["child_key"],),
            )
            withdrawals = self._rows(
                "SELECT withdrawn_at, status, reason FROM article_withdrawals WHERE article_id = ? ORDER BY withdrawn_at",
                (article_id,),
            )
        return history_document(
            article_id,
            time_text(article["received_at"]),
            [{**v, "received_at": time_text(v["received_at"])} for v in versions],
            [{**w, "withdrawn_at": time_text(w["withdrawn_at"])} for w in withdrawals],
        )

    def list_entities(self, type: str | None, cursor: str | None, limit: int) -> Page:
        size = page_size(limit)
        after = cursors.decode("entities", cursor, (int, str)) if cursor else None
        where, params = ["article_count > 0"], []
        if type is not None:
            where.append("type = ?")
            params.append(type)
        if after is not None:
            where.append("(article_count < ? OR (article_count = ? AND id > ?))")
            params += [after[0], after[0], after[1]]
        with self._read():
            rows = self._rows(
                f"SELECT id, name, type, article_count FROM entities WHERE {' AND '.join(where)} "
                "ORDER BY article_count DESC, id LIMIT ?",
                (*params, size + 1),
            )
            page = rows[:size]
            aliases = self._aliases([r["id"] for r in page])
        items = [
            {
                "id": r["id"],
                "name": r["name"],
                "type": r["type"],
                "article_count": r["article_count"],
                "aliases": aliases.get(r["id"], []),
            }
            for r in page
        ]
        more = len(rows) > size
        next_cursor = cursors.encode("entities", [page[-1]["article_count"], page[-1]["id"]]) if more else None
        return Page(items, next_cursor)

    def get_entity(self, id_or_alias: str) -> dict[str, Any] | None:
        with self._read():
            entity_id = self._resolve_entity(id_or_alias)
            if entity_id is None:
                return None
            e = self._one("SELECT id, name, type, country_id, article_count FROM entities WHERE id = ?", (entity_id,))
            articles = self._select_articles(ArticleFilter(), entity_id, None, None, RELATED_LIMIT)
            keys, key_params = self._entity_keys(entity_id)
            co = self._rows(
                "SELECT e.id, e.name, e.type, count(*) AS n FROM entity_articles y JOIN entities e ON e.id = y.entity_id "
                f"WHERE y.{self.dialect.child_key} IN ({keys}) AND y.entity_id <> ? "
                "GROUP BY e.id, e.name, e.type ORDER BY n DESC, e.id LIMIT ?",
                (*key_params, entity_id, CO_OCCURRING_LIMIT),
            )
            aliases = self._aliases([entity_id])
        assert e is not None
        return {
            "id": e["id"],
            "name": e["name"],
            "type": e["type"],
            "country_id": e["country_id"],
            "article_count": e["article_count"],
            "aliases": aliases.get(entity_id, []),
            "articles": [{"article_id": a["article_id"], "headline": a["headline"]} for a in articles],
            "co_occurring": [{"id": c["id"], "name": c["name"], "type": c["type"], "count": int(c["n"])} for c in co],
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
        visible, at = self._visible()
        where: list[str] = [
            f"EXISTS (SELECT 1 FROM articles a WHERE a.article_id = article_figures.article_id AND {visible})"
        ]
        params: list[Any] = [*at]
        with self._read():
            if entity is not None:
                entity_id = self._resolve_entity(entity)
                if entity_id is None:
                    return Page([], None)
                where.append("attribution_id = ?")
                params.append(entity_id)
            if unit is not None:  # any unit that counts the same: "troop" finds "soldier" too
                units = unit_variants(unit)
                where.append(f"unit IN ({', '.join('?' * len(units))})")
                params += units
            for column, value in (("category", category), ("qualifier", qualifier)):
                if value is not None:
                    where.append(f"{column} = ?")
                    params.append(value)
            if after is not None:  # the rest of the cursor's article, then older articles
                sort_at, article_id, idx = self._time_param(after[0]), after[1], after[2]
                where.append("(sort_at, article_id) <= (?, ?) AND NOT (sort_at = ? AND article_id = ? AND idx <= ?)")
                params += [sort_at, article_id, sort_at, article_id, idx]
            rows = self._rows(
                "SELECT * FROM article_figures"
                + (f" WHERE {' AND '.join(where)}" if where else "")
                + " ORDER BY sort_at DESC, article_id DESC, idx LIMIT ?",
                (*params, size + 1),
            )
        items = [figure_item(r) for r in rows[:size]]
        more = len(rows) > size
        last = rows[size - 1] if more else None
        next_cursor = (
            cursors.encode("figures", [time_text(last["sort_at"]), last["article_id"], last["idx"]]) if last else None
        )
        return Page(items, next_cursor)

    def get_story(self, story_id: str) -> dict[str, Any] | None:
        ck = self.dialect.child_key
        with self._read():
            story_id = self._surviving(story_id)
            visible, at = self._visible()
            articles = self._rows(
                f"SELECT {ARTICLE_FIELDS}, a.{ck} AS child_key FROM articles a WHERE a.story_id = ? AND {visible} "
                "ORDER BY a.sort_at DESC, a.article_id DESC LIMIT ?",
                (story_id, *at, RELATED_LIMIT),
            )
            keys = [a["child_key"] for a in articles]
            children: dict[str, dict[Any, list[Mapping[str, Any]]]] = {table: {} for table in _STORY_TABLES}
            for table in _STORY_TABLES:
                for chunk, marks in in_lists(keys):
                    for r in self._rows(f"SELECT * FROM {table} WHERE {ck} IN ({marks})", chunk):
                        children[table].setdefault(r[ck], []).append(r)
        events = [
            event_from_rows(a, *(children[t].get(a["child_key"], []) if t in children else [] for t in _CHILD_TABLES))
            for a in articles
        ]
        return story_document(story_id, events)

    def dump(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        with self._read():
            articles = self._rows(f"SELECT {ARTICLE_FIELDS} FROM articles a ORDER BY a.article_id")
            children = {table: _grouped(self._rows(f"SELECT * FROM {table}")) for table in _CHILD_TABLES}
            versions = _grouped(self._rows("SELECT article_id, content_hash, received_at FROM article_versions"))
            entities = self._rows("SELECT id, name, type, country_id, article_count FROM entities ORDER BY id")
            aliases = self._aliases(None)
            stories = self._rows(
                "SELECT s.story_id, a.article_id FROM stories s JOIN articles a ON a.story_id = s.story_id"
            )
            merges = self._rows("SELECT story_id, into_story_id FROM story_merges ORDER BY story_id")
            withdrawals = self._rows("SELECT * FROM article_withdrawals ORDER BY article_id, withdrawn_at")
        for a in articles:
            aid = a["article_id"]
            event = event_from_rows(a, *(children[t].get(aid, []) for t in children))
            vs = sorted(
                (_version(v) for v in versions.get(aid, [])), key=lambda v: (v["received_at"], v["content_hash"])
            )
            out.append({"kind": "article", **article_document(event, vs)})
        for e in entities:
            out.append(
                {
                    "kind": "entity",
                    "id": e["id"],
                    "name": e["name"],
                    "type": e["type"],
                    "country_id": e["country_id"],
                    "article_count": e["article_count"],
                    "aliases": aliases.get(e["id"], []),
                }
            )
        members: dict[str, list[str]] = {}
        for s in stories:
            members.setdefault(s["story_id"], []).append(s["article_id"])
        for story_id in sorted(members):
            out.append({"kind": "story", "story_id": story_id, "articles": sorted(members[story_id])})
        for m in merges:
            out.append({"kind": "merge", "story_id": m["story_id"], "into": m["into_story_id"]})
        for w in withdrawals:
            out.append(
                {
                    "kind": "withdrawal",
                    "article_id": w["article_id"],
                    "withdrawn_at": time_text(w["withdrawn_at"]),
                    "status": w["status"],
                    "reason": w["reason"],
                }
            )
        return out

    # --- shared helpers -----------------------------------------------------------------------
    def _resolve_entity(self, id_or_alias: str) -> str | None:
        """The entity id named by an id or (case-insensitively) an alias; most-mentioned wins."""
        row = self._one("SELECT id FROM entities WHERE id = ?", (entity_name(id_or_alias),))
        if row is not None:
            return row["id"]
        key = alias_key(id_or_alias)
        if not key:
            return None
        row = self._one(
            "SELECT e.id FROM entity_aliases al JOIN entities e ON e.id = al.entity_id WHERE al.alias_key = ? "
            "ORDER BY e.article_count DESC, e.id LIMIT 1",
            (key,),
        )
        return None if row is None else row["id"]

    def _aliases(self, ids: list[str] | None) -> dict[str, list[str]]:
        """entity id -> its aliases sorted (for ``ids``, or every entity when None)."""
        if ids == []:
            return {}
        if ids is None:
            rows = self._rows("SELECT entity_id, alias FROM entity_aliases")
        else:
            marks = ", ".join("?" for _ in ids)
            rows = self._rows(f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({marks})", ids)
        out: dict[str, list[str]] = {}
        for r in rows:
            out.setdefault(r["entity_id"], []).append(r["alias"])
        return {k: sorted(v) for k, v in out.items()}

    # --- engine hooks -------------------------------------------------------------------------
    def _write(self) -> AbstractContextManager[None]:
        """A write transaction (serialised with other writers); commits on success."""
        raise NotImplementedError

    def _read(self) -> AbstractContextManager[None]:
        """A read-only snapshot for the statements inside it."""
        raise NotImplementedError

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        raise NotImplementedError

    def _insert_rows(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], conflict: str = ""
    ) -> None:
        """INSERT ``rows`` into ``table`` with an optional ON CONFLICT clause, with the effect of
        inserting them one after another (an engine may send several rows per statement)."""
        self._many(insert_sql(table, tuple(columns), conflict), rows)

    def _insert_new(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows that cannot conflict with stored ones (an engine may bulk-load them)."""
        self._insert_rows(table, columns, rows)

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Mapping[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _entity_keys(self, entity_id: str) -> tuple[str, list[Any]]:
        """A subquery of the child keys of the articles mentioning ``entity_id``, with its parameters."""
        return f"SELECT {self.dialect.child_key} FROM entity_articles WHERE entity_id = ?", [entity_id]

    def _forget_search(self, existing: Mapping[str, Any]) -> None:
        """Before the stored articles in ``existing`` (article_id -> child key) and their parts are
        replaced: drop what the full-text search holds for them, if the engine keeps it apart."""

    def _lock_schema(self) -> None:
        """Keep concurrent migrations of the same database apart (inside the write transaction)."""

    @property
    def database(self) -> str:
        """The database, named for messages (no password)."""
        raise NotImplementedError

    def _table_names(self) -> set[str]:
        """The names of the tables in the store's database (or schema), but the engine's own."""
        raise NotImplementedError

    def _time_param(self, text: str) -> Any:
        """An :func:`rows.iso` time as this engine's parameter."""
        return text

    def _put_articles(self, articles: list[ArticleRows], existing: Mapping[str, Any]) -> Mapping[str, Any]:
        """Insert or replace the article rows and their full-text entries (see ``fulltext``; the
        old entries went in ``_forget_search``); article ids are distinct. ``existing`` maps the
        ids already stored to their current child key (``dialect.child_key``). Returns every
        article's child key now."""
        raise NotImplementedError

    def _reset_search(self) -> None:
        """Empty whatever full-text index lives outside ``ALL_TABLES``."""

    def _search_filter(self, terms: list[str]) -> tuple[str, list[Any]]:
        """A WHERE fragment on ``a`` (articles) true when every term is a word of the article."""
        raise NotImplementedError


_CHILDREN = (
    ("article_removals", REMOVAL_COLUMNS, "removals"),
    ("article_entities", ENTITY_COLUMNS, "entities"),
    ("entity_mentions", MENTION_COLUMNS, "mentions"),
    ("article_figures", FIGURE_COLUMNS, "figures"),
    ("article_quotes", QUOTE_COLUMNS, "quotes"),
)
_CHILD_TABLES = tuple(table for table, _, _ in _CHILDREN)  # in event_from_rows's argument order
# What a story's answer reads of its articles: figures, entities with their mentions (subjects
# of figures) and removed lines (credit lines); not the quotes.
_STORY_TABLES = ("article_removals", "article_entities", "entity_mentions", "article_figures")


def in_lists(values: Sequence[V], size: int = 500) -> Iterator[tuple[Sequence[V], str]]:
    """``values`` in chunks of at most ``size`` for ``IN (...)``, each with its ``?, ?, ...`` marks."""
    for start in range(0, len(values), size):
        chunk = values[start : start + size]
        yield chunk, ", ".join("?" * len(chunk))


def _version(row: Mapping[str, Any]) -> dict[str, str]:
    return {"content_hash": row["content_hash"], "received_at": time_text(row["received_at"])}


def _grouped(rows: Iterator[Mapping[str, Any]] | list[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    out: dict[str, list[Mapping[str, Any]]] = {}
    for r in rows:
        out.setdefault(r["article_id"], []).append(r)
    return out
