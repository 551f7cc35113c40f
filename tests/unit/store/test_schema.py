"""The current layout: one set of statements per engine, named by LAYOUT_VERSION."""

from __future__ import annotations

import hashlib
import re
import sqlite3

import pytest

from services.store.port import LayoutMismatch
from services.store.postgres import DEFAULT_SCHEMA, schema_of
from services.store.schema import ARTICLE_KEYED, LAYOUT_TABLE, LAYOUT_VERSION, POSTGRES, SQLITE, Dialect, statements
from services.store.sql import ALL_TABLES, MERGE_TABLES, WIRE_TABLES

TABLES = {*ALL_TABLES, *MERGE_TABLES, *WIRE_TABLES, LAYOUT_TABLE}


def created_tables(dialect: Dialect) -> set[str]:
    return {m.group(1) for s in statements(dialect) if (m := re.match(r"CREATE TABLE (\w+) \(", s))}


@pytest.mark.parametrize("dialect", [SQLITE, POSTGRES], ids=lambda d: d.name)
def test_every_table_the_store_writes_is_created_and_no_placeholder_is_left(dialect: Dialect) -> None:
    assert created_tables(dialect) == TABLES
    assert not [s for s in statements(dialect) if re.search(r"\{\w+\}", s)]


# What statements() gave for each layout version. A database records only the version, so a
# schema changed under the same version would pass for current with the old tables in it.
LAYOUT_DIGESTS = {12: {"sqlite": "633a17d5c7dc9cf0", "postgres": "09af2c7716482b02"}}


@pytest.mark.parametrize("dialect", [SQLITE, POSTGRES], ids=lambda d: d.name)
def test_a_changed_layout_has_a_version_of_its_own(dialect: Dialect) -> None:
    digest = hashlib.sha256("\n;\n".join(statements(dialect)).encode()).hexdigest()[:16]
    assert LAYOUT_DIGESTS.get(LAYOUT_VERSION, {}).get(dialect.name) == digest, (
        f"the {dialect.name} layout changed: raise schema.LAYOUT_VERSION and record "
        f"{{{LAYOUT_VERSION + 1}: ...{dialect.name!r}: {digest!r}...}} in LAYOUT_DIGESTS"
    )


def test_no_database_made_by_the_numbered_migrations_passes_for_the_current_layout() -> None:
    assert LAYOUT_VERSION > 11  # the last of the migrations layout 12 replaced


def test_sqlite_keys_an_articles_parts_by_its_seq_and_postgres_by_its_id() -> None:
    for dialect, lead in ((SQLITE, "seq"), (POSTGRES, "article_id")):
        keyed = [
            s
            for s in statements(dialect)
            for t in (*ARTICLE_KEYED, "article_versions")
            if s.startswith(f"CREATE TABLE {t} (")
        ]
        assert len(keyed) == len(ARTICLE_KEYED) + 1
        assert all(f"PRIMARY KEY ({lead}, " in s for s in keyed)


def test_the_sqlite_statements_make_a_database_that_sqlite_accepts() -> None:
    conn = sqlite3.connect(":memory:")
    for statement in statements(SQLITE):
        conn.execute(statement)
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert TABLES | {"articles_fts"} <= names
    assert conn.execute("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").fetchone() == (16777216,)


def test_a_mismatch_names_the_database_and_both_versions() -> None:
    err = LayoutMismatch("sqlite /data/store.db", 11, 12)
    assert (err.database, err.found, err.wanted) == ("sqlite /data/store.db", 11, 12)
    assert "sqlite /data/store.db" in str(err) and "layout 11" in str(err) and "layout 12" in str(err)
    assert "no recorded layout" in str(LayoutMismatch("x", None, 12))


@pytest.mark.parametrize(
    ("search_path", "schema"),
    [
        ('"$user", public', DEFAULT_SCHEMA),
        ("$user,public", DEFAULT_SCHEMA),
        ("t_abc", "t_abc"),
        ("news, public", "news"),
        ('"Mixed Case", public', "Mixed Case"),
    ],
)
def test_a_postgres_store_keeps_its_tables_in_the_first_schema_of_the_search_path(
    search_path: str, schema: str
) -> None:
    assert schema_of(search_path) == schema
