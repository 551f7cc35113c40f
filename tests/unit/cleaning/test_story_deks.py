"""A story's dek: the line under its headline, set apart from the story's first paragraph by the
byline, the date and a share bar. Pages constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.classifier import is_paragraph
from services.processors.cleaning.story_deks import story_deks

STORY = [
    "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die alte Brücke über die Ill bis zum"
    " Herbst abzureißen und durch einen Neubau für Fußgänger und Radfahrer zu ersetzen.",
    "Nach Angaben der Verwaltung kostet das Vorhaben rund vier Millionen Euro, von denen das Land einen großen Teil"
    " übernimmt; der Rest soll über mehrere Jahre aus dem städtischen Haushalt bezahlt werden.",
    "Während der Bauzeit wird der Verkehr über eine Umleitung durch das Gewerbegebiet im Norden der Stadt geführt,"
    " was nach Einschätzung der Händler in der Altstadt zu weniger Kundschaft führen dürfte.",
]
HEADLINE = "Stadt ersetzt die alte Brücke über die Ill"
DEK = "Der Neubau soll Fußgängern und Radfahrern gehören, Autos müssen künftig einen Umweg nehmen."
HEADER = ["Startseite", "Lokales", HEADLINE, DEK, "Von Erika Muster", "12. März 2024", "Teilen", "Drucken"]


def test_the_dek_under_the_headline_opens_the_body():
    body = clean("\n".join(HEADER + STORY), "text").body
    assert body.split("\n\n") == [DEK, *STORY]


def _deks(header: list[str], verdicts: dict[int, str]) -> list[tuple[int, int]]:
    blocks = make_blocks(header + STORY)
    marked = [verdicts.get(i) for i in range(len(blocks))]
    start = len(header)
    return story_deks(blocks, marked, [(start, len(blocks))], is_paragraph)


STAMPS = {4: "byline", 5: "publication-stamp", 6: "share-widget", 7: "share-widget"}


def test_the_dek_is_found_past_the_stamps_and_the_share_bar():
    assert _deks(HEADER, STAMPS) == [(3, 4)]


def test_a_dek_between_the_date_and_the_story_is_found_past_the_date():
    header = ["Startseite", HEADLINE, "12. März 2024", DEK, "Teilen"]
    assert _deks(header, {2: "publication-stamp", 4: "share-widget"}) == [(3, 4)]


def test_without_a_byline_or_a_date_near_there_is_no_dek():
    header = ["Startseite", "Lokales", HEADLINE, DEK, "Teilen", "Drucken", "Mehr", "Suche"]
    assert _deks(header, {4: "share-widget", 5: "share-widget"}) == []


@pytest.mark.parametrize(
    "above",
    [
        "Eye on Money",  # a menu entry is shorter than a headline
        "Der Neubau soll Fußgängern und Radfahrern gehören",  # a line repeating the dek
        "Die Stadt hat entschieden.",  # a sentence is no headline
    ],
)
def test_the_line_above_must_be_a_headline(above):
    header = ["Startseite", "Lokales", above, DEK, "Von Erika Muster", "12. März 2024", "Teilen", "Drucken"]
    assert _deks(header, STAMPS) == []


def test_a_headline_under_a_kicker_is_no_dek():
    header = [
        "Startseite",
        "Nachrichten aus der ganzen Region heute",
        HEADLINE,
        "Von Erika Muster",
        "12. März 2024",
        "Teilen",
    ]
    assert _deks(header, {3: "byline", 4: "publication-stamp", 5: "share-widget"}) == []


def test_a_labelled_line_is_no_dek():
    labelled = "Meine Kanäle: Reisen / Kochen / Fotografie / Garten und Balkon"
    header = ["Startseite", "Lokales", HEADLINE, labelled, "Von Erika Muster", "12. März 2024", "Teilen", "Drucken"]
    assert _deks(header, STAMPS) == []


def test_a_line_about_something_else_is_no_dek():
    other = "Im Stadion feierten die Fans am Samstag einen knappen Sieg ihrer Mannschaft."
    header = ["Startseite", "Lokales", HEADLINE, other, "Von Erika Muster", "12. März 2024", "Teilen", "Drucken"]
    assert _deks(header, STAMPS) == []
