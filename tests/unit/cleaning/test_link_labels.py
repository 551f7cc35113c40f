"""A linked headline under a short label inside a story ("Read: ...", "MORE: ...", "PREVIOUS ...")
or between arrows (">> ... <<") is a related link; prose opening with the same words is not. Lines constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict
from services.processors.cleaning.link_labels import is_cut_teaser_link, is_labelled_link, is_repeated_title

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
    "Lea más: Tribunal condena a cuatro años de prisión a ex contralor",
    "Leer más: El Gobierno aprueba el nuevo plan de vivienda",
    "Weiterlesen: Kein Getreide mehr: Ist glutenfreie Ernährung wirklich gesünder?",
    "Mehr dazu: Die Bahn erhöht die Preise schon wieder",
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
    "Mehr dazu: heute",
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


CUT_TEASERS = [
    "It seems contradictory, but I love being frugal and I also love spending money. Over the last few… Read more Read more",
    "Das Projekt hat die großräumige Verbesserung der Lebensräume der Aller und ihrer Auen im... mehr lesen",
    "Le conseil a voté lundi un budget de trois millions pour le vieux pont [...] Lire la suite »",
    "The council met on Monday to discuss the bridge and the ferry... Continue reading →",
    "Jane Roe writes for the paper's business desk and edits its podcasts. She studied art in New York... → Learn More",
]


@pytest.mark.parametrize("line", CUT_TEASERS)
def test_a_teaser_cut_on_an_ellipsis_and_closed_by_its_link_is_a_related_link(line):
    assert is_cut_teaser_link(line, make_block(line).n_words)
    assert local_verdict(make_block(line)) == "related-links"


@pytest.mark.parametrize(
    "line",
    [
        "The mayor paused... and then said she would read more of the report before the vote.",  # no label at the end
        "Read more about the plan on the council's website.",
        "She ended her letter with an ellipsis… and the words read more",  # lower-case prose, label not after the cut
    ],
)
def test_prose_with_an_ellipsis_or_the_label_is_no_cut_teaser(line):
    assert not is_cut_teaser_link(line, make_block(line).n_words)


def test_a_title_repeated_on_its_line_is_a_link():
    title = "How to Defeat the Urge to Binge Shop"
    assert is_repeated_title(f"{title} {title}")
    assert is_repeated_title(f"{title} {title} {title}")
    assert is_repeated_title(f"{title} {title} How to Defeat the Ur")  # the third copy cut short
    assert local_verdict(make_block(f"{title} {title} {title}")) == "related-links"
    assert not is_repeated_title(title)
    assert not is_repeated_title("New York New York")  # a title of three words or more
    assert not is_repeated_title(f"{title} {title[:20]}")  # one whole copy only
    assert not is_repeated_title("The council voted. The council voted again on Monday.")
