"""Ranges in the body's language, on made-up sentences: "2 bis 3 Milliarden Euro", "entre 4 et 5
milliards d'euros"; English connectors stay English, and "4 ET" stays a clock time."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.range_words import between_pair, joins_range


@pytest.mark.parametrize(
    ("body", "text", "low", "high"),
    [
        ("Die Regierung plant 2 bis 3 Milliarden Euro für die Bahn und das Netz.", "2 bis 3 Milliarden Euro", 2e9, 3e9),
        (
            "Die Regierung plant zwischen 4 und 5 Milliarden Euro für die Bahn.",
            "zwischen 4 und 5 Milliarden Euro",
            4e9,
            5e9,
        ),
        ("Le gouvernement prévoit de 2 à 3 milliards d'euros pour la dette.", "2 à 3 milliards d'euros", 2e9, 3e9),
        ("Le plan coûte entre 4 et 5 milliards d'euros selon le ministre.", "entre 4 et 5 milliards d'euros", 4e9, 5e9),
        (
            "El gobierno gastó entre 2 y 3 mil millones de dólares en la obra.",
            "entre 2 y 3 mil millones de dólares",
            2e9,
            3e9,
        ),
        (
            "Il governo spenderà tra 2 e 3 miliardi di euro per la rete della regione.",
            "tra 2 e 3 miliardi di euro",
            2e9,
            3e9,
        ),
        ("De regering trekt 4 tot 5 miljard euro uit voor het plan van de minister.", "4 tot 5 miljard euro", 4e9, 5e9),
        (
            "Rząd przeznaczy od 2 do 3 miliardów złotych, że jest to dla kraju ważne.",
            "2 do 3 miliardów złotych",
            2e9,
            3e9,
        ),
    ],
)
def test_a_range_is_read_with_the_words_of_its_language(body, text, low, high):
    assert [(f.text, f.low, f.high) for f in extract_figures(body)] == [(text, low, high)]


def test_english_keeps_its_own_range_words():
    figures = extract_figures("The firm will spend between 2 and 3 billion dollars, or 4 to 5 billion.")
    assert [(f.low, f.high) for f in figures] == [(2e9, 3e9), (4e9, 5e9)]


def test_eastern_time_stays_a_clock_time():
    assert extract_figures("Trading opens at 9 ET and closes at 4 ET on Friday.") == ()


@pytest.mark.parametrize(
    ("word", "language", "joins"),
    [("bis", "de", True), ("à", "fr", True), ("a", "es", True), ("a", "en", False), ("bis", "fr", False)],
)
def test_joins_range(word, language, joins):
    assert joins_range(word, language) is joins


def test_between_pairs_are_english_everywhere_and_the_language_s_own():
    assert between_pair("between", "and", "de")
    assert between_pair("zwischen", "und", "de")
    assert not between_pair("zwischen", "und", "en")
