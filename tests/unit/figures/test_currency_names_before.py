"""A lower-case currency name right before a scaled amount is its currency: "dollar 22.5 million"
(constructed cases)."""

import pytest

from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    ("body", "text", "value", "currency"),
    [
        ("The contract is worth dollar 22.5 million, the agency said.", "dollar 22.5 million", 2.25e7, "USD"),
        ("The utility raised euro 3bn in new bonds.", "euro 3bn", 3e9, "EUR"),
        ("Tokyo will spend yen 400 billion on roads.", "yen 400 billion", 4e11, "JPY"),
        ("The bank lent dollar 7m to the mill.", "dollar 7m", 7e6, "USD"),
        ("Exports reached rupee 12 crore.", "rupee 12 crore", 1.2e8, "INR"),
    ],
)
def test_a_currency_name_before_a_scaled_amount_is_money(body, text, value, currency):
    (figure,) = extract_figures(body)
    assert (figure.text, figure.currency, figure.category) == (text, currency, "money")
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "body",
    [
        "The yen 40 days ago was weaker.",  # no scale: a time expression
        "The euro 2012 final drew crowds.",  # a year
        "It gained against the dollar 1.2 million times.",  # the currency as a thing
        "The dollar rose 3 million percent in the joke.",  # percent, and a determiner
        "A sack of flour weighs a pound 5 million times over.",  # a weight word
        "The party won 3 million votes.",  # a verb, not the Korean won
    ],
)
def test_no_money_without_a_scaled_amount_right_after_a_bare_name(body):
    assert all(f.currency is None for f in extract_figures(body))


def test_an_amount_in_dollars_then_cents_is_not_a_name_before():
    (figure,) = extract_figures("He paid 30 dollars 20 cents for it.")
    assert figure.value == pytest.approx(30.2)
