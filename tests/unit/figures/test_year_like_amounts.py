"""Four-digit numbers beside a currency or unit are amounts, not years, on made-up sentences;
"in 1995", "the 2000 election" and "1995-96" stay years."""

import pytest

from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("The jacket cost $1,995 at the store.", "$1,995", 1995),
        ("The bike sold for 1995 euros last week.", "1995 euros", 1995),
        ("The sofa is priced at €1850 in the shop.", "€1850", 1850),
        ("The port shipped 1,500 tonnes of grain.", "1,500 tonnes", 1500),
        ("Die Firma zahlte 2000 Franken für den Wagen.", "2000 Franken", 2000),
        ("The tower stands 1850 feet above the bay.", "1850 feet", 1850),
    ],
)
def test_a_year_like_number_with_a_currency_or_unit_is_an_amount(body, text, value):
    assert [(f.text, f.value) for f in extract_figures(body)] == [(text, value)]


@pytest.mark.parametrize(
    ("body", "text", "low", "high"),
    [
        ("A flat in the old town costs 1500-2000 euros a month.", "1500-2000 euros", 1500, 2000),
        ("A flat costs between 1500 and 2000 euros a month.", "between 1500 and 2000 euros", 1500, 2000),
        ("Seats cost 1800 to 2000 dollars each.", "1800 to 2000 dollars", 1800, 2000),
        ("The mill ground 1950-2000 tonnes of wheat.", "1950-2000 tonnes", 1950, 2000),
    ],
)
def test_a_range_of_year_like_numbers_with_a_unit_after_is_a_range_of_amounts(body, text, low, high):
    assert [(f.text, f.low, f.high) for f in extract_figures(body)] == [(text, low, high)]


@pytest.mark.parametrize(
    "body",
    [
        "The law was passed in 1995 by a narrow margin.",
        "The 2000 election was close.",
        "Prices rose steadily in the 1995-96 season.",
        "The 1999-2000 season ended early.",
        "Between 1990 and 2000 the economy grew.",
        "He served as mayor 1990-2000 and then retired.",
    ],
)
def test_years_stay_years(body):
    assert extract_figures(body) == ()
