"""The embedded default engine: SQLite in WAL mode, full-text search with FTS5.

One connection per store object, shared by the threads that use it under a lock (the
projector thread writes, readers read). Other processes may open the same file: WAL lets
readers proceed while one writer writes, and writers wait up to ``busy_timeout``.

Full-text search pages newest first through FTS5 rowids that sort like the list (see
``searchkey``), so a query costs about a page of matches whatever the words' frequency. An
article's entities are words of its document too (``fulltext.entity_token``), so the articles of
an entity are found the same way.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from services.store.checkpointer import BACKSTOP_PAGES, WalCheckpointer
from services.store.fulltext import entity_token, fts5_document, keyed_document
from services.store.port import ArticleFilter
from services.store.rows import ARTICLE_COLUMNS, BODY, HEADLINE, ArticleRows, iso
from services.store.schema import SQLITE
from services.store.searchkey import SLOTS, first_key, group_of, next_in_group, preferred_key
from services.store.sql import ARTICLE_FIELDS, SqlStore, in_lists, insert_sql, upsert_article_sql

BUSY_TIMEOUT_S = 30.0
PAGE_SIZE = 16384
# Several rows per INSERT: one statement execution (bind, step, reset) per group instead of per
# row. Measured on a table like entity_mentions: 1.4-1.6 instead of 2.1-2.4 us per row.
ROWS_PER_STATEMENT = 64
MAX_PARAMETERS = 999  # SQLite's default limit before 3.32 (32,766 since)
_ROWS_FOR_KEYS = f"SELECT {ARTICLE_FIELDS} FROM articles a WHERE a.seq IN (SELECT value FROM json_each(?))"
_KEYS_MATCHING = (
    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?"
)
FIRST_CHUNK, MAX_CHUNK = 64, 8192
_ALL_MATCHING = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"


@lru_cache(maxsize=8)
def _upsert_with_seq(rows: int) -> str:
    return upsert_article_sql(leading=["seq"], rows=rows)


def _match(terms: list[str]) -> str:
    """An FTS5 query of every term as a string literal (quotes doubled): AND, no query syntax."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _stored_document(headline: str | None, body: str, entity_ids: str | None) -> str:
    """keyed_document of an article as stored: its entity ids as a JSON array (json_group_array)."""
    return keyed_document(headline, body, orjson.loads(entity_ids) if entity_ids else ())


