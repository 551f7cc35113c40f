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
article_versions    every (article_id, content_hash) received, when first, with its entities and figures
article_withdrawals every withdrawal of an article (ArticleWithdrawn): when, status, reason
article_removals    removed boilerplate with its reason, in order
article_entities    the entities of each article as the event gave them
entity_mentions     their spans in the body
entity_articles     (article_id, entity_id, sort_at): which articles mention an entity (SQLite
                    finds an entity's articles by its full-text index instead: migration 6)
entities            canonical entities (latest name/type) with a maintained article_count
entity_aliases      every name an entity was seen under, with its case-folded lookup key
article_figures     figures in order
article_quotes      quotes in order
stories             story_id with a maintained article_count
story_merges        each story merged into another, with the story that survives it (always one
                    that is not merged itself)
duplicate_revisions the earliest copy of an article placed before it (StoryUpdated 'revised')
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
    keyed: str  # after a table with a composite or text primary key: how to store it clustered
    # The column the per-article tables (ARTICLE_KEYED) lead their keys with and are read by:
    # article_id, or a key that follows arrival order (see migration 5).
    child_key: str


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
)

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
){keyed}""",
    """CREATE TABLE article_removals (
    article_id {key} NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    block INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
){keyed}""",
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
){keyed}""",
    """CREATE TABLE entity_mentions (
    article_id {key} NOT NULL,
    entity_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_idx, idx)
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
    article_id {key} NOT NULL,
    entity_id {key} NOT NULL,
    sort_at {ts} NOT NULL,
    PRIMARY KEY (article_id, entity_id)
){keyed}""",
    "CREATE INDEX entity_articles_sort ON entity_articles (entity_id, sort_at DESC, article_id DESC)",
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
){keyed}""",
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
){keyed}""",
    """CREATE TABLE stories (
    story_id {key} PRIMARY KEY,
    article_count INTEGER NOT NULL DEFAULT 0
){keyed}""",
    """CREATE TABLE consumed_offsets (
    topic {key} NOT NULL,
    partition_no INTEGER NOT NULL,
    last_offset {bigint} NOT NULL,
    PRIMARY KEY (topic, partition_no)
){keyed}""",
]

_SEARCH = {
    "sqlite": [
        # Indexes fulltext.fts5_document(): the 'ascii' tokenizer splits on every ASCII character
        # but letters and digits and folds A-Z, so it yields fulltext.terms(). rowid =
        # articles.seq. Queries only AND whole words, so no positions are kept (detail=none): a
        # smaller, faster index.
        "CREATE VIRTUAL TABLE articles_fts USING fts5(words, tokenize = 'ascii', detail = none)",
    ],
    "postgres": [
        "ALTER TABLE articles ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector",
        "CREATE INDEX articles_search ON articles USING GIN (search)",
    ],
}

# Version 1 (first committed layout) stored the same content with a different physical layout
# (no list-ordered FTS keys, rowid tables). The store is a projection of the Kafka log, so
# version 2 drops the version-1 tables *and the consumed offsets with them*: the projector then
# consumes the log again from the start and rebuilds identical content. (A fresh database has
# nothing to drop.) Later migrations must upgrade in place; this reset was a one-off.
_V1_TABLES = (
    "articles", "article_versions", "article_removals", "article_entities", "entity_mentions", "entities",
    "entity_aliases", "entity_articles", "article_figures", "article_quotes", "stories", "consumed_offsets",
)
_DROP_V1 = {
    "sqlite": ["DROP TABLE IF EXISTS articles_fts", *(f"DROP TABLE IF EXISTS {t}" for t in _V1_TABLES)],
    "postgres": [f"DROP TABLE IF EXISTS {t} CASCADE" for t in _V1_TABLES],
}

