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
