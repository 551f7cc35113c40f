"""The store's layout on SQLite and PostgreSQL: created in an empty database, left alone when
current, refused when it is any other, and made again from the log by ``rebuild``."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest

from services.store.factory import open_store
from services.store.port import ArticleFilter, Delivery, LayoutMismatch, Store
from services.store.postgres import PostgresStore
from services.store.rebuild import RebuildBusy, SwapRefused, rebuild
from services.store.schema import LAYOUT_TABLE, LAYOUT_VERSION
from services.store.sqlite import SqliteStore
from tests.integration.store.factories import TOPIC, article, delivered

SQL_ENGINES = [pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=SQL_ENGINES)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty SQLite file or PostgreSQL schema of this test's own."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_schema_url")


SqlEngine = SqliteStore | PostgresStore
Opener = Callable[[str], SqlEngine]


@pytest.fixture
def opened() -> Iterator[Opener]:
    """open_store of a SQL engine's URL, with every store it opened closed at teardown."""
    stores: list[SqlEngine] = []

    def open_(url: str) -> SqlEngine:
        store = cast(SqlEngine, open_store(url))
        stores.append(store)
        return store

    yield open_
    for store in stores:
        store.close()


def log(n: int, prefix: str = "a") -> list[Delivery]:
    return delivered([article(f"{prefix}-{i}", f"Dispatch {i} from the harbour.", minutes=i) for i in range(n)])


def replaying(deliveries: list[Delivery]) -> Callable[[Store], int]:
    def replay(store: Store) -> int:
        return store.apply(deliveries)

    return replay


def fresh_left(url: str, store: SqlEngine) -> bool:
    """Whether a rebuild left its fresh database behind (a SQLite file, a PostgreSQL schema)."""
    if not isinstance(store, PostgresStore):
        return Path(url.removeprefix("sqlite:///") + ".rebuild").exists()
    with store._read():
        return bool(store._rows("SELECT 1 FROM pg_namespace WHERE nspname = ?", (store.schema + "_rebuild",)))


def recorded_layout(store: SqlEngine) -> list[int]:
    with store._read():
        return [r["version"] for r in store._rows(f"SELECT version FROM {LAYOUT_TABLE}")]


def test_an_empty_database_gets_the_current_layout_and_reopening_changes_nothing(url: str, opened: Opener) -> None:
    store = opened(url)
    assert not store.ready()
    store.migrate()
    assert store.ready() and recorded_layout(store) == [LAYOUT_VERSION]
    store.apply(log(3))
    again = opened(url)
    again.migrate()
    again.migrate()
    assert again.ready() and recorded_layout(again) == [LAYOUT_VERSION]
    assert again.stats()["articles"] == 3 and again.offsets(TOPIC) == {0: 3}


def test_a_database_of_the_numbered_migrations_is_refused_naming_it(url: str, opened: Opener) -> None:
    store = opened(url)
    store.migrate()
    with store._write():  # what the migrations before layout 12 left: schema_migrations up to 11
        store._exec(f"DROP TABLE {LAYOUT_TABLE}")
        store._exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        store._exec("INSERT INTO schema_migrations (version, name) VALUES (2, 'a'), (11, 'b')")
    again = opened(url)
    assert not again.ready()
    with pytest.raises(LayoutMismatch, match="layout 11.*needs layout 12") as raised:
        again.migrate()
    assert raised.value.found == 11 and raised.value.wanted == LAYOUT_VERSION
    assert raised.value.database == again.database and raised.value.database in str(raised.value)


@pytest.mark.parametrize("found", [LAYOUT_VERSION - 1, LAYOUT_VERSION + 1])
def test_another_recorded_layout_is_refused(url: str, opened: Opener, found: int) -> None:
    store = opened(url)
    store.migrate()
    with store._write():
        store._exec(f"UPDATE {LAYOUT_TABLE} SET version = ?", (found,))
    again = opened(url)
    assert not again.ready()
    with pytest.raises(LayoutMismatch) as raised:
        again.migrate()
    assert raised.value.found == found


def test_tables_of_no_recorded_layout_are_refused(url: str, opened: Opener) -> None:
    store = opened(url)
    with store._write():
        store._exec("CREATE TABLE articles (article_id TEXT PRIMARY KEY)")
    with pytest.raises(LayoutMismatch, match="no recorded layout"):
        store.migrate()


def test_a_rebuild_replays_the_log_into_a_fresh_database_and_swaps_it_in(url: str, opened: Opener) -> None:
    old = opened(url)
    old.migrate()
    old.apply(log(5, "old"))
    with old._write():
        old._exec(f"UPDATE {LAYOUT_TABLE} SET version = ?", (LAYOUT_VERSION - 1,))
    old.close()
    assert rebuild(url, replaying(log(4, "new"))) == 4
    store = opened(url)
    assert not fresh_left(url, store)
    store.migrate()  # the current layout now: no mismatch
    assert store.ready()
    assert (
        store.stats()["articles"] == 4 and store.get_article("new-0") is not None and store.get_article("old-0") is None
    )
    assert store.offsets(TOPIC) == {0: 4}
    assert len(store.list_articles(ArticleFilter(q="harbour"), None, 10).items) == 4


