""" "fell by a quarter", "cut by half", "half that": a fraction that is the size of a change or a
share of an amount named before (constructed cases)."""

import pytest

from services.processors.figures import extract_figures
from tests.unit.figures.single import only


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Sales dropped by nearly a quarter from the same period in 2003.", "nearly a quarter", 0.25),
        ("Profits fell by a third from last year.", "a third", 1 / 3),
        ("Shares were up a quarter on the year.", "a quarter", 0.25),
        ("Prices fell by a fifth, analysts said.", "a fifth", 0.2),
        ("The council cut the budget by half.", "half", 0.5),
        ("Waiting lists fell by half in a year.", "half", 0.5),
    ],
)
def test_a_fraction_after_by_up_or_down_is_the_size_of_the_change(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, pytest.approx(value))


@pytest.mark.parametrize(
    "body",
    [
        "The match was delayed by half an hour.",
        "The home side led by half-time.",
        "The runners turned by a quarter mile marker.",
        "He was sworn in for a third term.",
    ],
)
def test_a_fraction_before_a_noun_or_a_duration_is_no_change_size(body):
    assert [f.text for f in extract_figures(body)] == []


@pytest.mark.parametrize("body", ["The rival was forecasting half that.", "Nobody expected half this level of demand."])
def test_half_before_that_or_this_is_a_share(body):
    figure = only(body)
    assert (figure.text, figure.value) == ("half", 0.5)


def test_the_other_half_that_is_a_part_not_a_share():
    assert [f.text for f in extract_figures("The other half that remained was sold.")] == []


def test_a_range_in_quotes_after_between_stays_one_range():
    figure = only('Farmers valued the animals at between "two and three times" the market price.')
    assert (figure.low, figure.high) == (2, 3)
