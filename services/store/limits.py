"""The bounds every engine applies to queries, so no query is ever unbounded.

The HTTP API validates its parameters itself (and refuses a ``limit`` above MAX_PAGE with a
422); these are the store's own guarantees, raised as InvalidQuery naming the argument.
"""

from __future__ import annotations

from services.store.port import InvalidQuery

MAX_PAGE = 100  # rows of one page of any list
RELATED_LIMIT = 100  # newest articles listed by get_entity and get_story
CO_OCCURRING_LIMIT = 20  # entities listed as co-occurring by get_entity
MAX_ENTITY_CHARS = 500  # an entity id or alias to look up


def page_size(limit: int) -> int:
    """The number of rows to return for a page: ``limit`` capped at MAX_PAGE.

    Raises InvalidQuery for a limit below 1.
    """
    if limit < 1:
        raise InvalidQuery(f"limit: {limit} is below 1")
    return min(limit, MAX_PAGE)


def entity_name(id_or_alias: str) -> str:
    """``id_or_alias`` unchanged; InvalidQuery when longer than MAX_ENTITY_CHARS."""
    if len(id_or_alias) > MAX_ENTITY_CHARS:
        raise InvalidQuery(f"entity: {len(id_or_alias)} characters, at most {MAX_ENTITY_CHARS} allowed")
    return id_or_alias
