"""Unlabelled headline-and-teaser cards under a story's end are a related list; a story's own
subheadings, set between long paragraphs, are not. Pages constructed for the test in English,
German and Spanish."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.card_lists import card_kind, trailing_teaser_spans

from .test_lists_inside_story import CHROME, MENU, PAGES

# language -> three (headline, teaser) cards of other stories
CARDS = {
    "en": [
        ("Council delays vote on the new school building", "The decision is now expected in the spring."),
        ("Farmers protest against new water rules in the valley", "Hundreds of tractors blocked the main road."),
        ("Local football club signs a young striker from abroad", "He joins on a three-year contract."),
    ],
    "de": [
        (
            "Gemeinderat vertagt Entscheidung über neues Schulgebäude",
            "Die Abstimmung soll nun im Frühjahr stattfinden.",
        ),
        ("Landwirte protestieren gegen neue Regeln für das Wasser", "Hunderte Traktoren blockierten die Hauptstraße."),
        (
            "Fußballverein verpflichtet jungen Stürmer aus dem Ausland",
            "Er unterschreibt einen Vertrag über drei Jahre.",
        ),
    ],
    "es": [
        ("El pleno aplaza la votación sobre el nuevo colegio", "La decisión se espera ahora para la primavera."),
        ("Los agricultores protestan contra las nuevas normas del agua", "Cientos de tractores cortaron la carretera."),
        ("El club de fútbol ficha a un joven delantero extranjero", "Llega con un contrato de tres años."),
    ],
}
STORY_LANG = {"en": "en", "de": "de", "es": "fr"}  # the Spanish cards follow the French story: shape, not words


def body_of(lines: list[str]) -> list[str]:
    return clean("\n".join(lines), "text").body.split("\n\n")


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_unlabelled_teaser_cards_after_the_story_are_removed(lang):
    headline, byline, story, _, _ = PAGES[STORY_LANG[lang]]
    cards = [line for card in CARDS[lang] for line in card]
    assert body_of([*MENU, headline, byline, *story, *cards, *CHROME]) == story


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_subheadings_between_long_paragraphs_are_the_storys(lang):
    headline, byline, story, _, _ = PAGES[STORY_LANG[lang]]
    heads = [head for head, _ in CARDS[lang]]
    lines = [*MENU, headline, byline, story[0], heads[0], story[1], heads[1], story[2], heads[2], story[3], *CHROME]
    assert body_of(lines) == [story[0], heads[0], story[1], heads[1], story[2], heads[2], story[3]]


def test_short_sections_with_the_story_going_on_under_them_are_kept():
    _, _, story, _, _ = PAGES["en"]
    cards = [line for card in CARDS["en"] for line in card]
    blocks = [make_block(t) for t in [*story[:2], *cards, story[2]]]
    verdicts = [None] * len(blocks)
    kinds = "".join(card_kind(b, v) for b, v in zip(blocks, verdicts, strict=True))
    assert trailing_teaser_spans(blocks, verdicts, kinds) == []  # a long paragraph right under them
    assert trailing_teaser_spans(blocks[:-1], verdicts[:-1], kinds[:-1]) == [(2, 8)]
    assert trailing_teaser_spans(blocks[1:-1], verdicts[1:-1], kinds[1:-1]) == []  # one paragraph above: no story told
