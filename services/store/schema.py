"""The one current layout of the SQL engines, and the version that names it.

The store is a projection of the Kafka log, so its layout is never upgraded in place: each
engine creates ``statements(dialect)`` in an empty database and records ``LAYOUT_VERSION`` in
``store_layout``. A database with any other layout (older, newer, or made by the numbered
migrations that came before layout 12) is refused with ``port.LayoutMismatch`` and rebuilt by
replaying the log into a fresh database (``services.store.rebuild``). Changing anything below
therefore means raising ``LAYOUT_VERSION`` by one (tests/unit/store/test_schema.py keeps a digest
of each version's statements and fails until it is raised).

Statements are written once, with ``{placeholders}`` for what differs between SQLite and
PostgreSQL (see ``Dialect``), plus per-engine statements for what only one engine has (FTS5 on
SQLite, a tsvector with a GIN index on PostgreSQL).

Tables
------
articles            one row per article_id (the latest version applied), with sort_at =
                    published_at or received_at for newest-first lists
article_versions    every (article_id, content_hash) received, when first, with a summary of its
                    entities and figures
article_withdrawals every withdrawal of an article (ArticleWithdrawn): when, status, reason
article_removals    removed boilerplate with its reason, in order
article_entities    the entities of each article as the event gave them
entity_mentions     their spans in the body
entity_articles     (article, entity_id, sort_at): which articles mention an entity (SQLite
                    finds an entity's articles by its full-text index instead)
entities            canonical entities (latest name/type) with a maintained article_count
entity_aliases      every name an entity was seen under, with its case-folded lookup key
article_figures     figures in order, each with its article's sort_at (figures list newest first)
article_quotes      quotes in order
stories             story_id with a maintained article_count
story_merges        each story merged into another, with the story that survives it (always one
                    that is not merged itself)
duplicate_revisions the earliest copy of an article placed before it (StoryUpdated 'revised')
consumed_offsets    the projector's position per (topic, partition), written with the rows
store_layout        one row: the LAYOUT_VERSION the tables above were created with

Why the layout is what it is
----------------------------
- SQLite keys each article by ``seq`` (an explicit INTEGER PRIMARY KEY that follows publication
  time, see ``searchkey``), shared with the FTS5 rowid, and the tables of an article's parts
  (ARTICLE_KEYED, and article_versions) lead their primary key with it: ids are hashes, so keyed
  by article_id a batch of new articles wrote into every page of those clustered tables, while
  seqs append. Measured with store.apply alone: 644-679 us of CPU per event keyed by id, 431-476
  by seq. PostgreSQL's heap tables are written in arrival order already and keep article_id
  (``Dialect.child_key``).
- SQLite's full-text index keeps no copy of the words (content='', columnsize=0): a document is
  deleted by giving its words again (``copydesk_words``, see sqlite.py). Its 'hashsize' of 16 MiB
  makes a batch one segment written at COMMIT (about half the indexing cost of the default).
- An article's entities are words of its SQLite full-text document (``fulltext.entity_token``)
  instead of entries of an entity_articles index, which dirtied a page per distinct entity per
  batch; PostgreSQL keeps the entity_articles_sort index.
- List indexes ascend: both engines read an index backwards as cheaply as forwards, but new rows
  (the newest) are appended at an ascending index's right end, where SQLite and PostgreSQL start
  a new page instead of splitting a full one in half.
"""

from __future__ import annotations

from dataclasses import dataclass

LAYOUT_VERSION = 12
"""The version of the layout ``statements`` creates; recorded in ``store_layout``."""

LAYOUT_TABLE = "store_layout"


@dataclass(frozen=True)
class Dialect:
    name: str
    article_key: str  # the articles table's key columns
    key: str  # an identifier that is sorted and compared byte-wise, the same on every engine
    ts: str  # a point in time
    real: str  # a double-precision float
    bigint: str
    keyed: str  # after a table with a composite or text primary key: how to store it clustered
    # The column the per-article tables (ARTICLE_KEYED) lead their keys with and are read by:
    # article_id, or the article's seq.
    child_key: str
    child_columns: str  # the leading columns of those tables


SQLITE = Dialect(
    name="sqlite",
    # An explicit INTEGER PRIMARY KEY: a rowid VACUUM never renumbers, shared with the FTS5 table.
    article_key="seq INTEGER PRIMARY KEY,\n    article_id TEXT NOT NULL UNIQUE",
    key="TEXT",
    ts="TEXT",
    real="REAL",
    bigint="INTEGER",
    # One b-tree per table, ordered by its primary key, instead of a rowid table plus a key index.
    keyed=" WITHOUT ROWID",
    child_key="seq",
    child_columns="seq INTEGER NOT NULL,\n    article_id TEXT NOT NULL",
)
POSTGRES = Dialect(
    name="postgres",
    article_key='article_id TEXT COLLATE "C" PRIMARY KEY',
    key='TEXT COLLATE "C"',
    ts="TIMESTAMPTZ",
    real="DOUBLE PRECISION",
    bigint="BIGINT",
    keyed="",
    child_key="article_id",
    child_columns='article_id TEXT COLLATE "C" NOT NULL',
)

# The tables holding an article's parts, keyed by Dialect.child_key.
ARTICLE_KEYED = (
    "article_removals",
    "article_entities",
    "entity_mentions",
    "article_figures",
    "article_quotes",
    "entity_articles",
)

# The figure lists: (index name suffix, the filter column leading it).
_FIGURE_LISTS = (("sort", ""), ("category", "category, "), ("unit", "unit, "), ("attribution", "attribution_id, "))

