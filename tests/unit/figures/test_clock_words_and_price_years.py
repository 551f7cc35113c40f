"""Clock times told in words and the year prices are counted in are no figures (constructed cases)."""

import pytest

from services.processors.figures import extract_figures
from tests.unit.figures.single import only


@pytest.mark.parametrize(
    "body",
    [
        "The polls closed at six o'clock.",
        "By half past six the hall was empty.",
        "The train leaves at ten past nine.",
        "The meeting ends at a quarter to five.",
        "A quarter past seven, the doors opened.",
        "Measured in constant 2005 dollars, output grew.",
        "The cost, in 2010 dollars, was never published.",
    ],
)
def test_no_figure(body):
    assert [f.text for f in extract_figures(body)] == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Ten past winners attended the dinner.", "Ten"),
        ("The collector paid 1995 dollars for the stamp.", "1995 dollars"),
        ("The plant employs five past and present managers.", "five"),
    ],
)
def test_the_same_words_elsewhere_still_count(body, text):
    assert only(body).text == text


def test_a_quarter_before_an_amount_is_still_a_change_size():
    figures = extract_figures("Sales rose by a quarter to $5m.")
    assert [(f.text, f.value) for f in figures] == [("a quarter", 0.25), ("$5m", 5_000_000)]
