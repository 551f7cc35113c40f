"""Inches written against the digits, a number after a capitalised adverb, and vague magnitudes
written in digits (constructed cases)."""

import pytest

from services.processors.figures import extract_figures


def readings(body: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.unit, f.qualifier) for f in extract_figures(body)]


@pytest.mark.parametrize(
    ("body", "reading"),
    [
        ("Forecasters warn of 5in of rain.", ("5in", 5, None, None, "inch", "exact")),
        ("Police found an 8in knife.", ("8in", 8, None, None, "inch", "exact")),
        ("Up to 6in of snow fell.", ("Up to 6in", 6, None, 6, "inch", "upper-bound")),
        ("Crews expect 2-3in of rain.", ("2-3in", None, 2, 3, "inch", "exact")),
    ],
)
def test_in_against_the_digits_is_inches(body, reading):
    assert readings(body) == [reading]


def test_in_written_apart_stays_the_preposition():
    assert [f.unit for f in extract_figures("Prices rose 5 in May.")] in ([], [None])


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Meanwhile 250 families were moved.", 250),
        ("Altogether 35 boats sank.", 35),
        ("Yesterday 18 schools shut.", 18),
    ],
)
def test_a_capitalised_adverb_before_a_number_is_no_name(body, value):
    assert [f.value for f in extract_figures(body)] == [value]


def test_a_capitalised_name_before_a_number_still_labels_it():
    assert extract_figures("The Airbus 320 landed safely.") == ()


@pytest.mark.parametrize(
    ("body", "text", "low"),
    [
        ("1000s of fans queued overnight.", "1000s", 1000),
        ("The cuts put 100,000s of jobs at risk.", "100,000s", 100000),
        ("10s of thousands of people marched.", "10s of thousands", 10000),
        ("It cost 100s of millions of pounds.", "100s of millions", 1e8),
    ],
)
def test_a_power_of_ten_in_the_plural_is_a_vague_magnitude(body, text, low):
    figure = extract_figures(body)[0]
    assert (figure.text, figure.value, figure.low, figure.high, figure.qualifier) == (text, None, low, None, "vague")


@pytest.mark.parametrize(
    "body", ["Sales peaked in the 1980s.", "The 1970s of his childhood.", "It dates from the 1200s."]
)
def test_a_decade_or_century_in_digits_is_no_figure(body):
    assert extract_figures(body) == ()
