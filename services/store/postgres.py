"""The engine for scale: PostgreSQL through psycopg 3, full-text search on a tsvector with a GIN index.

The tsvector is built from ``fulltext.indexed_text`` with the ``simple`` configuration, so
PostgreSQL indexes exactly the words SQLite and the in-memory twin index. One connection per
store object, shared by threads under a lock; every operation runs in its own transaction.
Migrations take a transaction-scoped advisory lock so concurrent start-ups do not collide.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.rows import dict_row

from services.store.schema import POSTGRES
from services.store.sql import SqlStore

CONNECT_TIMEOUT_S = 10
_MIGRATION_LOCK = 0x636F70796465736B  # "copydesk" as a 64-bit advisory lock key


@lru_cache(maxsize=512)
def _pg(sql: str) -> str:
    """Our ``?`` placeholders in psycopg's ``%s`` style (the SQL has no literal % or ?)."""
    return sql.replace("?", "%s")


class PostgresStore(SqlStore):
    """Store in the PostgreSQL database at ``url`` (any libpq URL)."""

    dialect = POSTGRES

    def __init__(self, url: str) -> None:
        self.url = url
        self._lock = threading.RLock()
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.OperationalError as exc:
            raise ConnectionError(f"postgres store {_redacted(url)}: cannot connect ({exc})") from exc
        self._depth = 0

    def close(self) -> None:
        with self._lock:
            self._conn.close()

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
        return self._conn.execute(_pg(sql), params).fetchall()

    def _lock_schema(self) -> None:
        self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))

    def _time_param(self, text: str) -> Any:
        return datetime.fromisoformat(text)

    def _write_search(self, article_id: str, words: str) -> None:
        self._conn.execute("UPDATE articles SET search = to_tsvector('simple', %s) WHERE article_id = %s", (words, article_id))

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
