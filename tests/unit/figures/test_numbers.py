"""Number reading: digits, words, fractions, multipliers and vague magnitudes."""

import pytest

from services.processors.figures.numbers import read_number
from services.processors.figures.tokens import tokenize


def value_of(text: str):
    number = read_number(tokenize(text), 0)
    return None if number is None else (number.value, number.magnitude)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("six", 6),
        ("twenty-one", 21),
        ("a hundred and two", 102),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("a third of them", 1 / 3),
        ("two thirds", 2 / 3),
        ("two and a half", 2.5),
        ("five and a half million", 5_500_000),
        ("half a million", 500_000),
        ("three million, two hundred & forty", 3_000_240),
        ("one hundred and three quarters", 100.75),
        ("1,500,000", 1_500_000),
        ("16.25", 16.25),
        ("1.2 billion", 1_200_000_000),
        ("3bn", 3_000_000_000),
        ("10k", 10_000),
        ("4e14", 4e14),
        ("2 1/2", 2.5),
        ("1/4", 0.25),
        ("½", 0.5),
        ("3 million and a half", 3_500_000),
        ("two-and-a-half", 2.5),
        ("three-and-three-quarters", 3.75),
        ("two-and-a-half-million", 2_500_000),
    ],
)
def test_reads_values(text, expected):
    value, magnitude = value_of(text)
    assert magnitude is None
    assert value == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [("thousands of", 1e3), ("tens of thousands", 1e4), ("hundreds of thousands", 1e5), ("millions", 1e6), ("several hundred", 100)],
)
def test_reads_vague_magnitudes(text, magnitude):
    assert value_of(text) == (None, magnitude)


@pytest.mark.parametrize("text", ["a car", "an idea", "third place", "the second", "words"])
def test_not_numbers(text):
    assert value_of(text) is None


def test_one_over_zero_is_not_a_number():
    assert value_of("1/0") is None


def test_twenty_thirty_are_two_numbers():
    number = read_number(tokenize("twenty thirty"), 0)
    assert number is not None and number.value == 20 and number.last == 0
