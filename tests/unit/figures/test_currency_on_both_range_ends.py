"""A currency word written before both ends of a dashed range names one range of money, and a
number is never joined to the next amount's digits as its cents (constructed cases)."""

import pytest

from tests.unit.figures.single import only
from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    ("body", "low", "high", "currency"),
    [
        ("Analysts priced the shares (dollars 31-dollars 35) before the listing.", 31, 35, "USD"),
        ("Seats will cost pounds 8-pounds 12 each.", 8, 12, "GBP"),
        ("The estimate is dollars 40 - dollars 45 a tonne.", 40, 45, "USD"),
    ],
)
def test_a_currency_word_before_both_ends_is_one_range(body, low, high, currency):
    figure = only(body)
    assert (figure.value, figure.low, figure.high, figure.currency) == (None, low, high, currency)


def test_a_hyphened_currency_word_takes_no_bare_cents_after_it():
    # "31-dollars 35" cannot be 31.35: the digits "31.35" are nowhere in the text
    values = {f.value for f in extract_figures("The range was 31-dollars 35) in early trade.")}
    assert 31.35 not in values


def test_dollars_then_bare_cents_still_join():
    figure = only("He paid 15 dollars 50.")
    assert figure.value == pytest.approx(15.5)
