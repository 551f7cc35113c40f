"""Repeated cards: teasers set in one template, each card the same stack of lines with one short
line the same in every card. Pages constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.classifier import local_verdict
from services.processors.cleaning.repeated_cards import repeated_card_spans

STORY = {
    "de": [
        "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu sanieren.",
        "Nach Angaben der Verwaltung kostet die Arbeit rund zwei Millionen Euro, die zum größten Teil das Land trägt.",
        "Während der Bauzeit wird der Verkehr über eine Umleitung durch das Gewerbegebiet im Norden geführt.",
    ],
    "pl": [
        "Rada miasta zdecydowała w poniedziałek, że stary most na rzece zostanie wyremontowany do lata.",
        "Według urzędników prace będą kosztować około dwóch milionów złotych, a większość pokryje województwo.",
        "W czasie budowy ruch zostanie skierowany objazdem przez strefę przemysłową na północy miasta.",
    ],
}
# Two teaser cards: headline, a section label the same in both, a one-line teaser, a link line.
CARDS = {
    "de": [
        "Neuer Radweg entlang der Bundesstraße eröffnet",
        "Verkehr",
        "Der Radweg verbindet die beiden Ortsteile und ist ab sofort befahrbar.",
        "Mehr lesen",
        "Stadtrat streitet über höhere Gebühren für Parkplätze",
        "Verkehr",
        "Die Gebühren sollen im kommenden Jahr um ein Drittel steigen.",
        "Mehr lesen",
    ],
    "pl": [
        "Nowa ścieżka rowerowa wzdłuż drogi krajowej otwarta",
        "Transport",
        "Ścieżka łączy dwie dzielnice i jest już dostępna dla rowerzystów.",
        "Czytaj więcej",
        "Radni spierają się o wyższe opłaty za parkowanie",
        "Transport",
        "Opłaty mają wzrosnąć w przyszłym roku o jedną trzecią.",
        "Czytaj więcej",
    ],
}


def _spans(lines: list[str]) -> list[tuple[int, int]]:
    blocks = make_blocks(lines)
    return repeated_card_spans(blocks, [local_verdict(b) for b in blocks])


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_two_cards_of_one_template_after_a_story_are_removed_in_any_language(lang):
    body = clean("\n".join(STORY[lang] + CARDS[lang]), "text").body
    assert body.split("\n\n") == STORY[lang]


def test_a_run_is_whole_cards_of_one_shape():
    assert _spans(CARDS["de"]) == [(0, 8)]
    assert _spans(CARDS["de"][:6]) == []  # one card and a half


def test_a_story_repeating_an_advert_line_between_its_paragraphs_is_no_card_list():
    lines = []
    for heading, paragraph in zip(("Der Beschluss", "Die Kosten", "Die Umleitung"), STORY["de"], strict=True):
        lines += [heading, paragraph, "Anzeige"]
    assert _spans(lines) == []  # the advert line is the local pass's, not a card's link
    body = clean("\n".join(lines), "text").body
    assert STORY["de"][0] in body and STORY["de"][-1] in body


def test_cards_of_different_shapes_are_no_run():
    lines = list(CARDS["de"])
    lines[5] = "Ein ganz anderer Zwischentitel"  # the second card has no label where the first has one
    assert _spans(lines) == []


def test_questions_with_their_answers_under_back_to_top_are_content():
    lines = [
        "Wann ist die Brücke gesperrt?",
        "Brücke",
        "Die Sperrung gilt von Juni bis September an allen Tagen.",
        "Nach oben",
        "Wer bezahlt die Arbeiten?",
        "Brücke",
        "Das Land trägt den größten Teil der Kosten.",
        "Nach oben",
    ]
    assert _spans(lines) == []


def test_a_long_paragraph_in_a_card_is_a_story_section():
    long = " ".join(STORY["de"])
    lines = []
    for title in ("Die Brücke im Sommer", "Die Brücke im Winter"):
        lines += [title, "Verkehr", long, "Mehr lesen"]
    assert _spans(lines) == []


def test_a_table_with_a_column_of_categories_is_no_card_list():
    rows = [
        ("Apfelkuchen mit Zimt und Sahne", "Kuchen", "Ein Klassiker für den Sonntag bei der Familie."),
        ("Birnenkuchen mit Walnüssen und Honig", "Kuchen", "Saftig und schnell gebacken für jeden Tag."),
        ("Kartoffelsuppe mit Lauch und Speck", "Suppe", "Wärmt an kalten Tagen und macht satt."),
        ("Linsensuppe mit Würstchen und Brot", "Suppe", "Ein Eintopf wie bei der Großmutter früher."),
    ]
    lines = [cell for row in rows for cell in row]
    assert _spans(lines) == []  # the rows go on with another category where "Kuchen" stood


def test_rows_of_dates_are_no_teasers():
    lines = [
        "Erster Abschnitt des Schuljahres",
        "9 Wochen",
        "14. März bis 13. Mai",
        "Zweiter Abschnitt des Schuljahres",
        "9 Wochen",
        "23. Mai bis 22. Juli",
    ]
    assert _spans(lines) == []


def test_short_names_over_their_options_are_no_headlines():
    lines = []
    for name, text in (
        ("Net Tension", "This setting sets how tight the net is."),
        ("Net Shape", "This setting sets the shape of the net."),
    ):
        lines += [name, text, "Default"]
    assert _spans(lines) == []


# Dated excerpt cards: a title, a date, an excerpt as long as a blog cuts it (about 55 words), a link.
_EXCERPT = {
    "en": (
        "The council met again on Monday evening and agreed after a long debate that the old bridge "
        "over the river will be closed for repairs from June until the end of September, while "
        "traffic is sent through the industrial estate in the north and buses stop at temporary "
        "halts near the station for the whole time of the works [...]"
    ),
    "de": (
        "Der Gemeinderat hat am Montagabend nach langer Debatte beschlossen, dass die alte Brücke "
        "über den Fluss von Juni bis Ende September für die Sanierung gesperrt wird, während der "
        "Verkehr durch das Gewerbegebiet im Norden geführt wird und die Busse für die ganze Dauer "
        "der Arbeiten an provisorischen Haltestellen am Bahnhof halten und dort auf die Fahrgäste warten [...]"
    ),
    "fr": (
        "Le conseil municipal s'est réuni lundi soir et a décidé après un long débat que le vieux "
        "pont sur la rivière sera fermé pour travaux de juin jusqu'à la fin du mois de septembre, "
        "tandis que la circulation passera par la zone industrielle au nord et que les bus "
        "s'arrêteront près de la gare pendant toute la durée des travaux [...]"
    ),
}
_DATED = {
    "en": (("Bridge works start in June", "Council agrees on a detour"), "12 March 2021", "Read more"),
    "de": (("Brückenarbeiten beginnen im Juni", "Gemeinderat beschließt Umleitung"), "12. März 2021", "Weiterlesen"),
    "fr": (
        ("Les travaux du pont commencent en juin", "Le conseil vote une déviation"),
        "12 mars 2021",
        "Lire la suite",
    ),
}


def _dated_cards(lang: str, cards: int = 3) -> list[str]:
    titles, date, link = _DATED[lang]
    lines: list[str] = []
    for n in range(cards):
        lines += [f"{titles[n % 2]} ({n + 1})", _EXCERPT[lang], date, link]
    return lines


@pytest.mark.parametrize("lang", sorted(_DATED))
def test_dated_excerpt_cards_after_a_story_are_removed_in_any_language(lang):
    story = STORY["pl"] if lang == "pl" else STORY["de"]
    lines = story + _dated_cards(lang)
    assert _spans(lines) == [(3, 15)]
    assert clean("\n".join(lines), "text").body.split("\n\n") == story


def test_a_long_paragraph_under_no_date_is_still_a_story_section():
    lines = [line for line in _dated_cards("en") if line != "12 March 2021"]
    assert _spans(lines) == []  # no date line: the cards' long paragraphs are no excerpts


def test_dated_cards_need_a_title_beside_the_excerpt():
    lines = [line for line in _dated_cards("de") if not line.startswith(("Brücken", "Gemeinderat"))]
    assert _spans(lines) == []  # a date, a paragraph, a link: a dated post's sections, not cards


def test_cards_of_one_shape_are_a_run_when_the_card_after_them_breaks_the_template():
    # Four cards closed by "Weiterlesen" over a reading time and a section; the fourth has a short
    # kicker where the others have a headline: the first three are still one template's cards.
    card = [
        "Neuer Radweg entlang der Bundesstraße eröffnet",
        "Der Radweg verbindet die beiden Ortsteile und ist ab sofort für alle befahrbar.",
        "Weiterlesen",
        "5 Minuten",
        "Verkehr",
    ]
    cards = [card[:3] + [f"{minutes} Minuten"] + card[4:] for minutes in (5, 7, 3)]
    odd = ["Exklusiv", card[1], "Weiterlesen", "4 Minuten", "Verkehr"]
    lines = [line for c in cards for line in c] + odd
    assert _spans(lines) == [(0, 15)]
