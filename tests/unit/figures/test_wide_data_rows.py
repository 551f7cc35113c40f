"""Whole-number data rows with widely spread values are data, not phone numbers, on made-up
rows; phone numbers, card-like runs and standings rows stay out."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.furniture import phone_like
from services.processors.figures.tokens import tokenize


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("Exports 1,234 56,789 987", [1234, 56789, 987]),
        ("Exports 4321 56789 987", [4321, 56789, 987]),
        ("Total 350 1200 98000", [350, 1200, 98000]),
        ("Wheat 4500 12000 350 25", [4500, 12000, 350, 25]),
        ("Exports 1,234 56,789 987\nImports 350 1200 98000", [1234, 56789, 987, 350, 1200, 98000]),
    ],
)
def test_a_data_row_gives_one_figure_a_cell(body, values):
    assert [f.value for f in extract_figures(body)] == values


@pytest.mark.parametrize(
    "body",
    [
        "For tickets ring 01632 960 123 today.",
        "Contact the office at 0161 496 0000 or at 212 555 1234.",
        "Sales 1234 5678 9012 3456 7890",
        "Call 350 1200 98000",
        "Celtic 10 6 2 2 20 14 20",
        "Year 1998 1999 2000",
    ],
)
def test_phones_codes_standings_and_years_stay_out(body):
    assert extract_figures(body) == ()


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("020 7946 0958", True),
        ("01632 960 123", True),
        ("212 555 1234", True),
        ("350 1200 98000", False),
        ("4321 56789 987", False),
    ],
)
def test_phone_groups_are_at_most_four_digits_but_a_leading_area_code(text, phone):
    assert phone_like(tokenize(text), 0) is phone