# Version 3, SQLite only: the full-text index keeps no copy of the indexed words (content='')
# and no per-document sizes (columnsize=0, only ranking functions read them; we rank by time).
# That stored a second copy of every article's words and cost about a quarter of the index's
# write time. A contentless FTS5 table forgets what it indexed, so removing a document takes
# the same words again ('delete' command): the store recomputes them from the article's
# headline and body with the ``copydesk_words`` SQL function (fulltext.fts5_document, registered
# on every connection), which also rebuilds the index here. Changing the words fts5_document
# yields therefore needs a migration that rebuilds articles_fts the same way.
_CONTENTLESS_SEARCH = {
    "sqlite": [
        "DROP TABLE articles_fts",
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "words, tokenize = 'ascii', detail = none, content = '', columnsize = 0)",
        "INSERT INTO articles_fts (rowid, words) SELECT seq, copydesk_words(headline, body) FROM articles ORDER BY seq",
    ],
}

# Version 4, SQLite only: FTS5 buffers new terms in memory and writes them out as a segment
# whenever the buffer passes 'hashsize' (1 MiB by default), then merges those segments. A batch of
# 2,000 articles crossed it about twenty times; with 16 MiB a batch becomes one segment at
# COMMIT, and indexing measured about half as costly. The setting is kept in the index's own
# configuration table, so it holds for every connection.
_LARGER_SEARCH_BUFFER = {
    "sqlite": ["INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216)"],
}

# Version 5, on SQLite: the tables holding an article's parts lead their primary key with the
# article's seq instead of its article_id. Ids are hashes, so a batch of new articles wrote
# into every page of those clustered tables; seqs follow publication time, so new articles'
# rows are appended. Measured with production-shaped ids (store.apply alone, the last 20,000
# of 60,000 events): 644-679 us of CPU per event before, 431-476 after. article_id stays a
# column. (PostgreSQL's heap tables are written in arrival order already; their key indexes
# are narrow, so its parts keep article_id: Dialect.child_key.)
ARTICLE_KEYED = ("article_removals", "article_entities", "entity_mentions", "article_figures", "article_quotes",
                 "entity_articles")


