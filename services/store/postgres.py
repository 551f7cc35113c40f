"""The engine for scale: PostgreSQL through psycopg 3, full-text search on a tsvector with a GIN index.

The tsvector is built from ``fulltext.indexed_text`` with the ``simple`` configuration, so
PostgreSQL indexes exactly the words SQLite and the in-memory twin index. One connection per
store object, shared by threads under a lock; every operation runs in its own transaction.
Its tables live in one schema of their own, ``schema`` (the first entry of the connection's
search_path, or ``copydesk`` when that is the server's default ``"$user"``), created when
missing and made the session's only search_path: a rebuild (``services.store.rebuild``) makes
the next layout in ``<schema>_rebuild`` and swaps the two by renaming. ``migrate`` takes a
transaction-scoped advisory lock so concurrent start-ups do not collide.
Rows that cannot conflict (child rows of a batch) are bulk-loaded with COPY.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from services.store.fulltext import indexed_text
from services.store.port import ArticleFilter
from services.store.rows import BODY, HEADLINE, ArticleRows
from services.store.schema import POSTGRES
from services.store.sql import ARTICLE_FIELDS, SqlStore, upsert_article_sql

CONNECT_TIMEOUT_S = 10
SEARCH_SORT_CAP = 2000  # matches above which a search walks the list order instead of sorting
_MIGRATION_LOCK = 0x636F70796465736B  # "copydesk" as a 64-bit advisory lock key
DEFAULT_SCHEMA = "copydesk"


def schema_of(search_path: str) -> str:
    """The schema a store keeps its tables in, given the session's ``search_path`` setting: its
    first entry, unquoted, or DEFAULT_SCHEMA when that is ``"$user"`` (the server's default)."""
    first = search_path.split(",")[0].strip()
    if first in ("", "$user", '"$user"'):
        return DEFAULT_SCHEMA
    return first[1:-1].replace('""', '"') if first.startswith('"') else first


@lru_cache(maxsize=512)
def _pg(sql: str) -> str:
    """Our ``?`` placeholders in psycopg's ``%s`` style (the SQL has no literal % or ?)."""
    return sql.replace("?", "%s")


_UPSERT = _pg(upsert_article_sql(extra_columns=["search"], extra_values=["to_tsvector('simple', ?)"]))


class PostgresStore(SqlStore):
    """Store in the PostgreSQL database at ``url`` (any libpq URL), in ``schema`` (by default the
    one ``schema_of`` the connection's search_path)."""

    dialect = POSTGRES

    def __init__(self, url: str, search_sort_cap: int = SEARCH_SORT_CAP, schema: str | None = None) -> None:
        self.url = url
        self.search_sort_cap = search_sort_cap
        self._lock = threading.RLock()
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.OperationalError as exc:
            raise ConnectionError(f"postgres store {_redacted(url)}: cannot connect ({exc})") from exc
        self._depth = 0
        [setting] = self._conn.execute("SELECT current_setting('search_path') AS search_path").fetchall()
        self.schema = schema or schema_of(setting["search_path"])
        # Looked up first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege even when it exists.
        if self._conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.schema,)).fetchone() is None:
            self._conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self.schema)))
        self._conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(self.schema)))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @property
    def database(self) -> str:
        return f"postgres {_redacted(self.url)} schema {self.schema}"

    def _table_names(self) -> set[str]:
        return {
            r["table_name"]
            for r in self._conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (self.schema,)
            )
        }

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self._lock, self._conn.transaction():
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1

    @contextmanager
    def _read(self) -> Iterator[None]:
        with self._lock:
            if self._depth:
                yield
                return
            with self._conn.transaction():
                self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(_pg(sql), params)

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self._conn.cursor() as cur:
                cur.executemany(_pg(sql), rows)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        return list(self._conn.execute(_pg(sql), params).fetchall())

    def _insert_new(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        # COPY: one round trip for the whole batch instead of a statement per row.
        if rows:
            with self._conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def _lock_schema(self) -> None:
        self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))

    def _time_param(self, text: str) -> Any:
        return datetime.fromisoformat(text)

    def _put_articles(self, articles: list[ArticleRows], existing: Mapping[str, Any]) -> Mapping[str, Any]:
        with self._conn.cursor() as cur:
            cur.executemany(
                _UPSERT, [(*r.article, indexed_text(r.article[HEADLINE], r.article[BODY])) for r in articles]
            )
        return {r.article[0]: r.article[0] for r in articles}  # parts are keyed by article_id here

    def _select_articles(
        self, flt: ArticleFilter, entity_id: str | None, terms: list[str] | None, after: list[str] | None, n: int
    ) -> list[Mapping[str, Any]]:
        """With a full-text query, pick the plan by how many articles match, not by estimates:
        up to ``search_sort_cap`` matches are fetched through the GIN index and sorted; beyond that
        the words are common, and walking the list order while testing each article finds a
        page after a few hundred rows at most."""
        if not terms:
            return super()._select_articles(flt, entity_id, terms, after, n)
        source, key, where, params = self._article_query(flt, entity_id, terms, after)
        matching = (  # the count and the top n come from the capped matches; only n rows are joined back
            f"WITH m AS MATERIALIZED (SELECT a.article_id, {key}.sort_at FROM {source} WHERE {' AND '.join(where)} "
            f"LIMIT {int(self.search_sort_cap) + 1}), "
            "top AS (SELECT article_id, sort_at FROM m ORDER BY sort_at DESC, article_id DESC LIMIT ?) "
            f"SELECT {ARTICLE_FIELDS}, (SELECT count(*) FROM m) AS matches FROM top "
            "JOIN articles a ON a.article_id = top.article_id ORDER BY top.sort_at DESC, top.article_id DESC"
        )
        # Plans are forced (for this read transaction only, SET LOCAL): estimates of word
        # frequency are too rough to choose between these two reliably.
        self._conn.execute("SET LOCAL enable_seqscan = off")
        self._conn.execute("SET LOCAL enable_indexscan = off")  # step 1: through the GIN index
        rows = self._rows(matching, (*params, n))
        if not rows or rows[0]["matches"] <= self.search_sort_cap:
            return rows
        self._conn.execute("SET LOCAL enable_indexscan = on")
        self._conn.execute("SET LOCAL enable_bitmapscan = off")  # step 2: along the list-order index
        return super()._select_articles(flt, entity_id, terms, after, n)

    def _search_filter(self, terms: list[str]) -> tuple[str, list[Any]]:
        # plainto_tsquery ANDs the words and treats any operator characters as plain text.
        return "a.search @@ plainto_tsquery('simple', ?)", [" ".join(terms)]


def _redacted(url: str) -> str:
    """``url`` without its password, for error messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"
