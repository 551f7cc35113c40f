"""Data rates and sizes: a lower-case "b" or "bit" is bits, a capital "B" bytes (constructed
cases)."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.symbols import data_symbol


@pytest.mark.parametrize(
    ("body", "text", "unit"),
    [
        ("The rural line now gives 24 Mb/s downstream.", "24 Mb/s", "megabit per second"),
        ("Fibre reaches 900 Mbit/s in the new flats.", "900 Mbit/s", "megabit per second"),
        ("The card writes 90 MB/s at best.", "90 MB/s", "megabyte per second"),
        ("Backbone links carry 10 Gb/s each.", "10 Gb/s", "gigabit per second"),
        ("The modem managed 56 kbit/s in 1998 terms.", "56 kbit/s", "kilobit per second"),
        ("The chip holds 16 Gbit of memory.", "16 Gbit", "gigabit"),
        ("The photo is a 4 MB file.", "4 MB", "megabyte"),
    ],
)
def test_the_case_of_b_tells_bits_from_bytes(body, text, unit):
    figure = next(f for f in extract_figures(body) if f.text == text)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "lemma"),
    [("Mb", "megabit"), ("Mbit", "megabit"), ("MB", "megabyte"), ("kB", "kilobyte"), ("Tbit", "terabit")],
)
def test_data_symbol_reads_prefix_and_base(text, lemma):
    assert data_symbol(text) == lemma


@pytest.mark.parametrize("text", ["mb", "Mbps", "MW", "M", "Mbits", "MBA"])
def test_other_words_are_no_data_symbol(text):
    assert data_symbol(text) is None


def test_oil_rates_keep_their_barrels():
    (figure,) = extract_figures("Output rose to 1.2 mb/d in May.")
    assert figure.unit == "barrel per day"