def _keyed_by_seq(table: str) -> list[str]:
    """Statements rebuilding SQLite ``table`` (as created by migration 2) with ``seq`` first;
    article_figures also gains ``sort_at`` and is left without indexes (see _FIGURES_BY_TIME)."""
    [create] = [t for t in _TABLES if t.startswith(f"CREATE TABLE {table} (")]
    indexes = [i for i in _TABLES if i.startswith("CREATE INDEX ") and f" ON {table} (" in i]
    first_column, old_key = "(\n    article_id {key} NOT NULL,", "PRIMARY KEY (article_id, "
    if first_column not in create or old_key not in create:
        raise AssertionError(f"migration 5: {table} does not start with article_id")
    rebuilt = (create.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {table}_by_seq (", 1)
               .replace(first_column, "(\n    seq INTEGER NOT NULL,\n    article_id {key} NOT NULL,", 1)
               .replace(old_key, "PRIMARY KEY (seq, ", 1))
    figures = table == "article_figures"
    if figures:
        rebuilt, indexes = rebuilt.replace("    PRIMARY KEY", "    sort_at {ts} NOT NULL,\n    PRIMARY KEY", 1), []
    fields = {"key": SQLITE.key, "ts": SQLITE.ts, "real": SQLITE.real, "keyed": SQLITE.keyed}
    return [
        rebuilt.format(**fields),
        f"INSERT INTO {table}_by_seq SELECT a.seq, t.*{', a.sort_at' if figures else ''} "
        f"FROM {table} t JOIN articles a ON a.article_id = t.article_id",
        f"DROP TABLE {table}",
        f"ALTER TABLE {table}_by_seq RENAME TO {table}",
        *(i.format(**fields) for i in indexes),
    ]


_CHILDREN_BY_SEQ = {
    "sqlite": [s for table in ARTICLE_KEYED for s in _keyed_by_seq(table)],
    "postgres": [
        "ALTER TABLE article_figures ADD COLUMN sort_at TIMESTAMPTZ",
        "UPDATE article_figures f SET sort_at = a.sort_at FROM articles a WHERE a.article_id = f.article_id",
        "ALTER TABLE article_figures ALTER COLUMN sort_at SET NOT NULL",
        "DROP INDEX article_figures_category",
        "DROP INDEX article_figures_unit",
        "DROP INDEX article_figures_attribution",
    ],
}
# Also in version 5: figures are listed newest first, like articles (they were listed in
# article_id order, i.e. in hash order), by their article's sort_at, kept on each figure. Every
# index of the list then grows at its newest end instead of at random places.
# The figure lists: (index name suffix, the filter column leading it).
_FIGURE_LISTS = (("sort", ""), ("category", "category, "), ("unit", "unit, "), ("attribution", "attribution_id, "))
_FIGURES_BY_TIME = [
    f"CREATE INDEX article_figures_{name} ON article_figures ({column}sort_at DESC, article_id DESC, idx)"
    for name, column in _FIGURE_LISTS
]

# Version 6, SQLite only: an article's entities are words of its full-text document
# (fulltext.entity_token: a private-use mark and the id in hex, which no query word can equal), and
# the entity_articles_sort index is dropped. That index took every batch's entries at random
# places, one per entity, so each batch dirtied a page per distinct entity it mentioned: the
# largest share of the pages written per commit. FTS5 writes a batch's entries as one new segment
# instead, and pages an entity's articles newest first by rowid as it does a search. Measured
# with store.apply alone (the events 50,000-100,000 of 100,000, both stores written alternately):
# 450 us of CPU and 481 us of wall time per event before, 397 and 409 after (a prototype).
# entity_articles stays, keyed by seq, for the co-occurrence join and for PostgreSQL.
_ENTITIES_AS_WORDS = {
    "sqlite": [
        "INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')",
        "INSERT INTO articles_fts (rowid, words) SELECT a.seq, copydesk_words(a.headline, a.body, "
        "(SELECT json_group_array(k.entity_id) FROM entity_articles k WHERE k.seq = a.seq)) FROM articles a ORDER BY a.seq",
        "DROP INDEX entity_articles_sort",
    ],
}

# Version 7, SQLite only: article_versions leads its primary key with the article's seq too (see
# version 5). Keyed by article_id, a batch's versions landed on every page of the table, and
# each commit wrote the whole table out again: 7 KiB per event at 100,000 articles, growing with
# the store. An article given a new seq takes its versions along (SqlStore._write_rows).
_VERSIONS_BY_SEQ = {"sqlite": _keyed_by_seq("article_versions")}

# Version 8: the list indexes ascend. Both engines read an index backwards for ORDER BY ... DESC
# as cheaply as forwards, but they insert differently at its two ends. New articles sort newest:
# in a descending index they landed at its left end, where each full page is split in half and
# the older half is never filled again; at the right end of an ascending one SQLite
# (balance_quick) and PostgreSQL (its rightmost-leaf fast path) start a new page instead. A figure's
# idx stays in article order under a backward read: idx DESC. Measured on SQLite with store.apply
# alone (the events 12,000-60,000 of 60,000, both layouts written alternately in one process, two
# runs): inserting the figures took 46-47 instead of 55 us of CPU per event, the articles 30-31
# instead of 35-36; the whole apply 305 and 323 against 327 and 328 us, the rest varying more
# from run to run than it gains. Not measured on PostgreSQL.
_ASCENDING_INDEXES = {
    "articles_sort": "articles (sort_at, article_id)",
    "articles_source_sort": "articles (source, sort_at, article_id)",
    "articles_story": "articles (story_id, sort_at, article_id)",
    **{f"article_figures_{name}": f"article_figures ({column}sort_at, article_id, idx DESC)" for name, column in _FIGURE_LISTS},
}
_ASCENDING = [s for name, on in _ASCENDING_INDEXES.items() for s in (f"DROP INDEX {name}", f"CREATE INDEX {name} ON {on}")]

# Version 9: the merges of StoryUpdated events. A merged story points at the story that survives
# it (merges of merges are followed when written, so one lookup resolves any story), for the
# articles that name a merged story after the merge was applied.
_STORY_MERGES = [
    """CREATE TABLE story_merges (
    story_id {key} PRIMARY KEY,
    into_story_id {key} NOT NULL
){keyed}""",
    "CREATE INDEX story_merges_into ON story_merges (into_story_id)",
]

# Version 11: a copy placed before its earlier original is revised by a StoryUpdated ('revised');
# the revision is kept, so the article's row, written before or after it, ends with that original.
_DUPLICATE_REVISIONS = [
    """CREATE TABLE duplicate_revisions (
    article_id {key} PRIMARY KEY,
    duplicate_of TEXT NOT NULL
){keyed}""",
]

# Version 10: wire items' versions, withdrawals and embargoes (issue 21). Each version keeps a
# summary of its entities and figures (NULL for versions stored before), to list what changed
# between versions; an article keeps its embargo time, before which no query returns it; an
# ArticleWithdrawn is a row of article_withdrawals, keyed by article and time and written whether
# or not the article is stored yet (a withdrawal may overtake its article through the stages). An
# article is hidden while a withdrawal is at or after its current version's receipt.
_WIRE_VERSIONS = [
    "ALTER TABLE articles ADD COLUMN embargoed_until {ts}",
    "ALTER TABLE article_versions ADD COLUMN summary TEXT",
    """CREATE TABLE article_withdrawals (
    article_id {key} NOT NULL,
    withdrawn_at {ts} NOT NULL,
    status {key} NOT NULL,
    reason TEXT,
    PRIMARY KEY (article_id, withdrawn_at)
){keyed}""",
]

# (version, name, engine statements first, statements for both engines, engine statements last)
MIGRATIONS: list[tuple[int, str, dict[str, list[str]], list[str], dict[str, list[str]]]] = [
    (2, "articles, entities, figures, quotes, stories, offsets (replaces layout 1)", _DROP_V1, _TABLES, _SEARCH),
    (3, "full-text index without a stored copy of the words (SQLite)", _CONTENTLESS_SEARCH, [], {}),
    (4, "full-text index writes a batch as one segment (SQLite)", _LARGER_SEARCH_BUFFER, [], {}),
    (5, "figures listed newest first; an article's parts keyed by its seq (SQLite)", _CHILDREN_BY_SEQ,
     _FIGURES_BY_TIME, {}),
    (6, "an article's entities are words of its full-text document (SQLite)", _ENTITIES_AS_WORDS, [], {}),
    (7, "an article's versions keyed by its seq (SQLite)", _VERSIONS_BY_SEQ, [], {}),
    (8, "list indexes ascend: new rows are appended at their right end", {}, _ASCENDING, {}),
    (9, "stories merged into others (StoryUpdated merges)", {}, _STORY_MERGES, {}),
    (10, "version summaries, embargo times, withdrawals (wire items)", {}, _WIRE_VERSIONS, {}),
    (11, "near-duplicates found after their copy was placed (StoryUpdated revisions)", {}, _DUPLICATE_REVISIONS, {}),
]

MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL
)"""


def statements(dialect: Dialect, version: int) -> list[str]:
    """The statements of migration ``version`` for ``dialect``, in order."""
    for number, _name, first, common, last in MIGRATIONS:
        if number == version:
            fields = {
                "article_key": dialect.article_key, "key": dialect.key, "keyed": dialect.keyed,
                "ts": dialect.ts, "real": dialect.real, "bigint": dialect.bigint,
            }
            return [*first.get(dialect.name, []), *(s.format(**fields) for s in common), *last.get(dialect.name, [])]
    raise KeyError(f"no migration {version}")
