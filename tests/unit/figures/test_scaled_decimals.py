"""A scaled decimal keeps the value the text wrote, without the noise of binary floats."""

import pytest

from services.processors.figures.numbers import tidy
from tests.unit.figures.single import only


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The deficit reached $8.14 billion in February.", 8_140_000_000.0),
        ("Japan's surplus was 8.14 billion dlrs.", 8_140_000_000.0),
        ("It sold 0.29 million shares.", 290_000.0),
        ("The fund holds 4.1 trillion yen.", 4_100_000_000_000.0),
    ],
)
def test_scaled_decimal_values_are_exact(body: str, value: float) -> None:
    assert only(body).value == value


def test_range_bounds_are_exact() -> None:
    figure = only("The project will cost between $2.3 billion and $8.14 billion.")
    assert (figure.low, figure.high) == (2_300_000_000.0, 8_140_000_000.0)


def test_tidy_keeps_written_digits_and_none() -> None:
    assert tidy(123_456_789_012.25) == 123_456_789_012.25
    assert tidy(None) is None


def test_tidy_leaves_true_fractions_alone() -> None:
    assert tidy(1 / 3) == 1 / 3
