"""Fixtures of the store contract suite: a real PostgreSQL server and a fresh store per test.

PostgreSQL: COPYDESK_TEST_POSTGRES_URL when set; otherwise Debian's postgresql package
(installed with apt-get when /usr/lib/postgresql/*/bin/postgres is absent) runs a throwaway
cluster made with initdb in a temporary folder, on a free localhost port, for the session. Each
test gets a schema of its own (uuid name, dropped afterwards), so tests never see each other's
data. If no server can be had, the postgres tests FAIL with the reason; they never skip.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from services.store.factory import open_store
from services.store.port import Store
from tests.integration.store.pg_server import PostgresUnavailable, ThrowawayPostgres

ENGINES = ("memory", "sqlite", "postgres")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A postgresql:// URL of an empty database of its own, on a server that lives for the session."""
    configured = os.environ.get("COPYDESK_TEST_POSTGRES_URL")
    if configured:
        yield configured
        return
    import psycopg

    server = ThrowawayPostgres()
    try:
        url = server.start()
    except (PostgresUnavailable, OSError, subprocess.SubprocessError, psycopg.Error) as exc:
        server.stop()
        pytest.fail(f"postgres test server: {exc}")
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture
def postgres_schema_url(postgres_url: str) -> Iterator[str]:
    """``postgres_url`` with a fresh schema of this test's own as the search_path."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in postgres_url else "?"
    yield f"{postgres_url}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[..., Store]]:
    """Factory: make_store(engine, migrate=True) -> a new, empty store of that engine (migrated
    unless asked not to); closed at teardown. A test's postgres stores share its schema."""
    opened: list[Store] = []

    def make(engine: str, migrate: bool = True) -> Store:
        if engine == "memory":
            url = "memory://"
        elif engine == "sqlite":
            url = f"sqlite:///{tmp_path / f'store-{len(opened)}.db'}"
        elif engine == "postgres":
            url = request.getfixturevalue("postgres_schema_url")
        else:
            raise ValueError(f"unknown engine {engine!r}")
        store = open_store(url)
        opened.append(store)
        if migrate:
            store.migrate()
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture(params=[pytest.param(e, marks=[pytest.mark.postgres] if e == "postgres" else []) for e in ENGINES])
def engine(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def store(engine: str, make_store: Callable[..., Store]) -> Store:
    """A fresh, migrated store of each engine in turn."""
    return make_store(engine)
