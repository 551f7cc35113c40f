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
from tests.integration.store.factories import LAVROV, RUBIO, article, delivered, every_page, figure


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


def test_a_layout_1_database_is_rebuilt_from_the_log(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as raw:  # what the first committed layout left behind, in short
        raw.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        raw.execute("INSERT INTO schema_migrations VALUES (1, 'layout 1')")
        raw.execute("CREATE TABLE articles (seq INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE)")
        raw.execute("INSERT INTO articles (article_id) VALUES ('stale')")
        raw.execute("CREATE TABLE consumed_offsets (topic TEXT, partition_no INTEGER, last_offset INTEGER)")
        raw.execute("INSERT INTO consumed_offsets VALUES ('copydesk.articles.enriched', 0, 41)")
        raw.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(words)")
    store = open_store(f"sqlite:///{path}")
    assert not store.ready()
    store.migrate()
    assert store.ready()
    assert store.stats()["articles"] == 0 and store.offsets("copydesk.articles.enriched") == {}  # replay from 0
    store.apply(delivered([article("fresh", "Rebuilt from the log.")]))
    assert [i["article_id"] for i in store.list_articles(ArticleFilter(q="rebuilt"), None, 5).items] == ["fresh"]
    store.close()


def test_a_layout_2_database_gets_its_search_index_rebuilt_without_stored_words(tmp_path: Path) -> None:
    from services.store.schema import statements

    path = tmp_path / "v2.db"
    store = open_store(f"sqlite:///{path}")
    with store._write():  # noqa: SLF001 - build the version-2 layout as a previous release left it
        store._exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        for statement in statements(store.dialect, 2):
            store._exec(statement)
        store._exec("INSERT INTO schema_migrations (version, name) VALUES (2, 'layout 2')")
    assert not store.ready()
    store.migrate()  # version 3 of SQLite's layout, and the search index of what v2 holds
    store.apply(delivered([article("first", "Ferries resumed at dawn."), article("second", "Ferries halted.")]))
    store.close()
    with sqlite3.connect(path) as raw:  # version 2 held the text twice; version 3 keeps no copy
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts_content'").fetchone() == (0,)
        raw.execute("DELETE FROM schema_migrations WHERE version = 3")  # and rebuilds from the articles
    again = open_store(f"sqlite:///{path}")
    again.migrate()
    assert [i["article_id"] for i in again.list_articles(ArticleFilter(q="ferries dawn"), None, 5).items] == ["first"]
    assert len(again.list_articles(ArticleFilter(q="FERRIES"), None, 5).items) == 2
    again.close()


def test_a_layout_4_database_keeps_its_content_when_its_parts_are_rekeyed_by_seq(tmp_path: Path) -> None:
    from services.store.schema import ARTICLE_KEYED, MIGRATIONS_TABLE, statements
    from services.store.sql import ALL_TABLES

    body = "Sergey Lavrov met Marco Rubio. About 40 people were killed, Lavrov said."
    events = [article(f"art-{i}", f"{body} Report {i}.", minutes=i, people=[LAVROV, RUBIO] if i % 2 else [LAVROV],
                      story_id=f"s{i % 3}", figures=[figure("About 40", body, 40, "people-killed", "people", "approximate")])
              for i in range(12)]
    revised = [e.model_copy(update={"content_hash": f"{e.content_hash}-v2", "body": e.body + " Updated."})
               for e in events[:3]]
    current = open_store(f"sqlite:///{tmp_path / 'current.db'}")
    current.migrate()
    current.apply(delivered(events))
    current.apply(delivered(revised, first=len(events)))
    current.close()

    old = open_store(f"sqlite:///{tmp_path / 'v4.db'}")  # the same content as layout 4 held it
    raw = old._conn  # noqa: SLF001
    with old._write():  # noqa: SLF001
        raw.execute(MIGRATIONS_TABLE)
        for version in (2, 3, 4):
            for statement in statements(old.dialect, version):
                raw.execute(statement)
            raw.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (version, f"layout {version}"))
    raw.execute("ATTACH DATABASE ? AS cur", (str(tmp_path / "current.db"),))  # after the DROP TABLE IF EXISTS
    with old._write():  # noqa: SLF001
        for table in ALL_TABLES:
            columns = ", ".join(r[1] for r in raw.execute(f"PRAGMA main.table_info({table})"))
            raw.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM cur.{table}")
        raw.execute("INSERT INTO articles_fts (rowid, words) SELECT seq, copydesk_words(headline, body) FROM articles")
    raw.execute("DETACH DATABASE cur")
    assert [r[1] for r in raw.execute("PRAGMA table_info(article_figures)")][0] == "article_id"
    assert not old.ready()

    old.migrate()
    for table in ARTICLE_KEYED:
        assert [r[1] for r in raw.execute(f"PRAGMA table_info({table})")][:2] == ["seq", "article_id"]
    again = open_store(f"sqlite:///{tmp_path / 'current.db'}")
    assert old.dump() == again.dump()
    for flt in (ArticleFilter(entity="Q-lavrov"), ArticleFilter(category="people-killed"), ArticleFilter(q="updated"),
                ArticleFilter(q="lavrov rubio", entity="Marco Rubio")):
        assert old.list_articles(flt, None, 100) == again.list_articles(flt, None, 100)
    assert old.get_article("art-1") == again.get_article("art-1") and old.get_entity("Rubio") == again.get_entity("Rubio")
    assert old.list_figures(None, "people", None, None, None, 100) == again.list_figures(None, "people", None, None, None, 100)
    old.close()
    again.close()


