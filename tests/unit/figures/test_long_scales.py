"""Scale words by language, on made-up sentences: "billion" is 10^12 on the long scale (French,
German, Spanish, Italian, Dutch, Polish) and 10^9 in English; 10^9 has a word of its own there."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.language import guess_language
from services.processors.figures.scale_words import foreign_scale
from services.processors.figures.tokens import tokenize


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Le gouvernement prévoit 2 billions d'euros pour la dette, selon le ministre.", "2 billions d'euros", 2e12),
        ("Le déficit atteint 3 milliards d'euros selon le ministère des finances.", "3 milliards d'euros", 3e9),
        ("Die Regierung plant Ausgaben von 2 Billionen Euro für die Bahn und das Netz.", "2 Billionen Euro", 2e12),
        ("Die Bank hat Anlagen von 7 Milliarden Euro und ist nicht mit dem Staat verbunden.", "7 Milliarden Euro", 7e9),
        ("Die Schulden der Welt sind auf 1 Billiarde Euro gestiegen, sagte er in der Rede.", "1 Billiarde Euro", 1e15),
        ("El gobierno gastó 2 billones de euros en la obra pública del país.", "2 billones de euros", 2e12),
        ("El gobierno gastó 3 mil millones de dólares en la obra pública del país.", "3 mil millones de dólares", 3e9),
        ("Il governo ha speso 5 miliardi di euro per la rete della regione.", "5 miliardi di euro", 5e9),
        ("Il governo ha un debito di 2 bilioni di euro con la banca della regione.", "2 bilioni di euro", 2e12),
        ("De regering heeft 4 miljard euro voor het plan van de minister uitgetrokken.", "4 miljard euro", 4e9),
        ("De regering heeft 1 biljoen euro schuld, zei de minister van het land bij de bank.", "1 biljoen euro", 1e12),
        ("Rząd przeznaczył 4 miliardy złotych na drogi, że jest to dla kraju ważne.", "4 miliardy złotych", 4e9),
        ("Rząd ma 1 bilion złotych długu, który nie jest dla kraju problemem.", "1 bilion złotych", 1e12),
        (
            "O governo não gastou 3 mil milhões de euros com os bancos, que foram para o país.",
            "3 mil milhões de euros",
            3e9,
        ),
    ],
)
def test_scale_words_are_read_in_the_language_of_the_body(body, text, value):
    figures = extract_figures(body)
    assert [(f.text, f.value, f.category) for f in figures] == [(text, value, "money")]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The government will spend 2 billion dollars on new roads, the minister said.", 2e9),
        ("The government will spend $3 trillion on the plan, the minister said.", 3e12),
        ("The broker paid $5 mil for the rights to the film, he said.", 5e6),
    ],
)
def test_english_keeps_the_short_scale_and_mil_for_million(body, value):
    assert [f.value for f in extract_figures(body)] == [value]


def test_a_thousand_in_spanish_is_mil():
    figures = extract_figures("La policía dijo que 50 mil personas marcharon por la capital del país.")
    assert [f.value for f in figures] == [50000]


@pytest.mark.parametrize(
    ("word", "language", "value"),
    [
        ("billion", "fr", 1e12),
        ("billion", "", 1e9),
        ("Billion", "de", 1e12),
        ("trillion", "it", 1e18),
        ("milliard", "", 1e9),
        ("mil", "pl", None),
        ("billion", "en", None),
        ("bilhões", "pt", 1e9),
        ("biliões", "pt", 1e12),
    ],
)
def test_foreign_scale(word, language, value):
    assert foreign_scale(word, language) == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The central bank said on Tuesday that it would cut rates by half a point.", "en"),
        ("Le gouvernement a annoncé mardi une baisse des taux de la banque centrale.", "fr"),
        ("Die Regierung hat am Montag nicht mit der Opposition über den Haushalt gesprochen.", "de"),
        ("La policía detuvo a 30 personas durante la protesta en la capital del país.", "es"),
        ("Il governo ha approvato la legge della regione con il voto di ieri per la città.", "it"),
        ("De regering heeft het plan van de minister voor de bouw naar de kamer gestuurd.", "nl"),
        ("O governo não aprovou a lei com os votos dos deputados, que foram para casa.", "pt"),
        ("Rząd nie przyjął ustawy, która jest dla kraju ważna, oraz nie podał daty.", "pl"),
    ],
)
def test_guess_language(text, language):
    assert guess_language(tokenize(text)) == language


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Selon le ministère, 2 millions de personnes sont touchées par la crue.", "personne"),
        ("La policía dijo que 3 millones de personas marcharon por la capital del país.", "persona"),
        ("La ville compte 300 000 d'habitants selon le recensement de la région.", "habitant"),
    ],
)
def test_the_noun_after_de_is_what_a_foreign_amount_counts(body, unit):
    assert [f.unit for f in extract_figures(body)] == [unit]
