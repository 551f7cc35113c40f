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


def test_an_m_range_joined_by_and_reads_both_ends_alike():
    figures = extract_figures("Exports grew to between 4m and 7m barrels.")
    assert [(f.low, f.high) for f in figures] == [(4e6, 7e6)]


def test_metres_joined_by_and_stay_two_measures():
    figures = extract_figures("She threw 5m and 6m on her two tries.")
    assert [(f.value, f.unit) for f in figures][:2] == [(5, "metre"), (6, "metre")]


@pytest.mark.parametrize(
    "body",
    ["She was offered a six-figure salary.", "The PIN is a four-digit code.", "Inflation hit seven-figure sums."],
)
def test_a_number_hyphened_to_figure_or_digit_names_a_kind(body):
    assert extract_figures(body) == ()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 3,000 out of 12,500 flats were damaged.", [3000, 12500]),
        ("Some 17 out of 23 members voted.", [17, 23]),
    ],
)
def test_out_of_between_two_counts_gives_both_counts(body, expected):
    assert [f.value for f in extract_figures(body)] == expected


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Eight out of ten vets agreed.", 0.8),
        ("3 out of 4 shoppers paid by card.", 0.75),
        ("30 out of 100 pupils passed.", 0.3),
        ("two out of five hundred cars failed.", 0.004),
    ],
)
def test_out_of_a_round_whole_stays_a_proportion(body, value):
    assert [round(f.value, 6) for f in extract_figures(body)] == [value]
