"""The full-text search terms every engine agrees on.

Both the indexed text and the query are reduced by :func:`terms` here, in Python, so SQLite
(FTS5), PostgreSQL (tsvector) and the in-memory twin see the same words: runs of letters and
digits, case-folded, no stemming, no stop words. A query matches an article when every query
term is a word of its headline or body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from services.store.port import InvalidQuery

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 16

_WORD = re.compile(r"[^\W_]+")  # one character class, no nesting: linear time
_ASCII_WORD = re.compile(r"[a-z0-9]+")  # the same on case-folded ASCII text, about twice as fast
# For ASCII text, one C pass does what _ASCII_WORD does after casefold(): A-Z become a-z (ASCII
# casefold is lower()), every byte other than a-z0-9 becomes a space, and split() yields the runs.
_ASCII_FOLD = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


def _ascii_words(text: str) -> list[bytes]:
    """The words of ASCII ``text`` as terms() gives them, as bytes."""
    return text.encode("ascii").translate(_ASCII_FOLD).split()


def terms(text: str) -> list[str]:
    """The case-folded words of ``text`` in order of appearance (duplicates kept)."""
    if text.isascii():
        return [w.decode("ascii") for w in _ascii_words(text)]
    folded = text.casefold()
    return (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)


def indexed_text(headline: str | None, body: str) -> str:
    """The distinct words of headline and body, space-separated: what every engine indexes.

    Searches only ask whether every query word occurs, so neither repeats nor positions are kept.
    """
    text = f"{headline or ''}\n{body}"
    if text.isascii():  # the common case, about twice as fast: no str per repeated word
        return b" ".join(dict.fromkeys(_ascii_words(text))).decode("ascii")
    return " ".join(dict.fromkeys(terms(text)))


def fts5_document(headline: str | None, body: str) -> str:
    """What SQLite's FTS5 index is given for an article, so that it indexes exactly the words of
    :func:`indexed_text`.

    FTS5's ``ascii`` tokenizer splits ASCII text on every character but letters and digits and
    folds A-Z to a-z: on ASCII text it yields the words of :func:`terms`, in C. ASCII text is
    therefore given as it is, which spares the Python pass. Any other text is given as
    ``indexed_text`` (the tokenizer treats non-ASCII characters as parts of words and would
    neither split nor fold them as ``terms`` does).
    """
    text = f"{headline or ''}\n{body}"
    return text if text.isascii() else indexed_text(headline, body)


# Marks a key token (see entity_token): a private-use character, which terms() never yields (it is
# not a letter or digit) and FTS5's ascii tokenizer keeps inside a token (as any non-ASCII one).
KEY_MARK = "\ue000"


@lru_cache(maxsize=65536)  # entities recur across articles; an id is short
def entity_token(entity_id: str) -> str:
    """The word SQLite's full-text index holds for an article that mentions ``entity_id``.

    The id is spelled in hex after KEY_MARK, so any id becomes one token and no query can match
    it: query words come from terms(), which never contain KEY_MARK.
    """
    return KEY_MARK + "e" + entity_id.encode("utf-8").hex()


def keyed_document(headline: str | None, body: str, entity_ids: Iterable[str]) -> str:
    """:func:`fts5_document` followed by the tokens of the article's ``entity_ids``."""
    tokens = " ".join(entity_token(e) for e in entity_ids)
    document = fts5_document(headline, body)
    return f"{document}\n{tokens}" if tokens else document


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
