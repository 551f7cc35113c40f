"""A linked headline under a short label inside a story ("Read: ...", "MORE: ...", "PREVIOUS ...")
or between arrows (">> ... <<") is a related link; prose opening with the same words is not. Lines constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict
from services.processors.cleaning.link_labels import is_labelled_link

LINKS = [
    "Read: Two storms in one week are far worse than one",
    "MORE: Local group strikes deal to revitalise the old stadium site, could bring $5B project",
    "More:At 250, who will the country be?",
    "PREVIOUS Pay rise for retired teachers passes the senate",
    "NEXT How the county plans to spend its flood money",
    "Lesen Sie: Warum die Bahn schon wieder die Preise erhöht",
    "Lire : Le gouvernement présente son plan pour les hôpitaux",
    "Leer: El Gobierno aprueba el nuevo plan de vivienda",
    "Czytaj: Rząd przedstawia nowy plan dla szpitali",
    "Lesen Sie auch: Die Bahn erhöht die Preise schon wieder. Doch das könnte sich für sie rächen.",
    "Dowiedz się więcej: Kto jak głosował ws. funduszy? Jeden z posłów wyłamał się",
    "Lesetipp: Welche Sternzeichen passen perfekt zusammen?",
    "Mehr lesen: Was ihr im Winter im Thermenland erleben könnt",
    "Also read: How the county plans to spend its flood money.",
    ">> Wegen Corona: Sängerin muss ihr Lokal auf Mallorca schließen <<",
    ">>> Jetzt die aktuelle Ausgabe bestellen! <<<",
    ">>> www.example.de/tickets <<<",
    ">>> Neue Rot-Weiß Karte gegen Fachkräftemangel",
    "Lue myös: Tällä listalla Suomi on sijalla 7 – EU-eurojen uusjako alkaa",
    "Läs också: Regeringen presenterar ny budget för vården",
    "Читайте также: Правительство представило новый бюджет",
]
PROSE = [
    "More: the committee met again on Tuesday.",
    "More than 100 people died in the floods, officials said on Monday.",
    "Read the full statement on the council's website.",
    "NEXT STEPS FOR THE CITY",
    "Next: Seeking Solitude.",
    "Read: now",
    "See also: now",
    "Read more about the plan on the council's website: it runs to forty pages.",
    "»Wir brauchen Leute, die Entscheidungen treffen«",  # a quotation
    "If x >> y then the error is small, but if x << y it is not.",
    ">>> def foo(bar=None):",  # a Python prompt
    ">>> Foo()",
    ">> I think the patch is wrong.",  # a quoted e-mail's line
]


@pytest.mark.parametrize("line", LINKS)
def test_a_labelled_headline_is_a_related_link(line):
    assert is_labelled_link(line)
    assert local_verdict(make_block(line)) == "related-links"


@pytest.mark.parametrize("line", PROSE)
def test_prose_and_subheadings_opening_with_the_labels_are_no_links(line):
    assert not is_labelled_link(line)


def test_a_story_keeps_its_paragraphs_around_a_labelled_link():
    story = [
        "The county said on Monday that the river had risen by two metres overnight and that more rain was "
        "expected before the weekend, forcing the closure of three bridges in the valley.",
        "Residents of the lowest streets were told to move their cars to higher ground, and the fire service "
        "set up a centre at the school for families who could not stay with relatives.",
        "Officials said the damage would not be known until the water receded, which could take a week.",
    ]
    page = "\n".join([story[0], "Read: How the county plans to spend its flood money", story[1], story[2]])
    assert clean(page, "text").body.split("\n\n") == story
