"""Betting odds are the price of a bet, no figure; made-up sentences."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.odds import odds_end
from services.processors.figures.tokens import tokenize


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    "body",
    [
        "The holders are 2-7 favourites to retain the cup.",  # odds-on, which read as a range before
        "The grey went off the 8/13 favorite at the track.",
        "A bookmaker moved the mayor from 5-6 to 4-9 overnight.",
        "Punters backed the chaser at 4-5 before the off.",
        "The bookies had her at odds of 1/2.",
        "The mare is 2-5 on with most bookmakers.",
        "The challenger was offered at odds of 250-1 against.",
        "Nobody fancied the 66/1 outsider.",
        "The leader is available at 2-9 odds.",  # "odds" after, a plural but no counted noun
        "Both candidates are evens with the bookmakers.",
    ],
)
def test_betting_odds_are_no_figure(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Bookmakers said 20-30 staff were laid off.", ["20-30"]),  # a counted noun follows
        ("Punters may stake $2-20 a race.", ["$2-20"]),  # money
        ("The betting levy is 2-4% of turnover.", ["2-4%"]),  # a percentage
        ("Between 3-6 children in each class were absent.", ["Between 3-6"]),  # no betting word
    ],
)
def test_a_quantity_near_a_betting_word_stays_a_figure(body, expected):
    assert texts(body) == expected


def test_scores_and_tallies_stay_no_figures():
    assert texts("Rovers won 3-1 at home.") == []
    assert texts("The bench ruled in a 6-3 vote.") == []


def test_a_date_or_a_grouped_number_is_no_odds():
    tokens = tokenize("The odds changed on 4/6/2025.")
    assert odds_end(tokens, 4, 0, len(tokens)) is None
    tokens = tokenize("odds of 1,000-1")
    assert odds_end(tokens, 2, 0, len(tokens)) is None
    tokens = tokenize("odds of 2.5-1")
    assert odds_end(tokens, 2, 0, len(tokens)) is None


def test_the_betting_word_must_be_near():
    far = "The odds were long. " + "Word " * 30 + "and then 4-7 on the list."
    tokens = tokenize(far)
    start = next(k for k, token in enumerate(tokens) if token.text == "4")
    assert odds_end(tokens, start, 0, len(tokens)) is None
    near = tokenize("the odds were 4-7 on")
    assert odds_end(near, 3, 0, len(near)) == 5
