"""The embedded default engine: SQLite in WAL mode, full-text search with FTS5.

One connection per store object, shared by the threads that use it under a lock (the
projector thread writes, readers read). Other processes may open the same file: WAL lets
readers proceed while one writer writes, and writers wait up to ``busy_timeout``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from services.store.schema import SQLITE
from services.store.sql import SqlStore

BUSY_TIMEOUT_S = 30.0


class SqliteStore(SqlStore):
    """Store in the SQLite database at ``path`` (``":memory:"`` for a private in-memory one)."""

    dialect = SQLITE

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).parent
            if not parent.is_dir():
                raise FileNotFoundError(f"sqlite store {self.path}: folder {parent} does not exist")
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        if self.path != ":memory:":
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise RuntimeError(f"sqlite store {self.path}: cannot switch to WAL mode (got {mode})")
        # NORMAL is durable across application crashes in WAL mode; only an OS crash can lose
        # the last commits, which the projector then re-applies from the stored offsets.
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute("PRAGMA temp_store = MEMORY")
        self._conn.execute("PRAGMA cache_size = -65536")  # 64 MiB

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[None]:
        with self._lock:
            if self._conn.in_transaction:  # nested inside a write
                yield
                return
            self._conn.execute("BEGIN")
            try:
                yield
            finally:
                self._conn.execute("COMMIT")

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(sql, params)

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._conn.executemany(sql, rows)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        return self._conn.execute(sql, params).fetchall()

    def _write_search(self, article_id: str, words: str) -> None:
        seq = self._conn.execute("SELECT seq FROM articles WHERE article_id = ?", (article_id,)).fetchone()[0]
        self._conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (seq,))
        self._conn.execute("INSERT INTO articles_fts (rowid, words) VALUES (?, ?)", (seq, words))

    def _reset_search(self) -> None:
        self._conn.execute("DELETE FROM articles_fts")

    def _search_filter(self, terms: list[str]) -> tuple[str, list[Any]]:
        # Each term as an FTS5 string literal (quotes doubled): implicit AND, no query syntax.
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        return "a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [match]
