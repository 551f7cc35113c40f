"""``open_store(url)``: the one place a database URL becomes a Store.

Accepted URLs:
  ``memory://``                  the in-memory twin (nothing persists)
  ``sqlite:///:memory:``         a private in-memory SQLite database
  ``sqlite:///relative/or.db``   a SQLite file (``sqlite:////abs/path.db`` for an absolute path)
  ``postgresql://...``           PostgreSQL (also ``postgres://``), any libpq URL
The store is returned unmigrated; callers run ``migrate()`` on start-up (which refuses a database
of another layout: see ``services.store.rebuild``).
"""

from __future__ import annotations

from urllib.parse import unquote

from services.store.port import Store


def sqlite_path(database_url: str) -> str | None:
    """The file of a ``sqlite:///`` URL (``:memory:`` for a private in-memory database), None
    for another scheme; ValueError when the URL has no path."""
    url = database_url.strip()
    if not url.startswith("sqlite:///"):
        return None
    path = unquote(url[len("sqlite:///") :])
    if not path:
        raise ValueError(f"database URL {database_url!r}: no SQLite path after sqlite:///")
    return path


def postgres_url(database_url: str) -> str | None:
    """The libpq URL of a PostgreSQL database URL, None for another scheme."""
    url = database_url.strip()
    if url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        return url.replace("postgresql+psycopg://", "postgresql://", 1)
    return None


def open_store(database_url: str) -> Store:
    """A Store for ``database_url``; ValueError naming the URL when its scheme is unsupported."""
    url = database_url.strip()
    if url in ("memory://", "memory:"):
        from services.store.memory import MemoryStore

        return MemoryStore()
    path = sqlite_path(url)
    if path is not None:
        from services.store.sqlite import SqliteStore

        return SqliteStore(path)
    pg_url = postgres_url(url)
    if pg_url is not None:
        from services.store.postgres import PostgresStore

        return PostgresStore(pg_url)
    scheme = url.split(":", 1)[0] if ":" in url else url
    raise ValueError(
        f"database URL {database_url!r}: unsupported scheme {scheme!r} "
        "(use sqlite:///path.db, sqlite:///:memory:, memory:// or postgresql://...)"
    )
