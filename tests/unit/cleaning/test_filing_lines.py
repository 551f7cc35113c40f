"""A blog engine's filing line under a post and an affiliate-link notice are furniture in any of the main languages."""

import pytest

from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict


@pytest.mark.parametrize(
    "line",
    [
        "This entry was posted in Travel and tagged bridges, rivers by Jane Doe. Bookmark the permalink.",
        "Dieser Eintrag wurde veröffentlicht in Reisen und verschlagwortet mit Brücken, Flüsse von Anna Muster.",
        "Erstellt am Montag 3. Juni 2019 um 10:15 und abgelegt unter Reisen, Brücken, Flüsse.",
        "Ce billet a été publié dans Voyages par Marie Dupont.",
        "Esta entrada fue publicada en Viajes y etiquetada puentes por Juan Pérez.",
    ],
)
def test_a_filing_line_is_navigation(line):
    assert local_verdict(make_block(line)) == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Letzte Aktualisierung am 2.03.2023 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der API",
        "Die Produkte hat die Redaktion ausgewählt, die Links zu den Händlern sind Affiliate-Links.",
    ],
)
def test_an_affiliate_notice_is_legal(line):
    assert local_verdict(make_block(line)) == "legal"


def test_a_story_sentence_about_filing_stays():
    line = "Die Akten wurden im Keller des Rathauses abgelegt, unter Verschluss, wie der Sprecher sagte."
    assert local_verdict(make_block(line)) is None
