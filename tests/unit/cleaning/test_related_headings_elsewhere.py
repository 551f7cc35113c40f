"""Related-reading and comments headings and a site's closing prompts in more languages end the story in page text."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict

STORY_DE = [
    "Der Stadtrat hat am Montag drei Millionen Euro für die Sanierung der alten Brücke bewilligt, teilte die Verwaltung mit.",
    "Die Arbeiten sollen im Mai beginnen und ein Jahr dauern, sagte der Bürgermeister nach der Abstimmung im Rathaus.",
    "Die Brücke war im März gesperrt worden, nachdem Prüfer Risse an zwei Pfeilern gefunden hatten.",
]
STORY_PL = [
    "Rada miasta zatwierdziła w poniedziałek trzy miliony złotych na remont starego mostu, poinformował urząd miasta.",
    "Prace mają się rozpocząć w maju i potrwać rok, powiedział burmistrz dziennikarzom po głosowaniu w ratuszu.",
    "Most zamknięto w marcu, gdy inspektorzy znaleźli pęknięcia w dwóch filarach konstrukcji.",
]
STORY_ES = [
    "El concejo municipal aprobó el lunes tres millones de pesos para reparar el viejo puente, informó la alcaldía.",
    "Las obras comenzarán en mayo y durarán un año, dijo el alcalde a los periodistas tras la votación en el concejo.",
    "El puente fue cerrado en marzo después de que los inspectores encontraron grietas en dos de sus pilares.",
]
# Another story's teaser under the heading: its headline and a paragraph as long as the story's.
TEASERS = [
    "Neue Radwege für die Innenstadt geplant",
    "Die Stadt will bis zum Herbst vier neue Radwege durch die Innenstadt bauen, wie die Verwaltung am Dienstag mitteilte.",
]


@pytest.mark.parametrize(
    ("story", "heading"),
    [
        (STORY_DE, "Mehr Themen:"),
        (STORY_DE, "Die meistgelesenen Artikel bei Beispiel.de"),
        (STORY_DE, "Empfehlungen aus der Redaktion"),
        (STORY_DE, "Top Themen der Redaktion"),
        (STORY_PL, "Zobacz także"),
        (STORY_PL, "Czytaj też"),
        (STORY_ES, "Mirá también"),
        (STORY_ES, "Informate más"),
    ],
)
def test_a_related_heading_after_the_story_ends_it(story, heading):
    result = clean("\n".join(["Startseite", *story, heading, *TEASERS]), "text")
    assert result.body == "\n\n".join(story)


@pytest.mark.parametrize(
    "line",
    [
        "Zobacz także: Nowe ścieżki rowerowe w centrum miasta",
        "PUEDES VER: ¿Qué cambia con la nueva ley de tránsito?",
        "Lee más | El alcalde anuncia nuevas obras en el centro",
    ],
)
def test_a_labelled_teaser_line_is_related_reading(line):
    assert local_verdict(make_block(line)) == "related-links"


@pytest.mark.parametrize("line", ["Vos réactions (11)", "Dodaj komentarz", "Komentarze"])
def test_comments_headings_in_french_and_polish(line):
    assert local_verdict(make_block(line)) == "comments"


def test_a_story_sentence_opening_with_a_heading_word_stays():
    line = "Polecamy wszystkim mieszkańcom ostrożność na drodze, powiedział rzecznik policji w poniedziałek."
    assert local_verdict(make_block(line)) is None


@pytest.mark.parametrize(
    ("story", "prompt"),
    [
        (STORY_PL, "Zapraszamy do subskrypcji naszego tygodnika oraz do oglądania audycji w internecie."),
        (STORY_DE, "Besuchen Sie unseren Shop und sichern Sie sich das Abo mit drei Ausgaben gratis!"),
    ],
)
def test_a_sites_closing_prompt_in_polish_or_german_leaves_the_body(story, prompt):
    result = clean("\n".join(["Startseite", *story, prompt, "Impressum"]), "text")
    assert result.body == "\n\n".join(story)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Zurück zum Lexikon", "navigation"),
        ("Zurück zur Übersicht der Beiträge", "navigation"),
        ("INGRESAR", "navigation"),
        ("Strona główna", "navigation"),
        ("Powrót do listy artykułów", "navigation"),
        ("Tweetnij", "share-widget"),
        ("Udostępnij", "share-widget"),
        ("Polityka prywatności", "legal"),
    ],
)
def test_site_chrome_words_in_more_languages(line, reason):
    assert local_verdict(make_block(line)) == reason
