"""A blog engine's filing line under a post, a web archive's banner over a page and an affiliate-link notice
are furniture in any of the main languages."""

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


@pytest.mark.parametrize(
    "line",
    [
        "These crawls are part of an effort to archive pages as they are created and archive the pages that "
        "they refer to. That way, as the pages that are referenced are changed or taken from the web, a link "
        "to the version that was live when the page was written will be preserved.",
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing "
        "in every day, these data are added to the Wayback Machine after an embargo period.",
        "This is a collection of pages and embedded objects from WordPress blogs and the external pages they link to.",
        "The Wayback Machine - https://web.archive.org/web/20070228213001/http://www.example.fr:80/site/page.html",
    ],
)
def test_a_web_archives_banner_is_navigation(line):
    """A page kept by a web archive carries its banner, prose that outweighed a short post."""
    assert local_verdict(make_block(line)) == "navigation"


def test_a_story_about_a_web_archive_is_no_banner():
    line = "The Internet Archive said on Monday that its Wayback Machine now holds more than 800 billion pages."
    assert local_verdict(make_block(line)) is None
