"""The full-text search terms every engine agrees on.

Both the indexed text and the query are reduced by :func:`terms` here, in Python, so SQLite
(FTS5), PostgreSQL (tsvector) and the in-memory twin see the same words: runs of letters and
digits, case-folded, no stemming, no stop words. A query matches an article when every query
term is a word of its headline or body.
"""

from __future__ import annotations

import re

from services.store.port import InvalidQuery

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 16

_WORD = re.compile(r"[^\W_]+")  # one character class, no nesting: linear time
_ASCII_WORD = re.compile(r"[a-z0-9]+")  # the same on case-folded ASCII text, about twice as fast


def terms(text: str) -> list[str]:
    """The case-folded words of ``text`` in order of appearance (duplicates kept)."""
    folded = text.casefold()
    return (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)


def indexed_text(headline: str | None, body: str) -> str:
    """The distinct words of headline and body, space-separated: what every engine indexes.

    Searches only ask whether every query word occurs, so neither repeats nor positions are kept.
    """
    return " ".join(dict.fromkeys(terms(f"{headline or ''}\n{body}")))


def query_terms(q: str) -> list[str]:
    """The distinct words of a query, in order.

    Raises InvalidQuery when ``q`` is longer than MAX_QUERY_CHARS characters or has more
    than MAX_QUERY_TERMS distinct words. A query without any word gives an empty list (which
    matches no article).
    """
    if len(q) > MAX_QUERY_CHARS:
        raise InvalidQuery(f"q: {len(q)} characters, at most {MAX_QUERY_CHARS} allowed")
    distinct = list(dict.fromkeys(terms(q)))
    if len(distinct) > MAX_QUERY_TERMS:
        raise InvalidQuery(f"q: {len(distinct)} distinct words, at most {MAX_QUERY_TERMS} allowed")
    return distinct
