"""English word readings only on English text, on made-up sentences: German "Die" is no "die",
and the guess itself (share of English function words)."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.language import is_english
from services.processors.figures.tokens import tokenize


@pytest.mark.parametrize(
    "body",
    [
        "Die Armee schickte 500 Soldaten an die Grenze, teilte das Ministerium am Montag mit.",
        "Die Regierung schickte 200 Soldaten.",
        "Die Behörden zählten 80 Verletzte nach dem Sturm.",
    ],
)
def test_german_text_gets_no_casualty_category_from_english_words(body):
    assert [f.category for f in extract_figures(body)] == ["other"]


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Gunmen killed 30 villagers in the north, officials said on Monday.", "people-killed"),
        ("Storm kills 12.", "people-killed"),
        ("The government sent 200 soldiers to the border.", "people-deployed"),
    ],
)
def test_english_text_keeps_its_categories(body, category):
    assert [f.category for f in extract_figures(body)] == [category]


def test_money_and_percent_keep_their_category_in_any_language():
    figures = extract_figures("Die Firma verlor 3 Millionen Euro und 5 Prozent ihrer Kunden im Jahr.")
    assert [f.category for f in figures] == ["money", "percentage"]


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("The central bank said on Tuesday that it would cut rates by half a point.", True),
        ("Short note", True),
        ("Le gouvernement a annoncé mardi une baisse des taux de la banque centrale.", False),
        ("La policía detuvo a 30 personas durante la protesta en la capital del país.", False),
    ],
)
def test_the_language_guess(text, english):
    assert is_english(tokenize(text)) is english


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Die 12 Mitarbeiter wurden entlassen.", 12),
        ("Les 300 salariés ont manifesté.", 300),
        ("Los 40 mineros fueron rescatados.", 40),
    ],
)
def test_an_article_of_another_language_before_a_number_is_no_name(body, value):
    assert [f.value for f in extract_figures(body)] == [value]


def test_a_name_that_starts_with_such_an_article_keeps_its_number_a_name():
    assert extract_figures("Die Hard 2 opened in July.") == ()


def test_the_counted_noun_of_other_text_is_one_word():
    body = "Die Firma hat 12 Mitarbeiter wurden entlassen, teilte das Unternehmen am Montag in Berlin mit."
    assert [f.unit for f in extract_figures(body)] == ["Mitarbeiter"]


def test_the_counted_noun_of_english_text_keeps_its_phrase():
    body = "Gunmen killed 30 Afghan villagers in the north, officials said on Monday."
    assert [f.unit for f in extract_figures(body)] == ["Afghan villager"]


def test_a_short_english_sentence_with_no_function_word_is_english():
    assert is_english(tokenize("Some 500 local residents filed complaints."))