_TABLES = [
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
    snippet TEXT NOT NULL,{search}
    embargoed_until {ts}
)""",
    "CREATE INDEX articles_sort ON articles (sort_at, article_id)",
    "CREATE INDEX articles_source_sort ON articles (source, sort_at, article_id)",
    "CREATE INDEX articles_story ON articles (story_id, sort_at, article_id)",
    """CREATE TABLE article_versions (
    {child_columns},
    content_hash {key} NOT NULL,
    received_at {ts} NOT NULL,
    summary TEXT,
    PRIMARY KEY ({child_key}, content_hash)
){keyed}""",
    """CREATE TABLE article_withdrawals (
    article_id {key} NOT NULL,
    withdrawn_at {ts} NOT NULL,
    status {key} NOT NULL,
    reason TEXT,
    PRIMARY KEY (article_id, withdrawn_at)
){keyed}""",
    """CREATE TABLE article_removals (
    {child_columns},
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    block INTEGER NOT NULL,
    PRIMARY KEY ({child_key}, idx)
){keyed}""",
    """CREATE TABLE article_entities (
    {child_columns},
    idx INTEGER NOT NULL,
    entity_id {key} NOT NULL,
    name TEXT NOT NULL,
    type {key} NOT NULL,
    mention_count INTEGER NOT NULL,
    salience {real} NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    country_id TEXT,
    PRIMARY KEY ({child_key}, idx)
){keyed}""",
    """CREATE TABLE entity_mentions (
    {child_columns},
    entity_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY ({child_key}, entity_idx, idx)
){keyed}""",
    """CREATE TABLE entities (
    id {key} PRIMARY KEY,
    name TEXT NOT NULL,
    type {key} NOT NULL,
    country_id TEXT,
    article_count INTEGER NOT NULL DEFAULT 0
){keyed}""",
    "CREATE INDEX entities_count ON entities (article_count DESC, id)",
    """CREATE TABLE entity_aliases (
    entity_id {key} NOT NULL,
    alias_key {key} NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
){keyed}""",
    "CREATE INDEX entity_aliases_key ON entity_aliases (alias_key)",
    """CREATE TABLE entity_articles (
    {child_columns},
    entity_id {key} NOT NULL,
    sort_at {ts} NOT NULL,
    PRIMARY KEY ({child_key}, entity_id)
){keyed}""",
    """CREATE TABLE article_figures (
    {child_columns},
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
    sort_at {ts} NOT NULL,
    PRIMARY KEY ({child_key}, idx)
){keyed}""",
    # A figure's idx stays in article order when the list is read backwards: idx DESC.
    *(
        f"CREATE INDEX article_figures_{name} ON article_figures ({column}sort_at, article_id, idx DESC)"
        for name, column in _FIGURE_LISTS
    ),
    """CREATE TABLE article_quotes (
    {child_columns},
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    speaker TEXT,
    speaker_id TEXT,
    cue TEXT,
    PRIMARY KEY ({child_key}, idx)
){keyed}""",
    """CREATE TABLE stories (
    story_id {key} PRIMARY KEY,
    article_count INTEGER NOT NULL DEFAULT 0
){keyed}""",
    """CREATE TABLE story_merges (
    story_id {key} PRIMARY KEY,
    into_story_id {key} NOT NULL
){keyed}""",
    "CREATE INDEX story_merges_into ON story_merges (into_story_id)",
    """CREATE TABLE duplicate_revisions (
    article_id {key} PRIMARY KEY,
    duplicate_of TEXT NOT NULL
){keyed}""",
    """CREATE TABLE consumed_offsets (
    topic {key} NOT NULL,
    partition_no INTEGER NOT NULL,
    last_offset {bigint} NOT NULL,
    PRIMARY KEY (topic, partition_no)
){keyed}""",
    f"CREATE TABLE {LAYOUT_TABLE} (\n    version INTEGER NOT NULL\n)",
]

# The articles' search column (the SQLite index is a table of its own, below).
_SEARCH_COLUMN = {"sqlite": "", "postgres": "\n    search tsvector NOT NULL DEFAULT ''::tsvector,"}

_ENGINE = {
    "sqlite": [
        # Indexes fulltext.keyed_document(): the 'ascii' tokenizer splits on every ASCII character
        # but letters and digits and folds A-Z, so it yields fulltext.terms() plus the entity
        # tokens. rowid = articles.seq. Queries only AND whole words, so no positions are kept
        # (detail=none), and no copy of the words or per-document sizes (content='', columnsize=0).
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "words, tokenize = 'ascii', detail = none, content = '', columnsize = 0)",
        # Kept in the index's own configuration table, so it holds for every connection.
        "INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216)",
    ],
    "postgres": [
        "CREATE INDEX articles_search ON articles USING GIN (search)",
        "CREATE INDEX entity_articles_sort ON entity_articles (entity_id, sort_at DESC, article_id DESC)",
    ],
}


def statements(dialect: Dialect) -> list[str]:
    """The statements creating layout ``LAYOUT_VERSION`` for ``dialect`` in an empty database, in
    order (not recording the version: the caller inserts it into ``store_layout``)."""
    fields = {
        "article_key": dialect.article_key,
        "key": dialect.key,
        "keyed": dialect.keyed,
        "ts": dialect.ts,
        "real": dialect.real,
        "bigint": dialect.bigint,
        "child_key": dialect.child_key,
        "child_columns": dialect.child_columns,
        "search": _SEARCH_COLUMN[dialect.name],
    }
    return [*(s.format(**fields) for s in _TABLES), *_ENGINE[dialect.name]]
