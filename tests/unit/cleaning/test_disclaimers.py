"""Labelled disclaimers: a site's notice naming itself before a colon, closing a story. Pages
constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.disclaimers import is_labelled_disclaimer

STORY = [
    "The council decided on Monday to repair the old bridge over the river before the summer holidays begin.",
    "According to the town hall, the works will cost about two million euros, most of it paid by the region.",
    "While the bridge is closed, traffic will be sent through the industrial estate north of the town centre.",
]
_SITE = (
    " articles on this site may contain the opinions of their authors, which do not necessarily reflect"
    " the views of the site or its owners. For more information please read our editorial policies, our"
    " fact checking policy and our terms of service. Links on this site may earn the publisher a"
    " commission when readers buy something after following them, at no extra cost to the readers."
)
# About 70 words each: longer than a copyright line may be.
NOTICES = {
    "en": "Disclaimer (varies by section): News" + _SITE,
    "de": "Haftungsausschluss: Die Artikel" + _SITE,
    "fr": "Avertissement : Les articles" + _SITE,
    "es": "Aviso legal: Los artículos" + _SITE,
    "it": "Esclusione di responsabilità: Gli articoli" + _SITE,
    "pt": "Isenção de responsabilidade: Os artigos" + _SITE,
    "nl": "Vrijwaring: De artikelen" + _SITE,
    "pl": "Zastrzeżenie: Artykuły" + _SITE,
}


@pytest.mark.parametrize("lang", sorted(NOTICES))
def test_a_labelled_disclaimer_closing_a_story_is_removed_in_any_language(lang):
    result = clean("\n".join([*STORY, NOTICES[lang]]), "text")
    assert result.body.split("\n\n") == STORY
    assert [r.reason for r in result.removed] == ["legal"]


def test_the_label_must_open_the_block_and_be_followed_by_text():
    assert is_labelled_disclaimer("Disclaimer: the author owns shares in the company.")
    assert is_labelled_disclaimer("DISCLAIMER (sponsored content): this post was paid for.")
    assert not is_labelled_disclaimer("Disclaimer:")
    assert not is_labelled_disclaimer("The court read the disclaimer: it excluded all liability.")
    assert not is_labelled_disclaimer("Warning: the bridge will be closed from June.")


def test_a_story_paragraph_quoting_a_disclaimer_stays():
    last = "The firm's disclaimer: it accepts no liability for delays caused by the works on the bridge."
    body = clean("\n".join([*STORY, last]), "text").body
    assert body.split("\n\n") == [*STORY, last]


def _long(sentence: str) -> str:
    return " ".join([sentence] * 4)


def test_a_legal_heading_over_pages_of_prose_is_a_subheading():
    # An essay's "Avertissement" over its method: more prose under it than any notice runs to.
    above = [_long(f"La première partie de l'étude {k} décrit les revues retenues et la manière de les classer.") for k in range(12)]
    below = [_long(f"La seconde partie de l'étude {k} compte les articles des auteurs français dans ces revues.") for k in range(10)]
    page = "\n".join(["Accueil", "Essais", "L'évaluation et les listes de revues", *above, "Avertissement", *below, "Imprimer"])
    body = clean(page, "text").body
    assert all(paragraph in body for paragraph in above + below)


def test_a_legal_heading_over_a_short_notice_still_ends_the_story():
    notice = "The views expressed are the writer's own and do not reflect those of the site or its owners."
    page = "\n".join(["Home", "News", *[_long(p) for p in STORY], "Disclaimer", notice])
    body = clean(page, "text").body
    assert notice not in body and _long(STORY[2]) in body