def test_a_failed_replay_leaves_the_live_database_as_it_was(url: str, opened: Opener) -> None:
    live = opened(url)
    live.migrate()
    live.apply(log(2))
    live.close()

    def failing(store: Store) -> int:
        store.apply(log(1, "partial"))
        raise RuntimeError("broker gone")

    with pytest.raises(RuntimeError, match="broker gone"):
        rebuild(url, failing)
    store = opened(url)
    store.migrate()
    assert store.stats()["articles"] == 2 and store.get_article("partial-0") is None
    assert not fresh_left(url, store)


def test_a_rebuild_of_a_database_without_one_yet_installs_it(tmp_path: Path, opened: Opener) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    assert rebuild(url, replaying(log(2))) == 2
    assert not (tmp_path / "new.db.rebuild").exists()
    store = opened(url)
    store.migrate()
    assert store.stats()["articles"] == 2


def test_a_sqlite_swap_is_refused_while_another_connection_holds_the_live_file(tmp_path: Path, opened: Opener) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    holder = opened(url)
    holder.migrate()
    holder.apply(log(2, "old"))
    with pytest.raises(SwapRefused, match="still open elsewhere"):
        rebuild(url, replaying(log(3, "new")), wait_s=0.3)
    assert sorted(p.name for p in tmp_path.iterdir() if "rebuild" in p.name) == ["store.db.rebuild.lock"]
    assert holder.stats()["articles"] == 2 and holder.get_article("old-0") is not None


def test_a_sqlite_swap_waits_for_the_live_file_to_be_closed(tmp_path: Path, opened: Opener) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    holder = open_store(url)
    holder.migrate()
    holder.apply(log(2, "old"))
    closer = threading.Timer(0.5, holder.close)
    closer.start()
    try:
        assert rebuild(url, replaying(log(3, "new")), wait_s=10) == 3
    finally:
        closer.join()
    store = opened(url)
    assert store.ready() and store.stats()["articles"] == 3
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm")) and "rebuild" in p.name]
    with sqlite3.connect(tmp_path / "store.db") as raw:
        assert raw.execute("SELECT count(*) FROM articles").fetchone() == (3,)


def test_a_second_rebuild_of_the_same_store_at_once_is_refused(url: str, opened: Opener) -> None:
    inner: list[BaseException] = []

    def replay(store: Store) -> int:
        try:
            rebuild(url, replaying(log(1)))
        except RebuildBusy as exc:
            inner.append(exc)
        return store.apply(log(2))

    assert rebuild(url, replay) == 2
    assert len(inner) == 1 and "another rebuild" in str(inner[0])
    store = opened(url)
    assert store.ready() and store.stats()["articles"] == 2 and not fresh_left(url, store)


@pytest.mark.postgres
def test_a_postgres_swap_is_refused_while_a_reader_holds_the_live_tables(
    postgres_schema_url: str, opened: Opener
) -> None:
    reader = opened(postgres_schema_url)
    reader.migrate()
    reader.apply(log(2, "old"))
    with reader._read():  # a long read transaction holds its tables
        reader.stats()
        with pytest.raises(SwapRefused, match="held it past"):
            rebuild(postgres_schema_url, replaying(log(3, "new")), wait_s=0.3)
    assert reader.stats()["articles"] == 2
    after = opened(postgres_schema_url)
    assert after.ready() and after.get_article("new-0") is None and not fresh_left(postgres_schema_url, after)


@pytest.mark.postgres
def test_a_postgres_reader_idle_during_the_swap_reads_the_rebuilt_tables_next(
    postgres_schema_url: str, opened: Opener
) -> None:
    reader = opened(postgres_schema_url)
    reader.migrate()
    reader.apply(log(2, "old"))
    for _ in range(8):  # past psycopg's threshold for preparing a statement on the server
        assert reader.stats()["articles"] == 2
    assert rebuild(postgres_schema_url, replaying(log(3, "new")), wait_s=5) == 3
    assert reader.stats()["articles"] == 3 and reader.get_article("new-0") is not None and reader.ready()


@pytest.mark.parametrize("url", ["memory://", "sqlite:///:memory:", "mysql://x"])
def test_stores_outside_a_file_or_a_server_are_not_rebuilt(url: str) -> None:
    with pytest.raises(ValueError, match="cannot be rebuilt|only SQLite files"):
        rebuild(url, replaying([]))
