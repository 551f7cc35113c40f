"""A "-fold" multiple is N times, read as "N times" is: value N, counted unit "time"
(constructed cases)."""

import pytest

from tests.unit.figures.single import only
from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Exports to the region grew sevenfold in a decade.", "sevenfold", 7),
        ("The drug gave a three-fold drop in relapses.", "three-fold", 3),
        ("Officials reported a 12-fold rise in claims.", "12-fold", 12),
        ("Yields rose 1.5-fold over the trial.", "1.5-fold", 1.5),
        ("Twofold gains were seen at both sites.", "Twofold", 2),
        ("The cost of the scheme went up a hundredfold.", "hundredfold", 100),
    ],
)
def test_a_fold_multiple_is_n_times(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value, figure.unit) == (text, value, "time")


def test_a_fold_multiple_matches_n_times():
    fold = only("Demand grew eightfold after the launch.")
    times = only("Demand grew eight times after the launch.")
    assert (fold.value, fold.unit, fold.category) == (times.value, times.unit, times.category)


def test_a_hedge_before_a_fold_multiple_bounds_it():
    figure = only("Output climbed more than ninefold.")
    assert (figure.value, figure.qualifier) == (9, "lower-bound")


@pytest.mark.parametrize(
    "body",
    [
        "The manifold cracked in the heat.",
        "Workers built scaffolding and a scaffold.",
        "A fold in the map hid the road.",
    ],
)
def test_words_ending_in_fold_are_no_multiple(body):
    assert not extract_figures(body)
