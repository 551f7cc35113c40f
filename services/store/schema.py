"""The one schema definition of the SQL engines, as numbered migrations.

Each migration is a list of statements written once, with ``{placeholders}`` for the few type
names that differ between SQLite and PostgreSQL (see ``Dialect``), plus per-engine statements
for what only one engine has (FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL).
``schema_migrations`` records which versions are applied; the engines run the missing ones on
start-up inside one transaction, so migrating is idempotent.

Tables
------
articles            one row per article_id (the latest version applied), with sort_at =
                    published_at or received_at for newest-first lists
article_versions    every (article_id, content_hash) received
article_removals    removed boilerplate with its reason, in order
article_entities    the entities of each article as the event gave them
entity_mentions     their spans in the body
entity_articles     (entity_id, article_id, sort_at): which articles mention an entity
entities            canonical entities (latest name/type) with a maintained article_count
entity_aliases      every name an entity was seen under, with its case-folded lookup key
article_figures     figures in order
article_quotes      quotes in order
stories             story_id with a maintained article_count
consumed_offsets    the projector's position per (topic, partition), written with the rows
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    name: str
    article_key: str  # the articles table's key columns
    key: str  # an identifier that is sorted and compared byte-wise, the same on every engine
    ts: str  # a point in time
    real: str  # a double-precision float
    bigint: str


SQLITE = Dialect(
    name="sqlite",
    # An explicit INTEGER PRIMARY KEY: a rowid VACUUM never renumbers, shared with the FTS5 table.
    article_key="seq INTEGER PRIMARY KEY,\n    article_id TEXT NOT NULL UNIQUE",
    key="TEXT",
    ts="TEXT",
    real="REAL",
    bigint="INTEGER",
)
POSTGRES = Dialect(
    name="postgres",
    article_key='article_id TEXT COLLATE "C" PRIMARY KEY',
    key='TEXT COLLATE "C"',
    ts="TIMESTAMPTZ",
    real="DOUBLE PRECISION",
    bigint="BIGINT",
)

_V1 = [
    """CREATE TABLE articles (
    {article_key},
    source {key} NOT NULL,
    input TEXT NOT NULL,
    format TEXT NOT NULL,
    content_hash {key} NOT NULL,
    received_at {ts} NOT NULL,
    published_at {ts},
    sort_at {ts} NOT NULL,
    url TEXT,
    headline TEXT,
    byline TEXT,
    dateline TEXT,
    body TEXT NOT NULL,
    empty_reason TEXT,
    story_id {key},
    duplicate_of TEXT,
    snippet TEXT NOT NULL
)""",
    "CREATE INDEX articles_sort ON articles (sort_at DESC, article_id DESC)",
    "CREATE INDEX articles_source_sort ON articles (source, sort_at DESC, article_id DESC)",
    "CREATE INDEX articles_story ON articles (story_id, sort_at DESC, article_id DESC)",
    """CREATE TABLE article_versions (
    article_id {key} NOT NULL,
    content_hash {key} NOT NULL,
    received_at {ts} NOT NULL,
    PRIMARY KEY (article_id, content_hash)
)""",
    """CREATE TABLE article_removals (
    article_id {key} NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    block INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
)""",
    """CREATE TABLE article_entities (
    article_id {key} NOT NULL,
    idx INTEGER NOT NULL,
    entity_id {key} NOT NULL,
    name TEXT NOT NULL,
    type {key} NOT NULL,
    mention_count INTEGER NOT NULL,
    salience {real} NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    country_id TEXT,
    PRIMARY KEY (article_id, idx)
)""",
    """CREATE TABLE entity_mentions (
    article_id {key} NOT NULL,
    entity_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_idx, idx)
)""",
    """CREATE TABLE entities (
    id {key} PRIMARY KEY,
    name TEXT NOT NULL,
    type {key} NOT NULL,
    country_id TEXT,
    article_count INTEGER NOT NULL DEFAULT 0
)""",
    "CREATE INDEX entities_count ON entities (article_count DESC, id)",
    "CREATE INDEX entities_type_count ON entities (type, article_count DESC, id)",
    """CREATE TABLE entity_aliases (
    entity_id {key} NOT NULL,
    alias_key {key} NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
)""",
    "CREATE INDEX entity_aliases_key ON entity_aliases (alias_key)",
    """CREATE TABLE entity_articles (
    entity_id {key} NOT NULL,
    article_id {key} NOT NULL,
    sort_at {ts} NOT NULL,
    PRIMARY KEY (entity_id, article_id)
)""",
    "CREATE INDEX entity_articles_sort ON entity_articles (entity_id, sort_at DESC, article_id DESC)",
    "CREATE INDEX entity_articles_article ON entity_articles (article_id)",
    """CREATE TABLE article_figures (
    article_id {key} NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    value {real},
    low {real},
    high {real},
    qualifier {key} NOT NULL,
    unit {key},
    currency TEXT,
    category {key} NOT NULL,
    attribution TEXT,
    attribution_id {key},
    sentence TEXT NOT NULL,
    salience {real} NOT NULL,
    PRIMARY KEY (article_id, idx)
)""",
    "CREATE INDEX article_figures_category ON article_figures (category, article_id)",
    "CREATE INDEX article_figures_unit ON article_figures (unit, article_id, idx)",
    "CREATE INDEX article_figures_attribution ON article_figures (attribution_id, article_id, idx)",
    """CREATE TABLE article_quotes (
    article_id {key} NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    speaker TEXT,
    speaker_id TEXT,
    cue TEXT,
    PRIMARY KEY (article_id, idx)
)""",
    """CREATE TABLE stories (
    story_id {key} PRIMARY KEY,
    article_count INTEGER NOT NULL DEFAULT 0
)""",
    """CREATE TABLE consumed_offsets (
    topic {key} NOT NULL,
    partition_no INTEGER NOT NULL,
    last_offset {bigint} NOT NULL,
    PRIMARY KEY (topic, partition_no)
)""",
]

_V1_ONLY = {
    "sqlite": [
        # Indexes the words of fulltext.indexed_text(); rowid = articles.seq.
        "CREATE VIRTUAL TABLE articles_fts USING fts5(words, tokenize = 'unicode61 remove_diacritics 0')",
    ],
    "postgres": [
        "ALTER TABLE articles ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector",
        "CREATE INDEX articles_search ON articles USING GIN (search)",
    ],
}

MIGRATIONS: list[tuple[int, str, list[str], dict[str, list[str]]]] = [
    (1, "articles, entities, figures, quotes, stories, offsets", _V1, _V1_ONLY),
]
LATEST = MIGRATIONS[-1][0]

MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL
)"""


def statements(dialect: Dialect, version: int) -> list[str]:
    """The statements of migration ``version`` for ``dialect``, in order."""
    for number, _name, common, only in MIGRATIONS:
        if number == version:
            fields = {"article_key": dialect.article_key, "key": dialect.key, "ts": dialect.ts, "real": dialect.real, "bigint": dialect.bigint}
            return [s.format(**fields) for s in common] + list(only.get(dialect.name, []))
    raise KeyError(f"no migration {version}")