# An article's full-text document as the index was given it, from the articles row ``a`` and
# its entity_articles rows; read before either is replaced.
_STORED_DOCUMENT = (
    "copydesk_words(a.headline, a.body, "
    "(SELECT json_group_array(k.entity_id) FROM entity_articles k WHERE k.seq = a.seq))"
)


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
        self._checkpointer: WalCheckpointer | None = None
        if self.path != ":memory:":
            # For a new database only (an existing one keeps its size): rows of a few KB and the
            # full-text segments fit in fewer pages, which measured about 10% faster writes.
            self._conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise RuntimeError(f"sqlite store {self.path}: cannot switch to WAL mode (got {mode})")
            self._conn.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")
            self._checkpointer = WalCheckpointer(self.path, BUSY_TIMEOUT_S)
        # NORMAL is durable across application crashes in WAL mode; only an OS crash can lose
        # the last commits, which the projector then re-applies from the stored offsets.
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute("PRAGMA temp_store = MEMORY")
        self._conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
        # What the full-text index was given for an article (fulltext.keyed_document, see
        # schema.py): a contentless index needs it again to delete the article's words.
        self._conn.create_function("copydesk_words", 2, fts5_document, deterministic=True)
        self._conn.create_function("copydesk_words", 3, _stored_document, deterministic=True)

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.close()
        with self._lock:
            try:
                self._conn.execute("PRAGMA optimize")  # refresh planner statistics, as SQLite advises
            except sqlite3.Error:
                pass  # e.g. another writer holds the lock: statistics wait for the next close
            self._conn.close()

    @property
    def database(self) -> str:
        return f"sqlite {self.path}"

    def _table_names(self) -> set[str]:
        return {
            name
            for (name,) in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }

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
        if self._checkpointer is not None:
            self._checkpointer.request()

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

    def _insert_rows(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], conflict: str = ""
    ) -> None:
        self._grouped(lambda n: insert_sql(table, tuple(columns), conflict, n), len(columns), rows)

    def _insert_parts(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        keys: Mapping[str, Any],
        conflict: str = "",
    ) -> None:
        """As SqlStore's, with each row's seq laid out by ``_grouped`` as it groups the values."""
        self._grouped(lambda n: insert_sql(table, ("seq", *columns), conflict, n), len(columns) + 1, rows, keys)

    def _grouped(
        self,
        sql_for: Callable[[int], str],
        width: int,
        rows: Sequence[Sequence[Any]],
        lead: Mapping[Any, Any] | None = None,
    ) -> None:
        """Execute ``sql_for(n)``, a statement of ``n`` rows of ``width`` values, over ``rows``: in
        full groups of up to ROWS_PER_STATEMENT rows, then the rest a row at a time, so that each
        table needs only two prepared statements (the sqlite3 module caches them by text). With
        ``lead``, each row is preceded by ``lead[row[0]]`` (an article's parts by its seq).

        The values are laid out in one list in one pass and each group is a slice of it: building
        a tuple per row and then per group took about twice the time of this in the writing thread.
        """
        per = max(1, min(ROWS_PER_STATEMENT, MAX_PARAMETERS // width))
        values: list[Any] = []
        if lead is None:
            for row in rows:
                values += row
        else:
            for row in rows:
                values.append(lead[row[0]])
                values += row
        full, step = (len(rows) - len(rows) % per) * width, per * width
        if full:
            self._conn.executemany(sql_for(per), [values[i : i + step] for i in range(0, full, step)])
        if full < len(values):
            self._conn.executemany(sql_for(1), [values[i : i + width] for i in range(full, len(values), width)])

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        return self._conn.execute(sql, params).fetchall()

    def _forget_search(self, existing: Mapping[str, Any]) -> None:
        # The index keeps no copy of the words: a document is removed by giving them again.
        for chunk, marks in in_lists(sorted(existing.values())):
            self._conn.execute(
                "INSERT INTO articles_fts (articles_fts, rowid, words) "
                f"SELECT 'delete', a.seq, {_STORED_DOCUMENT} FROM articles a WHERE a.seq IN ({marks})",
                chunk,
            )

    def _put_articles(self, articles: list[ArticleRows], existing: Mapping[str, Any]) -> Mapping[str, Any]:
        old: Mapping[str, int] = existing  # article_id -> seq (the child key here)
        sort_at = ARTICLE_COLUMNS.index("sort_at")
        keys = []
        for r in articles:
            group = group_of(r.article[sort_at])
            previous = old.get(r.article[0])
            keys.append(
                previous if previous is not None and previous // SLOTS == group else preferred_key(group, r.article[0])
            )
        stored: set[int] = set()
        for chunk, marks in in_lists(keys):
            stored.update(k for (k,) in self._conn.execute(f"SELECT seq FROM articles WHERE seq IN ({marks})", chunk))
        # Every old key stays occupied during the batch (a moving article frees its own only when
        # its row is rewritten), so none is handed to another article.
        unavailable = stored | set(old.values())
        for i, r in enumerate(articles):
            if keys[i] == old.get(r.article[0]):
                continue  # keeps its own key
            key = keys[i]
            for _ in range(SLOTS):
                if key not in unavailable and (
                    key == keys[i]
                    or self._conn.execute("SELECT 1 FROM articles WHERE seq = ?", (key,)).fetchone() is None
                ):
                    break
                key = next_in_group(key)
            else:
                raise RuntimeError(f"sqlite store {self.path}: more than {SLOTS} articles in one millisecond")
            unavailable.add(key)
            keys[i] = key
        self._grouped(
            _upsert_with_seq,
            len(ARTICLE_COLUMNS) + 1,
            [(key, *r.article) for key, r in zip(keys, articles, strict=True)],
        )
        # In rowid order: FTS5 flushes its pending terms whenever a smaller rowid arrives. One row
        # per statement: grouped like the other tables, this insert took about three times as long.
        self._conn.executemany(
            "INSERT INTO articles_fts (rowid, words) VALUES (?, ?)",
            sorted(
                (key, keyed_document(r.article[HEADLINE], r.article[BODY], (m.id for m in r.merges)))
                for key, r in zip(keys, articles, strict=True)
            ),
        )
        return {r.article[0]: key for key, r in zip(keys, articles, strict=True)}

    def _reset_search(self) -> None:
        self._conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")

    def _entity_keys(self, entity_id: str) -> tuple[str, list[Any]]:
        return _ALL_MATCHING, [_match([entity_token(entity_id)])]

    def _search_filter(self, terms: list[str]) -> tuple[str, list[Any]]:
        return f"a.seq IN ({_ALL_MATCHING})", [_match(terms)]

    def _select_articles(
        self, flt: ArticleFilter, entity_id: str | None, terms: list[str] | None, after: list[str] | None, n: int
    ) -> list[Mapping[str, Any]]:
        """With a full-text query or an entity (a word of the index, see schema.py): walk the
        matches newest first in growing chunks of FTS5 rowids (see searchkey), keep those passing
        the other filters, stop once ``n`` are found and the last millisecond group is complete,
        then sort exactly."""
        words = [*(terms or []), *([entity_token(entity_id)] if entity_id is not None else [])]
        if not words:
            return super()._select_articles(flt, entity_id, terms, after, n)
        where, params = self._plain_filters(flt, "a", after)
        rows_sql = _ROWS_FOR_KEYS + "".join(f" AND {w}" for w in where)
        lower, upper = -(2**63), 2**63 - 1
        if after is not None:
            upper = first_key(group_of(after[0]) + 1) - 1
        if flt.until is not None:
            upper = min(upper, first_key(group_of(iso(flt.until)) + 1) - 1)
        if flt.since is not None:
            lower = first_key(group_of(iso(flt.since)))
        match, found, chunk = _match(words), [], FIRST_CHUNK

        def keep(keys: list[int]) -> None:
            if keys:
                found.extend(self._conn.execute(rows_sql, (orjson.dumps(keys).decode(), *params)).fetchall())

        while lower <= upper:
            keys = [r[0] for r in self._conn.execute(_KEYS_MATCHING, (match, lower, upper, chunk))]
            keep(keys)
            if len(keys) < chunk:
                break
            upper = keys[-1] - 1
            if len(found) >= n:  # complete the group of the last key: it may hold later-sorting rows
                group_start = max(lower, first_key(keys[-1] // SLOTS))
                keep([r[0] for r in self._conn.execute(_KEYS_MATCHING, (match, group_start, upper, SLOTS))])
                break
            chunk = min(chunk * 4, MAX_CHUNK)
        found.sort(key=lambda r: (r["sort_at"], r["article_id"]), reverse=True)
        return found[:n]
