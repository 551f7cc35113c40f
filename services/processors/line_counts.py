"""Per-source line counts for learned boilerplate, each article counted once.

The cleaning stage removes a line that ``repeat_threshold`` earlier articles of the same source
had (``repeats``). The counts live in a key-value state, written only by assignment: a dict in
`copydesk process`, the cleaning agent's faust table (changelog-backed) in the stream.

The stream delivers a record at least once: after a rebalance, a crash or a stall seek a record
is cleaned again, and an ingestor may publish an article twice. Counting its lines each time made
them reach the threshold early: the article cleaned again lost lines its first cleaning kept, and
so did later articles sharing those lines (a syndicated copy lost its text, and with it the
fingerprint that finds its original), where `copydesk process` counts each article once. So an
article is counted once per source, and its first cleaning records what it saw: a later cleaning
of that article reads the same counts, and the output does not depend on how often a record came.

Keys: ``<source>\\x1f<line key>`` -> how many articles of the source had that line;
``<source>\\x1e<article_id>`` -> {line key: count} of the article's lines that earlier articles
had, as its first cleaning saw them ({} when none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import Any


def line_count_key(source: str, line_key: str) -> str:
    """The state key of ``source``'s count of the line ``line_key``."""
    return f"{source}\x1f{line_key}"


def article_key(source: str, article_id: str) -> str:
    """The state key of what ``article_id`` saw when it was first counted."""
    return f"{source}\x1e{article_id}"


def repeats_for(state: Mapping[str, Any], source: str, article_id: str) -> Callable[[str], int]:
    """How many earlier articles of ``source`` had a line of each key, as ``article_id``'s first
    cleaning saw it (the counts now when it was never counted). Reads only: a faust table with a
    default is not written by a read either."""
    recorded = _get(state, article_key(source, article_id))
    if recorded is not None:
        return lambda key: int(recorded.get(key, 0))
    return lambda key: int(_get(state, line_count_key(source, key)) or 0)


def count_article(state: MutableMapping[str, Any], source: str, article_id: str, line_keys: Iterable[str]) -> bool:
    """Count the article's (distinct) ``line_keys`` for ``source`` and record what it saw; nothing
    when it was counted before. Call it after cleaning with :func:`repeats_for`'s counts, with no
    other write to ``state`` in between. Whether it counted."""
    recorded = article_key(source, article_id)
    if _get(state, recorded) is not None:
        return False
    seen: dict[str, int] = {}
    for key in dict.fromkeys(line_keys):
        count_key = line_count_key(source, key)
        count = int(_get(state, count_key) or 0)
        if count:
            seen[key] = count
        state[count_key] = count + 1
    state[recorded] = seen
    return True


def _get(state: Mapping[str, Any], key: str) -> Any:
    # ``in`` first: a faust table with a default answers a missing key with the default.
    return state[key] if key in state else None
