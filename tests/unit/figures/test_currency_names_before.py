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


@pytest.mark.parametrize(
    ("body", "text", "value", "currency"),
    [
        ("The mill lost pounds 45m last year.", "pounds 45m", 4.5e7, "GBP"),
        ("Pounds 7.5bn was spent on the line.", "Pounds 7.5bn", 7.5e9, "GBP"),
        ("They agreed a dollars 90m loan.", "dollars 90m", 9e7, "USD"),
        ("Dollars 3.2bn left the fund.", "Dollars 3.2bn", 3.2e9, "USD"),
        ("The port cost US dollars 12m.", "US dollars 12m", 1.2e7, "USD"),
        ("The miner paid Australian dollars 4bn.", "Australian dollars 4bn", 4e9, "AUD"),
        ("The tower sold for HK dollars 800m.", "HK dollars 800m", 8e8, "HKD"),
        ("The club owes Yen 2bn.", "Yen 2bn", 2e9, "JPY"),
        ("A ticket costs pounds 35 at the door.", "pounds 35", 35, "GBP"),
        ("The fine was dollars 12,500 in all.", "dollars 12,500", 12500, "USD"),
    ],
)
def test_a_plural_or_capitalised_name_before_an_amount_is_money(body, text, value, currency):
    (figure,) = extract_figures(body)
    assert (figure.text, figure.currency, figure.category) == (text, currency, "money")
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("body", "text", "qualifier", "low", "high"),
    [
        ("Grants of up to pounds 4,000 are offered.", "up to pounds 4,000", "upper-bound", None, 4000),
        ("Each paid more than dollars 300,000 for it.", "more than dollars 300,000", "lower-bound", 300000, None),
        ("Repairs cost over euros 20m.", "over euros 20m", "lower-bound", 2e7, None),
    ],
)
def test_a_bound_before_a_name_first_amount_is_kept(body, text, qualifier, low, high):
    (figure,) = extract_figures(body)
    assert (figure.text, figure.qualifier, figure.category) == (text, qualifier, "money")
    assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize(
    "body",
    [
        "Trade in dollars 1997 was slow.",  # a year after a plural name
        "Rand 40m was the headline.",  # a capitalised singular name may be a person
        "The ox weighed 900 pounds 3 years ago.",  # a weight after its number
        "He shed the pounds 6 weeks later.",  # a time after an unscaled amount
        "She swapped her euros 3 days ago.",
    ],
)
def test_no_money_of_a_name_before_a_year_or_a_capitalised_singular(body):
    assert all(f.currency is None for f in extract_figures(body))
