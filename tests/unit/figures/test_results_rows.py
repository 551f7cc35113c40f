"""Scores and times of sports results lines are no figures (README: scores), on made-up lines;
counts, prices after share codes and amounts with units stay figures."""

import pytest

from services.processors.figures import extract_figures


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Jim Hale (Australia) 68 69 70",
        "Ann Roe (South Africa) 70 71 71 72 - 284",
        "65 Jim Hale (U.S.)",
        "67 Lena Berg (Sweden)",
        "1. Tom Dray (Canada) 9.91",
        "Sam Oduya (USA) 19.58",
    ],
)
def test_scores_and_times_of_a_results_line_are_no_figures(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Acme (Britain) 300 workers went on strike.", ["300"]),
        ("Hoogstad (HOOG.AS) 112.5 110", ["112.5", "110"]),
        ("The agency (UN) counted 300 people.", ["300"]),
        ("Attendance: 32,000", ["32,000"]),
        ("Jim Hale (Australia) won $250,000.", ["$250,000"]),
    ],
)
def test_counts_prices_and_money_near_brackets_stay_figures(body, expected):
    assert texts(body) == expected


def test_each_line_of_a_leaderboard_is_read_alone():
    body = "Leading scores:\n65 Jim Hale (U.S.)\n66 Lena Berg (Sweden)\nAbout 20,000 fans watched."
    assert texts(body) == ["About 20,000"]


@pytest.mark.parametrize(
    "body",
    ["Kenya 231 for 6", "Ireland 198 for seven declared", "Namibia 305 for nine wickets."],
)
def test_a_cricket_total_and_its_wickets_are_a_score(body):
    assert texts(body) == []


def test_a_price_for_a_number_of_things_is_no_cricket_total():
    assert texts("They paid 300 for 5 tickets.") == ["300", "5"]
    assert texts("A fine of 250 for 5 people.") == ["250", "5"]


def test_a_price_row_after_one_word_and_a_bracket_keeps_its_prices():
    assert texts("Barley (Malting) 140.5 152.5") == ["140.5", "152.5"]
