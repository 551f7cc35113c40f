""" "N times out of M" says how often, a share like "N out of M" (constructed cases)."""

import pytest

from tests.unit.figures.single import only
from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Seven times out of ten the ferry leaves late.", "Seven times out of ten", 0.7),
        ("The test is right 95 times out of 100, the makers say.", "95 times out of 100", 0.95),
    ],
)
def test_times_out_of_a_round_whole_is_a_share(body, text, value):
    figure = only(body)
    assert (figure.text, figure.value) == (text, pytest.approx(value))


def test_times_out_of_two_counts_stays_two_figures():
    figures = extract_figures("The mare won 13 times out of 29 starts.")
    assert [f.value for f in figures] == [13, 29]
