"""English number words and hedge words are read only on English text; made-up sentences in
Dutch, German, French and Spanish, where such words mean something else ("ten minste" is "at
least", "over" is "about"), and English sentences that the language guess must keep English."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.language import is_english
from services.processors.figures.qualifiers import prefix_qualifier, suffix_qualifier
from services.processors.figures.tokens import tokenize


def readings(body: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.qualifier) for f in extract_figures(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Dutch "ten" of "ten minste" is no 10, "over" ("about") no lower bound
        ("Het bedrijf heeft ten minste 400 werknemers in de regio, zei de directeur.", [("400", 400, "exact")]),
        ("Het boek over 200 boeren werd door de uitgever gisteren gepresenteerd.", [("200", 200, "exact")]),
        # French "six mille" is 6,000, not "six" counting "mille": no English word reading
        ("Il y a six mille manifestants dans la rue selon la police de la ville.", []),
        # English hedges put in a sentence of another language stay unread
        ("Die Polizei nahm some 20 Personen fest, sagte der Sprecher der Stadt.", [("20", 20, "exact")]),
        ("El club tiene just 90 socios y la ciudad es pequeña, dijo el alcalde.", [("90", 90, "exact")]),
    ],
)
def test_english_word_readings_stay_off_other_languages(body, expected):
    assert readings(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Die Halle ist für max. 800 Gäste zugelassen, sagte der Sprecher der Stadt.", ("max. 800", "upper-bound")),
        ("Die Polizei hat ca. 150 Personen festgenommen, sagte der Sprecher.", ("ca. 150", "approximate")),
        ("La empresa tiene 70+ empleados en la ciudad y el pueblo, dijo el director.", ("70+", "lower-bound")),
    ],
)
def test_hedges_written_alike_in_other_languages_are_read(body, expected):
    figure = extract_figures(body)[0]
    assert (figure.text, figure.qualifier) == expected


def test_the_qualifier_readers_take_the_language():
    tokens = tokenize("over 50")
    assert prefix_qualifier(tokens, 1) == ("lower-bound", 0)
    assert prefix_qualifier(tokens, 1, english=False) is None
    tokens = tokenize("50 or more")
    assert suffix_qualifier(tokens, 1) == ("lower-bound", 2)
    assert suffix_qualifier(tokens, 1, english=False) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Landlords charge rents about one-third higher than asked.", [("about one-third", 1 / 3, "approximate")]),
        ("Police said more than 300 demonstrators and about a dozen officers were hurt.", None),
    ],
)
def test_english_sentences_keep_their_word_readings(body, expected):
    got = readings(body)
    if expected is None:
        assert [q for _, _, q in got] == ["lower-bound", "approximate"]
    else:
        assert got == [(t, pytest.approx(v), q) for t, v, q in expected]


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Landlords charge rents about one-third higher than asked.", True),  # a low share by chance
        ("Anna Berg Lena Holm Jim Hale Sara Lind Tom Vik Ola Dahl", True),  # names, no function words
        ("Het bedrijf heeft ten minste 400 werknemers in de regio, zei de directeur.", False),
        ("Il y a six mille manifestants dans la rue selon la police de la ville.", False),
    ],
)
def test_the_language_guess_wants_evidence_on_short_text(text, english):
    assert is_english(tokenize(text)) is english
