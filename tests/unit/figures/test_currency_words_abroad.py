"""Currency words in other languages and currency names shared by several countries, on made-up
sentences: a name whose country is not in doubt gets its code ("Franken", "Rubel", "złoty");
a shared name ("dinars", "pesos", "Kronen") and a coin ("Rappen", "øre") are money valued in
what is written, with the name as unit; German scale nouns scale the amount."""

import pytest

from tests.unit.figures.single import only


@pytest.mark.parametrize(
    ("body", "text", "value", "currency"),
    [
        ("Die Bank zahlte 40 Franken pro Aktie.", "40 Franken", 40, "CHF"),
        ("Der Preis stieg auf 75 Rubel.", "75 Rubel", 75, "RUB"),
        ("Bilet kosztuje 12 złoty.", "12 złoty", 12, "PLN"),
        ("Cena wynosi 8,50 zł.", "8,50 zł", 8.5, "PLN"),
        ("Der Konzern verlor 3 Millionen Franken.", "3 Millionen Franken", 3e6, "CHF"),
        ("Das Land lieh sich 4 Milliarden Euro.", "4 Milliarden Euro", 4e9, "EUR"),
        ("Le billet coûte 15 francs suisses.", "15 francs", 15, "CHF"),
    ],
)
def test_currency_names_of_other_languages_give_their_currency(body, text, value, currency):
    figure = only(body)
    assert (figure.text, figure.value, figure.currency, figure.category) == (text, value, currency, "money")


@pytest.mark.parametrize(
    ("body", "text", "value", "unit"),
    [
        ("Imports reached 310 million dinars last year.", "310 million dinars", 310e6, "dinar"),
        ("A ticket costs 90 pesos.", "90 pesos", 90, "peso"),
        ("Sie zahlten 700 Kronen Strafe.", "700 Kronen", 700, "krone"),
        ("Ein Brötchen kostet 80 Rappen.", "80 Rappen", 80, "rappen"),
        ("The fine was 250 kroner.", "250 kroner", 250, "krone"),
    ],
)
def test_shared_currency_names_and_coins_are_money_without_a_code(body, text, value, unit):
    figure = only(body)
    assert (figure.text, figure.value, figure.unit, figure.currency, figure.category) == (
        text,
        value,
        unit,
        None,
        "money",
    )


def test_a_surname_like_a_currency_name_before_no_number_is_no_currency():
    figure = only("Senator Franken won 312 votes.")
    assert (figure.value, figure.currency, figure.category) == (312, None, "other")
