"""Sports margins and counts of a game are scores, no figures (README); made-up sentences."""

import pytest

from services.processors.figures import extract_figures


def texts(body: str) -> list[str]:
    return [figure.text for figure in extract_figures(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Kent won by seven wickets at Canterbury.",
        "Sussex lost by 12 runs.",
        "Jones made 85 runs before lunch.",
        "She hit 41 home runs last season.",
        "The blaze at the warehouse went to three alarms.",
        "Norway beat Wales by three goals.",
        "Ames won the Open by four strokes.",
        "The favourite won by two lengths.",
        "The Lakers' victory by 11 points was their fifth.",
    ],
)
def test_a_sports_margin_or_count_is_no_figure(body):
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The index fell by 30 points.", ["30"]),  # a market move, no game won
        ("Shares rose 12 points.", ["12"]),
        ("The patient suffered two strokes in March.", ["two"]),  # no "by" after a win
        ("The plan sets out four goals for the city.", ["four"]),
        ("The hotel fitted 40 alarms.", ["40"]),  # more than a fire's grade
        ("The club paid $5m for the striker, who won by a mile.", ["$5m"]),
    ],
)
def test_counts_outside_a_game_stay_figures(body, expected):
    assert texts(body) == expected
