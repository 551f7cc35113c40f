"""Digits grouped in thousands by spaces, on made-up text: one number in running text ("12 500
euros", also with a no-break or narrow no-break space), cells in a table row ("Wheat 121 130 121")."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.tokens import tokenize


def _numbers(text: str) -> list[str]:
    return [token.text for token in tokenize(text) if token.kind == "num"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Il a payé 12 500 euros.", ["12 500"]),
        ("Il a payé 12\u202f500 euros.", ["12\u202f500"]),
        ("La ville compte 1\u00a0234\u00a0567 habitants.", ["1\u00a0234\u00a0567"]),
        ("Le stade a accueilli 121 500", ["121 500"]),
        ("La dette atteint 121 130 121 euros.", ["121 130 121"]),
        ("Wheat 121 130 121", ["121", "130", "121"]),
        ("Wheat 121 130 121\nMaize 98 97 99", ["121", "130", "121", "98", "97", "99"]),
        ("Wheat 113 114 113.7 112", ["113", "114", "113.7", "112"]),
    ],
)
def test_space_groups_are_one_number_in_text_and_cells_in_a_row(text, numbers):
    assert _numbers(text) == numbers


def test_a_row_of_three_digit_cells_gives_one_figure_a_cell():
    assert [f.value for f in extract_figures("Wheat 121 130 121")] == [121, 130, 121]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Output 1 234 567 tonnes in the year", 1234567),
        ("Maize 1 234 567 in the last season", 1234567),
        ("Ventes 12\u202f500 au total selon la société.", 12500),
    ],
)
def test_a_space_grouped_number_after_a_capitalised_word_is_no_name(body, value):
    assert [f.value for f in extract_figures(body)] == [value]