def test_a_layout_5_database_gets_entity_words_in_its_search_index_and_versions_keyed_by_seq(tmp_path: Path) -> None:
    from services.store.fulltext import entity_token

    body = "Sergey Lavrov met Marco Rubio."
    events = [article(f"art-{i}", f"{body} Report {i}.", minutes=i % 4, people=[LAVROV, RUBIO] if i % 2 else [LAVROV])
              for i in range(40)]
    revised = [e.model_copy(update={"content_hash": f"{e.content_hash}-v2", "body": "Marco Rubio alone.",
                                    "entities": e.entities[-1:]}) for e in events[:6]]
    current = open_store(f"sqlite:///{tmp_path / 'current.db'}")
    current.migrate()
    current.apply(delivered(events))
    current.apply(delivered(revised, first=len(events)))
    current.close()

    for name in ("current", "v5"):  # v5: the same content as layout 5 held it
        (tmp_path / f"{name}.copy").write_bytes((tmp_path / "current.db").read_bytes())
    old = open_store(f"sqlite:///{tmp_path / 'v5.copy'}")
    raw = old._conn  # noqa: SLF001
    with old._write():  # noqa: SLF001
        raw.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        raw.execute("INSERT INTO articles_fts (rowid, words) SELECT seq, copydesk_words(headline, body) FROM articles")
        raw.execute("CREATE INDEX entity_articles_sort ON entity_articles (entity_id, sort_at DESC, article_id DESC)")
        raw.execute("CREATE TABLE v5 (article_id TEXT NOT NULL, content_hash TEXT NOT NULL, received_at TEXT NOT NULL, "
                    "PRIMARY KEY (article_id, content_hash)) WITHOUT ROWID")
        raw.execute("INSERT INTO v5 SELECT article_id, content_hash, received_at FROM article_versions")
        raw.execute("DROP TABLE article_versions")
        raw.execute("ALTER TABLE v5 RENAME TO article_versions")
        raw.execute("DELETE FROM schema_migrations WHERE version IN (6, 7)")
    assert not old.ready()

    old.migrate()
    assert raw.execute("SELECT name FROM sqlite_schema WHERE name = 'entity_articles_sort'").fetchall() == []
    assert [r[1] for r in raw.execute("PRAGMA table_info(article_versions)")][:2] == ["seq", "article_id"]
    lavrov = {r[0] for r in raw.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                                        (f'"{entity_token("Q-lavrov")}"',))}
    assert lavrov == {r[0] for r in raw.execute("SELECT seq FROM entity_articles WHERE entity_id = 'Q-lavrov'")}
    assert len(lavrov) == 37  # 40, less the 3 revised without him
    again = open_store(f"sqlite:///{tmp_path / 'current.copy'}")
    for flt in (ArticleFilter(entity="Q-lavrov"), ArticleFilter(entity="Rubio"), ArticleFilter(q="alone"),
                ArticleFilter(q="report", entity="Marco Rubio")):
        assert old.list_articles(flt, None, 100) == again.list_articles(flt, None, 100)
    assert old.get_entity("Lavrov") == again.get_entity("Lavrov") and old.get_entity("Rubio") == again.get_entity("Rubio")
    assert old.dump() == again.dump() and len(old.get_article("art-1")["versions"]) == 2
    old.close()
    again.close()


