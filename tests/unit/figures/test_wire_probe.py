"""Kinds found by the round-4 newswire probe (copydesk against spaCy's numeric entities), on
made-up sentences: full bid/offer quotes, a year after "in" that opens no range, ages set off
by dashes, flight numbers, and phone numbers with a bracketed country and area code."""

import pytest

from services.processors.figures import extract_figures
from tests.unit.figures.single import only


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    ("body", "text", "low", "high"),
    [
        ("Call money was quoted at 14.50/15.25 percent early on.", "14.50/15.25 percent", 14.5, 15.25),
        ("The rate ended at 9.10/9.40 as banks squared positions.", "9.10/9.40", 9.1, 9.4),
        ("The dollar traded at 1.5020/1.5080 marks.", "1.5020/1.5080 marks", 1.502, 1.508),
    ],
)
def test_a_quote_written_whole_on_both_sides_is_one_range(body, text, low, high):
    figure = only(body)
    assert (figure.text, figure.value, figure.low, figure.high) == (text, None, low, high)


@pytest.mark.parametrize(
    "body",
    [
        "The meeting moved from 12.05/13.05 to a later week.",  # two dates, different whole parts
        "The ratio went from 4.10/2.30 last year.",  # the second side is lower: no bid and offer
    ],
)
def test_decimals_joined_by_a_slash_that_are_no_quote_stay_out(body):
    assert not any("/" in text for text in texts(body))


def test_the_short_quote_still_reads_its_offer_off_the_bid():
    figure = only("Overnight funds were at 5.40/50 pct.")
    assert (figure.low, figure.high) == (5.4, 5.5)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sales went from 4,000 in 2001 to 9,500 in 2003.", ["4,000", "9,500"]),
        ("Members grew from 300 since 1998 to 700 today.", ["300", "700"]),
    ],
)
def test_a_year_after_in_or_since_opens_no_range(body, expected):
    assert texts(body) == expected


def test_a_four_digit_range_without_a_time_preposition_is_kept():
    figure = only("Between 1500 and 3,000 people marched.")
    assert (figure.low, figure.high) == (1500, 3000)


@pytest.mark.parametrize(
    "body",
    [
        "The two hikers -- Anna Berg, 17, and Tom Lund, 16 -- were found alive.",
        "The suspect, Peter Holm, 42 — a former guard — was charged.",
    ],
)
def test_an_age_set_off_by_a_dash_after_a_name_is_no_figure(body):
    assert texts(body) in (["two"], [])


def test_a_number_before_a_dash_that_counts_something_stays():
    assert texts("In Ohio, 45 -- a record -- were hired.") == ["45"]  # a place, no full name
    assert texts("Officials counted 45 -- a record -- in the camp.") == ["45"]


def test_a_flight_number_is_a_label():
    assert texts("Wreckage of flight 209 was found near the coast.") == []
    assert only("The airline cancelled 209 flights.").value == 209


@pytest.mark.parametrize(
    "body",
    [
        "-- Jan Novak, Prague newsroom (42 2) 2423 0003",
        "For details ring the desk on (44 20) 7542 7706.",
        "Contact: (212) 859 1610",
    ],
)
def test_a_phone_number_with_a_bracketed_country_and_area_code_is_no_figure(body):
    assert texts(body) == []


def test_two_bracketed_counts_before_a_number_are_not_a_phone():
    assert texts("The vote split (12 4) with 300 abstaining.")[-1] == "300"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The rebels refused to hand over three captured pilots.", "three"),
        ("Police said the gang had turned over 40 rifles.", "40"),
    ],
)
def test_over_after_a_verb_of_giving_up_is_its_particle_not_a_bound(body, text):
    figure = only(body)
    assert (figure.text, figure.qualifier) == (text, "exact")


def test_over_after_other_verbs_stays_a_lower_bound():
    figure = only("The strike hit over 40 factories.")
    assert (figure.text, figure.qualifier) == ("over 40", "lower-bound")
