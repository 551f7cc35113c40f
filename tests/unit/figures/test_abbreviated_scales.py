"""German and Dutch scale abbreviations ("Mio.", "Mrd", "Tsd.") multiply the digits before them
(constructed cases)."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.sentences import sentence_spans


@pytest.mark.parametrize(
    ("body", "text", "value", "currency"),
    [
        ("Der Konzern meldete 3,2 Mrd. Euro Umsatz.", "3,2 Mrd. Euro", 3.2e9, "EUR"),
        ("Die Firma verlor 450 Mio. Dollar im Jahr.", "450 Mio. Dollar", 4.5e8, "USD"),
        ("Das Projekt kostet 12 Mrd Euro insgesamt.", "12 Mrd Euro", 1.2e10, "EUR"),
        ("Der Verein bekam 75 Tsd. Euro vom Land.", "75 Tsd. Euro", 7.5e4, "EUR"),
        ("Het plan kost 2,5 mrd euro per jaar.", "2,5 mrd euro", 2.5e9, "EUR"),
        ("Sie zahlten 8 Mio USD dafür.", "8 Mio USD", 8e6, "USD"),
    ],
)
def test_an_abbreviated_scale_multiplies_the_amount(body, text, value, currency):
    (figure,) = extract_figures(body)
    assert (figure.text, figure.currency) == (text, currency)
    assert figure.value == pytest.approx(value)


def test_an_abbreviated_scale_without_money_still_multiplies():
    (figure,) = extract_figures("Die Stadt zählt rund 1,4 Mio. Einwohner.")
    assert figure.value == pytest.approx(1.4e6)


def test_the_dot_of_an_abbreviation_does_not_end_the_sentence():
    body = "Es geht um 450 Mio. Dollar aus dem Fonds."
    assert len(sentence_spans(body)) == 1


@pytest.mark.parametrize(
    "body",
    ["The Mio 3 phone went on sale.", "Er wohnt in Mio, Michigan, seit 1990."],
)
def test_the_abbreviation_alone_is_no_scale(body):
    assert all(f.value != pytest.approx(3e6) for f in extract_figures(body))