def test_a_layout_7_database_gets_ascending_list_indexes_and_lists_in_the_same_order(tmp_path: Path) -> None:
    body = "Sergey Lavrov met Marco Rubio. About 40 people were killed and 12 hurt, Lavrov said."
    events = [article(f"art-{i:02d}", f"{body} Report {i}.", minutes=i % 5, people=[LAVROV, RUBIO] if i % 2 else [LAVROV],
                      story_id=f"s{i % 3}", source=f"wire-{i % 2}",
                      figures=[figure("About 40", body, 40, "people-killed", "people", "approximate"),
                               figure("12", body, 12, "people-wounded", "people", "exact")])
              for i in range(30)]
    current = open_store(f"sqlite:///{tmp_path / 'current.db'}")
    current.migrate()
    current.apply(delivered(events))
    current.close()
    (tmp_path / "v7.db").write_bytes((tmp_path / "current.db").read_bytes())
    old = open_store(f"sqlite:///{tmp_path / 'v7.db'}")  # the same content with layout 7's descending indexes
    raw = old._conn  # noqa: SLF001
    with old._write():  # noqa: SLF001
        for name, on in (("articles_sort", "articles (sort_at DESC, article_id DESC)"),
                         ("articles_source_sort", "articles (source, sort_at DESC, article_id DESC)"),
                         ("articles_story", "articles (story_id, sort_at DESC, article_id DESC)"),
                         ("article_figures_sort", "article_figures (sort_at DESC, article_id DESC, idx)"),
                         ("article_figures_unit", "article_figures (unit, sort_at DESC, article_id DESC, idx)")):
            raw.execute(f"DROP INDEX {name}")
            raw.execute(f"CREATE INDEX {name} ON {on}")
        raw.execute("DELETE FROM schema_migrations WHERE version = 8")
    assert not old.ready()

    old.migrate()
    assert old.ready()
    definitions = [sql for (sql,) in raw.execute("SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")]
    by_time = [d for d in definitions if "sort_at" in d]
    assert len(by_time) == 7 and not any("sort_at DESC" in d or "article_id DESC" in d for d in by_time)
    again = open_store(f"sqlite:///{tmp_path / 'current.db'}")
    for flt in (ArticleFilter(), ArticleFilter(source="wire-1"), ArticleFilter(category="people-wounded")):
        assert every_page(old, flt, 4) == every_page(again, flt, 4) and len(every_page(old, flt, 4)) >= 15
    assert old.get_story("s1") == again.get_story("s1")
    figures, cursor = [], None
    while True:  # newest article first, each article's figures in their order, across pages
        page = old.list_figures(None, "people", None, None, cursor, 7)
        figures += [(f["article_id"], f["text"]) for f in page.items]
        if (cursor := page.next_cursor) is None:
            break
    assert figures == [(e.article_id, f.text) for e in sorted(events, key=lambda e: (e.published_at, e.article_id), reverse=True)
                       for f in e.figures]
    assert old.dump() == again.dump()
    old.close()
    again.close()


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
