"""A range written around a bracketed conversion is one range, and the conversion a figure of its
own inside it (constructed cases)."""

import pytest

from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    ("body", "range_text", "low", "high", "aside_text", "aside_value"),
    [
        (
            "Fees ran between $40,000 (£21,000) and $90,000 a term.",
            "between $40,000 (£21,000) and $90,000",
            40000,
            90000,
            "£21,000",
            21000,
        ),
        ("Bids for the site were from €3m (£2.6m) to €5m.", "€3m (£2.6m) to €5m", 3e6, 5e6, "£2.6m", 2.6e6),
        (
            "Stipends were between dollars 20,000 (pounds 11,000) and dollars 35,000.",
            "between dollars 20,000 (pounds 11,000) and dollars 35,000",
            20000,
            35000,
            "pounds 11,000",
            11000,
        ),
        ("The path runs between 3 miles (5km) and 6 miles.", "between 3 miles (5km) and 6 miles", 3, 6, "5km", 5),
    ],
)
def test_a_range_around_a_conversion_keeps_both(body, range_text, low, high, aside_text, aside_value):
    whole, aside = extract_figures(body)
    assert (whole.text, whole.value) == (range_text, None)
    assert (whole.low, whole.high) == (pytest.approx(low), pytest.approx(high))
    assert (aside.text, aside.value) == (aside_text, pytest.approx(aside_value))


def test_a_name_written_before_the_high_end_joins_the_range():
    (figure,) = extract_figures("Grants were between dollars 5,000 and US dollars 9,000.")
    assert (figure.low, figure.high, figure.currency) == (5000, 9000, "USD")


@pytest.mark.parametrize(
    "body",
    [
        "Revenue rose from $4m (£3.4m) to $6m.",  # a change from one level to another
        "It cost $8m (£7m), and then $9m more.",  # no range word after the conversion
        "It cost $8m (2004) and $9m.",  # a year in brackets is no conversion
    ],
)
def test_no_range_across_a_bracket_without_a_range_word(body):
    assert all(f.value is not None for f in extract_figures(body))
