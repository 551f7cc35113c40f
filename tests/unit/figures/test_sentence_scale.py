"""An "m" against digits read in the light of the sentence's other figures, and the press
abbreviations of currencies written before the amount (constructed cases)."""

import pytest

from services.processors.figures import extract_figures


def values(body: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(body)]


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Turnover reached $7.3m, compared with 6.8m a year before.", "6.8m", 6.8e6),
        ("The chain sold 3.1 million cakes, up from 2.6m.", "2.6m", 2.6e6),
        ("Losses were 1.2bn, down from 750m.", "750m", 7.5e8),
        ("The 4.4m subscribers compare with 3.9m in May.", "3.9m", 3.9e6),
    ],
)
def test_an_m_is_million_after_the_sentence_counted_in_millions(body, text, value):
    assert (text, value, None) in values(body)


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("She cleared 1.8m, up from 1.7m.", "1.7m"),  # the earlier "m" was metres too
        ("The $3m boat is 24m long.", "24m"),  # a word of size after it
        ("A $2m grant paid for a 12m tower.", "12m"),  # an article before it, a noun after it
        ("The $1m prize went to the winner of the 200m.", "200m"),
        ("The wall rose 3m.", "3m"),  # no million anywhere in the sentence
    ],
)
def test_an_m_stays_metres_where_nothing_says_million(body, text):
    found = {f.text: f for f in extract_figures(body)}
    assert found[text].unit == "metre"


@pytest.mark.parametrize(
    ("body", "text", "value", "currency"),
    [
        ("The county set aside Sh4.2bn for roads.", "Sh4.2bn", 4.2e9, "KES"),
        ("Fees rose to Sh 1,500 a term.", "Sh 1,500", 1500, "KES"),
        ("The mill was fined Tk 30 lakh.", "Tk 30 lakh", 3e6, "BDT"),
    ],
)
def test_press_abbreviations_of_currencies_before_the_amount(body, text, value, currency):
    found = {f.text: f for f in extract_figures(body)}
    assert (found[text].value, found[text].currency, found[text].category) == (value, currency, "money")


def test_the_abbreviations_are_currencies_only_as_written():
    assert [f.category for f in extract_figures("He said sh 10 times.")] == ["other"]
