"""Opaque cursors and the bounds every query obeys."""

from __future__ import annotations

import pytest

from services.store import cursor
from services.store.limits import MAX_ENTITY_CHARS, MAX_PAGE, entity_name, page_size
from services.store.port import InvalidQuery


def test_a_cursor_round_trips_its_key() -> None:
    token = cursor.encode("articles", ["2026-03-01T08:00:00.000000+00:00", "art-1"])
    assert token.isascii() and "=" not in token
    assert cursor.decode("articles", token, (str, str)) == ["2026-03-01T08:00:00.000000+00:00", "art-1"]


@pytest.mark.parametrize("token", ["", "!!!", "bm90IGpzb24", "W10", "x" * 2000])
def test_garbage_is_refused_naming_the_cursor(token: str) -> None:
    with pytest.raises(InvalidQuery, match="^cursor: "):
        cursor.decode("articles", token, (str, str))


def test_a_cursor_of_another_list_or_shape_is_refused() -> None:
    entities = cursor.encode("entities", [3, "Q-1"])
    with pytest.raises(InvalidQuery, match="articles"):
        cursor.decode("articles", entities, (str, str))
    with pytest.raises(InvalidQuery):
        cursor.decode("entities", entities, (str, str))  # count must be an int
    assert cursor.decode("entities", entities, (int, str)) == [3, "Q-1"]


def test_decode_time_accepts_iso_and_refuses_the_rest() -> None:
    assert cursor.decode_time("2026-03-01T08:00:00+00:00") == "2026-03-01T08:00:00+00:00"
    with pytest.raises(InvalidQuery, match="cursor"):
        cursor.decode_time("yesterday")


def test_page_size_caps_and_refuses_empty_pages() -> None:
    assert page_size(1) == 1
    assert page_size(MAX_PAGE) == MAX_PAGE
    assert page_size(10_000) == MAX_PAGE
    with pytest.raises(InvalidQuery, match="^limit: "):
        page_size(0)


def test_entity_names_are_bounded() -> None:
    assert entity_name("Lavrov") == "Lavrov"
    with pytest.raises(InvalidQuery, match="^entity: "):
        entity_name("x" * (MAX_ENTITY_CHARS + 1))
