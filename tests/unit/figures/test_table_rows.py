"""Rows of price and data tables, on made-up rows: digits spaced as cells are cells, not one
number grouped by spaces; a label word before a row with decimals is no name ("Voyager 2")."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.tokens import tokenize


def values(body: str) -> list[float | None]:
    return [figure.value for figure in extract_figures(body)]


def test_spaced_digits_followed_by_another_number_are_cells():
    assert [t.text for t in tokenize("Rye 141 150 140.5 139")][1:] == ["141", "150", "140.5", "139"]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Il y a 2 000 000 habitants.", 2e6),
        ("The country has 1 302 011 400 people.", 1302011400),
        ("Some 12 500 people came.", 12500),
    ],
)
def test_digits_grouped_by_spaces_stay_one_number(body, value):
    assert values(body) == [value]


def test_four_spaced_groups_of_three_digits_with_no_zero_lead_are_cells():
    assert [t.text for t in tokenize("Oats 219 216 220 216")][1:] == ["219", "216", "220", "216"]


def test_a_price_row_after_a_label_gives_every_price():
    assert values("Rye 141 150 140.5 139") == [141, 150, 140.5, 139]
    assert values("Copper 2,310.50 2,305.00 2,312.25") == [2310.5, 2305.0, 2312.25]


@pytest.mark.parametrize("body", ["Voyager 2 left.", "Ajax 12 8 2 2 24 10 26"])
def test_a_name_number_or_a_standings_row_of_whole_numbers_is_no_data_row(body):
    assert values(body) == []
