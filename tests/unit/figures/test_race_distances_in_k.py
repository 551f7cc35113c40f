"""A "K" against digits before a race is the race's distance in thousands of metres ("the 5K
final" is 5,000 metres), whichever digits it has; elsewhere "K" is thousands (constructed cases)."""

import pytest

from tests.unit.figures.single import only
from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("She took gold in the junior 5K final.", "5K", 5000),
        ("He entered the charity 8K road race.", "8K", 8000),
        ("Over 900 people finished the 10K run.", "10K", 10000),
        ("The club holds a 5k race each May.", "5k", 5000),
    ],
)
def test_k_before_a_race_is_its_distance(body, text, value):
    figure = next(f for f in extract_figures(body) if f.text == text)
    assert (figure.value, figure.unit) == (value, "metre")


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [("Each nurse got a $5K bonus.", 5000, None), ("The channel has 5K followers.", 5000, "follower")],
)
def test_k_elsewhere_is_thousands(body, value, unit):
    figure = only(body)
    assert (figure.value, figure.unit) == (value, unit)


def test_a_picture_format_stays_no_figure():
    assert not extract_figures("The 5K video looked sharp.")
