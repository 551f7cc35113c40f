"""An amount in brackets is the money written, with no sign of its own (README, "Signs")
(constructed cases)."""

import pytest

from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    ("body", "text", "value", "currency"),
    [
        ("Net result for the half (£2.4m) against a profit a year ago.", "£2.4m", 2.4e6, "GBP"),
        ("Adjustment\t($17.25)\tnet", "$17.25", 17.25, "USD"),
        ("Costs came to ($6.5 million) in the period.", "$6.5 million", 6.5e6, "USD"),
    ],
)
def test_a_bracketed_amount_is_positive_money(body, text, value, currency):
    (figure,) = extract_figures(body)
    assert (figure.text, figure.currency, figure.category) == (text, currency, "money")
    assert figure.value == pytest.approx(value)


def test_a_conversion_in_brackets_is_a_second_positive_amount():
    values = [f.value for f in extract_figures("The club paid €8m ($8.7m) for the striker.")]
    assert values == pytest.approx([8e6, 8.7e6])


def test_a_minus_inside_the_brackets_still_makes_it_negative():
    (figure,) = extract_figures("The balance moved (-$4m) in March.")
    assert figure.value == pytest.approx(-4e6)


@pytest.mark.parametrize(
    ("body", "texts", "values", "currency"),
    [
        ("Net income (loss)\t$(14.2)\t$3.1", ["$(14.2)", "$3.1"], [14.2, 3.1], "USD"),
        ("Operating loss $(2.5m) vs $(1.75m)", ["$(2.5m)", "$(1.75m)"], [2.5e6, 1.75e6], "USD"),
        ("Loss per share €(0.31) against €0.07", ["€(0.31)", "€0.07"], [0.31, 0.07], "EUR"),
    ],
)
def test_a_table_amount_with_its_sign_before_the_brackets_keeps_its_currency(body, texts, values, currency):
    figures = extract_figures(body)
    assert [f.text for f in figures] == texts
    assert [f.value for f in figures] == pytest.approx(values)
    assert {f.currency for f in figures} == {currency}


def test_table_amounts_in_brackets_without_a_sign_are_all_kept():
    figures = extract_figures("Net loss (1,234) (567)\nShr loss (0.12) vs profit 0.05")
    assert [f.value for f in figures] == pytest.approx([1234, 567, 0.12, 0.05])
