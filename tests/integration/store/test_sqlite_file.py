"""SQLite-only behaviour: a file in WAL mode, shared by threads and by a second store object."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from services.store.checkpointer import INTERVAL_S
from services.store.factory import open_store
from services.store.port import ArticleFilter
from services.store.sqlite import SqliteStore
from tests.integration.store.factories import LAVROV, RUBIO, article, delivered, figure


def test_a_file_store_is_in_wal_mode_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = open_store(f"sqlite:///{path}")
    assert isinstance(store, SqliteStore)
    store.migrate()
    store.apply(delivered([article("kept", "Harbour reopened after repairs.")]))
    store.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again = open_store(f"sqlite:///{path}")
    again.migrate()
    assert again.get_article("kept")["body"] == "Harbour reopened after repairs."
    assert again.offsets("copydesk.articles.enriched") == {0: 1}
    again.close()


def test_a_file_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path / 'missing' / 'store.db'}")


def test_a_writer_thread_and_a_reader_store_share_the_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    writer, reader = open_store(url), open_store(url)
    writer.migrate()
    reader.migrate()
    events = [article(f"w-{i:03d}", f"Dispatch {i} from the coast.", minutes=i) for i in range(200)]
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for start in range(0, len(events), 20):
                writer.apply(delivered(events[start:start + 20], first=start))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    seen = 0
    while thread.is_alive():
        seen = max(seen, reader.stats()["articles"])
        page = reader.list_articles(ArticleFilter(q="coast"), None, 10)
        assert len(page.items) <= 10
    thread.join()
    assert errors == []
    assert reader.stats()["articles"] == 200 and seen <= 200
    writer.close()
    reader.close()


def test_a_new_database_has_large_pages_and_a_search_index_that_writes_a_batch_at_once(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'new.db'}")
    store.migrate()
    store.close()
    with sqlite3.connect(tmp_path / "new.db") as raw:
        assert raw.execute("PRAGMA page_size").fetchone() == (16384,)
        assert raw.execute("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").fetchone() == (16777216,)


def test_commits_are_checkpointed_into_the_database_file_in_the_background(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = open_store(f"sqlite:///{path}")
    store.migrate()
    before = path.stat().st_size
    store.apply(delivered([article(f"a{i}", f"Ferry number {i} resumed service at dawn.") for i in range(50)]))
    # Far below the automatic checkpoint's backstop: only the background checkpoint copies the WAL
    # into the database file while the store stays open.
    deadline = time.monotonic() + INTERVAL_S + 10
    while path.stat().st_size == before and time.monotonic() < deadline:
        time.sleep(0.05)
    grown = path.stat().st_size
    store.close()
    assert grown > before


def test_the_search_index_holds_exactly_the_indexed_words_of_ascii_and_other_text(tmp_path: Path) -> None:
    from services.store.fulltext import indexed_text

    path = tmp_path / "store.db"
    store = open_store(f"sqlite:///{path}")
    store.migrate()
    bodies = {
        "ascii": "Mid-day UPDATE_2: 40 dead, 1,200 hurt; e-mail ops@un.org\tTAB [x](y) O'Brien's x2Y \"q\" END.",
        "unicode": "Erdoğan_Street in Zürich: ÉLAN 3½ and Al-Sharaa's 1,200 troops.",
    }
    store.apply(delivered([article(aid, body, headline=f"{aid.upper()} Head-line") for aid, body in bodies.items()]))
    store.close()
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, 'row')")
        indexed = {term for (term,) in raw.execute("SELECT term FROM temp.vocab")}
    expected = set()
    for aid, body in bodies.items():
        expected |= set(indexed_text(f"{aid.upper()} Head-line", body).split())
    assert indexed == expected


def test_batches_larger_than_one_multi_row_insert_store_what_the_memory_twin_stores(tmp_path: Path) -> None:
    from services.store.memory import MemoryStore
    from services.store.sqlite import ROWS_PER_STATEMENT

    body = "Sergey Lavrov met Marco Rubio. About 40 people were killed, Lavrov said."
    events = [article(f"bulk-{i:04d}", f"{body} Report {i}.", minutes=i, people=[LAVROV, RUBIO], story_id=f"s{i % 7}",
                      figures=[figure("About 40", body, 40, "people-killed", "people", "approximate")])
              for i in range(3 * ROWS_PER_STATEMENT + 5)]  # full groups of every table, and a rest
    revised = [e.model_copy(update={"content_hash": f"{e.content_hash}-v2", "body": e.body + " Updated."})
               for e in events[:ROWS_PER_STATEMENT + 1]]
    store, twin = open_store(f"sqlite:///{tmp_path / 'bulk.db'}"), MemoryStore()
    for engine in (store, twin):
        engine.migrate()
        engine.apply(delivered(events))
        engine.apply(delivered(revised, first=len(events)))
    assert store.dump() == twin.dump()
    assert store.stats() == twin.stats() and store.stats()["articles"] == len(events)
    assert len(store.list_articles(ArticleFilter(q="updated"), None, 100).items) == len(revised)
    store.close()


def test_closing_just_as_the_checkpoint_interval_ends_does_not_hang(tmp_path: Path) -> None:
    from services.store.checkpointer import WalCheckpointer

    with sqlite3.connect(tmp_path / "wal.db") as raw:
        raw.execute("PRAGMA journal_mode = WAL")
    checkpointer = WalCheckpointer(str(tmp_path / "wal.db"), 1.0, interval_s=0.01)
    interval_ended = checkpointer._closed.wait  # noqa: SLF001

    def close_right_after(timeout: float) -> bool:  # the interval ends, then close() runs first
        interval_ended(timeout)
        checkpointer._closed.set()  # noqa: SLF001 - what close() does, before this thread goes on
        checkpointer._wanted.set()  # noqa: SLF001
        return False

    checkpointer._closed.wait = close_right_after  # noqa: SLF001
    checkpointer.request()
    closer = threading.Thread(target=checkpointer.close, daemon=True)
    closer.start()
    closer.join(5)
    assert not closer.is_alive()
