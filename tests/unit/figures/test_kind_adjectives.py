"""A number before an adjective of kind ("two legged robots", "a four-wheeled cart", "a
two-engine jet") names a kind and counts nothing (README: "a two-seater"); a count beside one
stays a count (constructed cases)."""

import pytest

from services.processors.figures import extract_figures


def read(body: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(f.text, f.value, f.low, f.high) for f in extract_figures(body)]


@pytest.mark.parametrize(
    "body",
    [
        "The lab builds two legged robots.",
        "A four-legged robot climbed the stairs.",
        "They drove a three-wheeled van.",
        "She lives in a three-storey house.",
        "He flew a twin-engined plane and then a two-engine jet.",
        "The sculpture shows a two headed eagle.",
    ],
)
def test_a_number_before_an_adjective_of_kind_is_no_count(body):
    assert read(body) == []


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The lab builds two robots a year.", 2),
        ("Police said two armed men fled.", 2),
        ("Officials blamed two engine failures.", 2),
        ("He built 20 four-wheeled carts.", 20),
    ],
)
def test_a_count_beside_a_kind_stays_a_count(body, value):
    assert [v for _, v, _, _ in read(body)] == [value]
