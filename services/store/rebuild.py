"""``rebuild(database_url, replay)``: a store of the current layout made again from the log, swapped in.

The store is a projection of the Kafka log, so a database of another layout (``migrate`` raises
``port.LayoutMismatch``) is not upgraded in place but made again: a fresh database is opened next
to the live one, migrated (so it has the current layout), handed to ``replay`` which applies the
log to it from the start, and then swapped in for the live one in one step. Until the swap,
readers keep reading the live database as it was; after it, every new connection opens the
rebuilt one. On any failure the live database is left as it was and the fresh one is removed.

Where the fresh database lives and how it is swapped in:

SQLite      ``<path>.rebuild``. Swapping needs the live file to be closed by everyone else (a
            process still holding it would keep reading or writing the old file): the swap
            takes the live file out of WAL mode, which SQLite grants only to its sole user, then
            its exclusive lock, and renames the fresh file over it. Another connection still open
            after ``wait_s`` refuses the swap (SwapRefused). A second rebuild of the same file at
            the same time is refused at once (RebuildBusy): a rebuild holds an exclusive lock on
            ``<path>.rebuild.lock``, a file it leaves in place.
PostgreSQL  the schema ``<schema>_rebuild`` next to the store's schema (see ``postgres``). The
            swap renames the live schema away, the fresh one into its place and drops the old
            one, in one transaction; readers in a transaction at the time delay it, by up to
            ``wait_s`` (then SwapRefused). Other processes' stores, whose search_path names
            the schema, read the rebuilt tables from their next statement. A second rebuild of
            the same schema at the same time is refused at once (RebuildBusy).

The memory twin has no log to be rebuilt from outside the process: its URL is a ValueError, as is
a private in-memory SQLite database.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from services.store.factory import postgres_url, sqlite_path
from services.store.port import Store

REBUILD_SUFFIX = ".rebuild"  # of a SQLite file
SCHEMA_SUFFIX = "_rebuild"  # of a PostgreSQL schema
_RETIRED_SUFFIX = "_retired"  # the live schema between the two renames of a swap
_POLL_S = 0.05


class SwapRefused(RuntimeError):
    """The rebuilt database could not be swapped in within ``wait_s``; the live one is unchanged."""


class RebuildBusy(RuntimeError):
    """Another rebuild of the same database is running."""


def rebuild(database_url: str, replay: Callable[[Store], int], wait_s: float = 30.0) -> int:
    """Make the store at ``database_url`` again by ``replay`` and swap it in; return what
    ``replay`` returned (the events it applied).

    ``replay(fresh)`` gets a migrated, empty store of the same engine (not the live one) and
    applies the log to it, returning how many events it applied; it must not close the store or
    keep it afterwards (``rebuild`` closes it before the swap). The swap waits up to ``wait_s``
    seconds for other users of the live database (see the module docstring), else raises
    SwapRefused. Raises ValueError for a memory URL or an unsupported scheme.
    """
    path = sqlite_path(database_url)
    if path is not None:
        if path == ":memory:":
            raise ValueError(f"database URL {database_url!r}: a private in-memory database cannot be rebuilt")
        return _rebuild_sqlite(Path(path), replay, wait_s)
    url = postgres_url(database_url)
    if url is not None:
        return _rebuild_postgres(url, replay, wait_s)
    raise ValueError(f"database URL {database_url!r}: only SQLite files and PostgreSQL stores are rebuilt")


# --- SQLite -------------------------------------------------------------------------------------


def _rebuild_sqlite(live: Path, replay: Callable[[Store], int], wait_s: float) -> int:
    from services.store.sqlite import SqliteStore

    fresh = live.with_name(live.name + REBUILD_SUFFIX)
    with _exclusively(live.with_name(live.name + REBUILD_SUFFIX + ".lock")):
        _remove_sqlite(fresh)  # left by a rebuild that was interrupted
        try:
            store = SqliteStore(fresh)
            try:
                store.migrate()
                applied = replay(store)
            finally:
                store.close()
            _self_contained(fresh)
            _swap_file(fresh, live, wait_s)
        except BaseException:
            _remove_sqlite(fresh)
            raise
    return applied


@contextmanager
def _exclusively(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_file`` (created if missing), or raise RebuildBusy."""
    with open(lock_file, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RebuildBusy(
                f"sqlite store {lock_file.name.removesuffix('.lock')}: another rebuild is running"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _self_contained(path: Path) -> None:
    """Fold ``path``'s write-ahead log into it and leave it in rollback-journal mode, so that the
    file alone holds the database when renamed (a -wal file left behind would be lost, or worse,
    applied to another database)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    finally:
        conn.close()
    if mode.lower() != "delete" or _sidecars(path):
        raise RuntimeError(f"sqlite store {path}: its write-ahead log could not be folded in (mode {mode})")


def _swap_file(fresh: Path, live: Path, wait_s: float) -> None:
    """Rename ``fresh`` over ``live`` while holding ``live`` exclusively (see the module docstring)."""
    if not live.exists():
        os.replace(fresh, live)
        _sync_folder(live.parent)
        return
    conn = sqlite3.connect(live, timeout=0, isolation_level=None)
    try:
        deadline = time.monotonic() + wait_s
        while not _sole_user(conn):
            if time.monotonic() >= deadline:
                raise SwapRefused(
                    f"sqlite store {live}: still open elsewhere after {wait_s:g}s; close the processes "
                    "using it (the projector, the API) and rebuild again"
                )
            time.sleep(_POLL_S)
        for sidecar in _sidecars(live):  # none are expected outside WAL mode; never apply them to the new file
            sidecar.unlink()
        os.replace(fresh, live)
        _sync_folder(live.parent)
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def _sole_user(conn: sqlite3.Connection) -> bool:
    """Whether ``conn`` now holds its database exclusively, out of WAL mode (SQLite leaves WAL
    mode only for a connection that is the database's sole user)."""
    try:
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower() != "delete":
            return False
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError:  # "database is locked": another connection has it open
        return False
    # Someone may have opened it and switched it back to WAL between the two statements.
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "delete":
        return True
    conn.execute("ROLLBACK")
    return False


def _sidecars(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")) if p.exists()]


def _remove_sqlite(path: Path) -> None:
    for p in (path, *_sidecars(path), path.with_name(path.name + "-journal")):
        p.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- PostgreSQL ---------------------------------------------------------------------------------


def _rebuild_postgres(url: str, replay: Callable[[Store], int], wait_s: float) -> int:
    import psycopg
    from psycopg import sql

    from services.store.postgres import PostgresStore

    live = PostgresStore(url)  # finds (and creates, if missing) the live schema
    try:
        schema = live.schema
    finally:
        live.close()
    fresh_schema, retired = schema + SCHEMA_SUFFIX, schema + _RETIRED_SUFFIX
    with psycopg.connect(url, autocommit=True) as conn:
        locked = conn.execute("SELECT pg_try_advisory_lock(hashtext(%s))", (f"copydesk rebuild {schema}",)).fetchone()
        if not (locked and locked[0]):  # released when this connection closes
            raise RebuildBusy(f"postgres store schema {schema}: another rebuild is running")
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(fresh_schema)))
        try:
            store = PostgresStore(url, schema=fresh_schema)
            try:
                store.migrate()
                applied = replay(store)
            finally:
                store.close()
            try:
                with conn.transaction():
                    conn.execute(sql.SQL("SET LOCAL lock_timeout = {}").format(sql.Literal(f"{int(wait_s * 1000)}ms")))
                    for statement in (
                        "DROP SCHEMA IF EXISTS {retired} CASCADE",
                        "ALTER SCHEMA {live} RENAME TO {retired}",
                        "ALTER SCHEMA {fresh} RENAME TO {live}",
                        "DROP SCHEMA {retired} CASCADE",
                    ):
                        conn.execute(
                            sql.SQL(statement).format(
                                live=sql.Identifier(schema),
                                fresh=sql.Identifier(fresh_schema),
                                retired=sql.Identifier(retired),
                            )
                        )
            except psycopg.errors.LockNotAvailable as exc:
                raise SwapRefused(
                    f"postgres store schema {schema}: readers or writers held it past {wait_s:g}s ({exc})"
                ) from exc
        except BaseException:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(fresh_schema)))
            raise
    return applied
