"""The shape of a cricket total, on made-up lines: "<runs> for <wickets>" after a team."""

import pytest

from services.processors.figures.cricket import cricket_score
from services.processors.figures.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Pakistan 250 for 5", True),
        ("India 287 for eight declared", True),
        ("Hosts 198 for 3.", True),
        ("Pakistan 250 for 12", False),
        ("Pakistan 250 for 5 people", False),
        ("fined 250 for 5", False),
    ],
)
def test_cricket_score(text, score):
    assert cricket_score(tokenize(text), 1) is score
