"""Quantities listed with a slash are one figure each; made-up sentences."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.slash_pairs import listed_group, paired_side, slash_after
from services.processors.figures.tokens import tokenize


def values(body: str) -> list[float | None]:
    return [figure.value for figure in extract_figures(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The vessel loads 12,000/6,000 a day.", [12000, 6000]),
        ("Terms were 15,000/9,000 tonnes daily.", [15000, 9000]),
        ("The charter gives 18,000 shinc/22,000 shinc at both ends.", [18000, 22000]),
        ("The ports take 2,000/3,500/4,000 tonnes each.", [2000, 3500, 4000]),
        ("Rates of 50,000-45,000/30,000 were fixed.", [50000, 45000, 30000]),  # listed, not a range
        ("Rates of 30,000-45,000/20,000 were fixed.", [30000, 45000, 20000]),
    ],
)
def test_grouped_quantities_joined_by_a_slash_are_figures_each(body, expected):
    assert values(body) == expected


def test_a_range_of_grouped_numbers_stays_a_range():
    figure = extract_figures("Between 12,000-15,000 fans came.")[0]
    assert (figure.low, figure.high, figure.value) == (12000, 15000, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Apples cost $3/kg this week.", ["$3"]),  # a rate per unit
        ("About 2/3 of the staff left.", ["About 2/3"]),  # a fraction
        ("The deal closed on 11/12/2025.", []),  # a date
        ("Banks quoted 14.00/14.50 percent.", ["14.00/14.50 percent"]),  # a bid and an offer
        ("Reviewers rated it 8.5/10.", []),  # a rating
    ],
)
def test_slashes_that_are_no_list_are_read_as_before(body, expected):
    assert [figure.text for figure in extract_figures(body)] == expected


def test_sides_must_both_be_grouped_in_thousands():
    tokens = tokenize("12,000/600 and 1200/4,000 and 5,000/6,000")
    assert not slash_after(tokens, 0)
    assert not paired_side(tokens, 6)
    assert slash_after(tokens, 8)
    assert paired_side(tokens, 10)
    assert listed_group(tokens, 8, 10)
    assert not listed_group(tokenize("1,000-2,000"), 0, 2)  # no slash: a range, not a list


def test_a_lone_word_between_needs_a_grouped_number_before_it():
    tokens = tokenize("at km/1,000 and 3,000 tonnes/4,000")
    assert not paired_side(tokens, 3)
    assert paired_side(tokens, 8)


def test_the_left_side_takes_a_unit_written_once_on_the_right():
    left, right = extract_figures("Terms were 15,000/9,000 tonnes daily.")
    assert (left.unit, right.unit) == ("tonne", "tonne")
    left, right = extract_figures("Offers of 1,500/2,000 euros came in.")
    assert left.category == right.category == "money"
