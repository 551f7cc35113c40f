"""Database URLs to stores."""

from __future__ import annotations

import pytest

from services.store.factory import open_store
from services.store.memory import MemoryStore
from services.store.sqlite import SqliteStore


def test_memory_and_sqlite_urls() -> None:
    assert isinstance(open_store("memory://"), MemoryStore)
    in_memory = open_store("sqlite:///:memory:")
    assert isinstance(in_memory, SqliteStore) and in_memory.path == ":memory:"
    in_memory.migrate()
    assert in_memory.ready()
    in_memory.close()


def test_unsupported_urls_are_refused_naming_the_url() -> None:
    with pytest.raises(ValueError, match="mysql://x"):
        open_store("mysql://x")
    with pytest.raises(ValueError, match="no SQLite path"):
        open_store("sqlite:///")
