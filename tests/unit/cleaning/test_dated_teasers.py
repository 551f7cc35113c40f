"""Dated teasers: teaser cards whose date page text glues to the teaser's first word. Pages
constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.classifier import local_verdict
from services.processors.cleaning.dated_teasers import dated_teaser_spans

STORY = {
    "de": [
        "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu sanieren.",
        "Nach Angaben der Verwaltung kostet die Arbeit rund zwei Millionen Euro, die zum größten Teil das Land trägt.",
        "Während der Bauzeit wird der Verkehr über eine Umleitung durch das Gewerbegebiet im Norden geführt.",
    ],
    "en": [
        "The council decided on Monday to repair the old bridge over the river before the summer holidays begin.",
        "According to the town hall, the works will cost about two million pounds, most of it paid by the region.",
        "While the bridge is closed, traffic will be sent through the industrial estate north of the town centre.",
    ],
    "pl": [
        "Rada miasta zdecydowała w poniedziałek, że stary most na rzece zostanie wyremontowany do lata.",
        "Według urzędników prace będą kosztować około dwóch milionów złotych, a większość pokryje województwo.",
        "W czasie budowy ruch zostanie skierowany objazdem przez strefę przemysłową na północy miasta.",
    ],
}
# A headline, under a kicker or not, then the teaser with its date glued on: the cards' heads vary.
CARDS = {
    "de": [
        "Radverkehr",
        "Neuer Radweg entlang der Bundesstraße eröffnet",
        "16.12.2021Der Radweg verbindet die beiden Ortsteile und ist ab sofort befahrbar.",
        "Stadtrat streitet über höhere Gebühren",
        "15.12.2021Die Gebühren sollen im kommenden Jahr um ein Drittel steigen.",
        "Schule",
        "Neue Turnhalle für die Grundschule",
        "14.12.2021Der Bau soll im Frühjahr beginnen und zwei Jahre dauern.",
    ],
    "en": [
        "Cycling",
        "New cycle path opens along the main road",
        "16/12/2021The path links both parts of town and is open to riders now.",
        "Council argues over higher parking fees",
        "15/12/2021The fees are to rise by a third next year, the council said.",
        "Schools",
        "New gym for the primary school",
        "14/12/2021Building work will start in spring and take two years.",
    ],
    "pl": [
        "Rowery",
        "Nowa ścieżka rowerowa wzdłuż drogi krajowej otwarta",
        "2021-12-16Ścieżka łączy dwie dzielnice i jest już dostępna dla rowerzystów.",
        "Radni spierają się o wyższe opłaty",
        "2021-12-15Opłaty mają wzrosnąć w przyszłym roku o jedną trzecią.",
        "Szkoły",
        "Nowa sala gimnastyczna dla szkoły",
        "2021-12-14Budowa ma ruszyć wiosną i potrwać dwa lata.",
    ],
}


def _spans(lines: list[str]) -> list[tuple[int, int]]:
    blocks = make_blocks(lines)
    return dated_teaser_spans(blocks, [local_verdict(b) for b in blocks])


_TOWNS = ("Aachen", "Bremen", "Celle", "Dessau", "Erfurt", "Fulda", "Gotha", "Hameln", "Jena", "Kassel")
_LONG_CARD = {
    "de": (
        "Neuer Radweg in {t} eröffnet",
        "{d}.12.2021Der Radweg in {t} verbindet die Ortsteile und ist ab sofort "
        "befahrbar. Mehr dazu lesen Sie hier im Überblick mit allen Details.",
    ),
    "en": (
        "New cycle path opens in {t}",
        "{d}/12/2021The path in {t} links both parts of town and is open to riders "
        "now. Read more about it here in our overview with all the details.",
    ),
    "pl": (
        "Nowa ścieżka rowerowa w {t} otwarta",
        "2021-12-{d}Ścieżka w {t} łączy dwie dzielnice i jest już dostępna. "
        "Więcej przeczytasz tutaj w naszym przeglądzie ze szczegółami.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_a_long_list_of_teasers_with_glued_dates_after_a_story_is_removed_in_any_language(lang):
    head, teaser = _LONG_CARD[lang]
    cards: list[str] = []
    for n, town in enumerate(_TOWNS):
        if n % 3 == 0:
            cards.append(f"Region {town}")  # a kicker over some cards only
        title = head.format(t=town) if n % 4 != 1 else f"2 x {town}"  # a headline of no headline's shape
        cards += [title, teaser.format(t=town, d=f"{20 - n:02d}")]
    body = clean("\n".join(STORY[lang] + cards), "text").body
    assert body.split("\n\n") == STORY[lang]


def test_a_run_reaches_over_the_first_cards_heads():
    assert _spans(STORY["de"] + CARDS["de"]) == [(3, 11)]


def test_two_dated_teasers_are_no_run():
    assert _spans(CARDS["de"][:5]) == []


@pytest.mark.parametrize(
    "dates",
    [
        ("21 сентября 2021", "20 сентября 2021", "19 сентября 2021"),  # a month's name, in any language
        ("21 September 2021", "20. September 2021", "19 Sept. 2021"),
        ("10.08.2022 11:05", "09.08.2022, 17:40", "08.08.2022 08:15"),  # a date and its time
    ],
)
def test_dates_with_a_months_name_or_a_time_glued_to_the_teaser_are_cards(dates):
    def cards(gap: str) -> list[str]:
        lines = list(CARDS["de"])
        for date, at, quote in zip(dates, (2, 4, 7), ("", '"', ""), strict=True):
            lines[at] = date + gap + quote + lines[at].split("2021", 1)[1]  # glued to a letter or a quote
        return STORY["de"] + lines

    assert _spans(cards("")) == [(3, 11)]
    assert _spans(cards(" ")) == []


def test_a_date_set_apart_from_its_text_is_no_glued_date():
    lines = [line.replace("2021", "2021 ") for line in CARDS["de"]]
    assert _spans(lines) == []


def test_paragraphs_between_dated_lines_are_no_card_heads():
    lines = list(CARDS["de"])
    lines[3] = " ".join(STORY["de"])  # a story's paragraph, no card's headline
    assert _spans(lines) == []
