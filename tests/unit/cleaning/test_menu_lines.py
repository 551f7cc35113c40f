"""A menu or breadcrumb on one line of page text is navigation, by its shape, in any language."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict
from services.processors.cleaning.menu_lines import is_menu_line

STORY = [
    "Der Stadtrat hat am Montag drei Millionen Euro für die Sanierung der alten Brücke bewilligt, teilte die Verwaltung mit.",
    "Die Arbeiten sollen im Mai beginnen und ein Jahr dauern, sagte der Bürgermeister nach der Abstimmung im Rathaus.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Politik | Blog | Brücken der Stadt | Alles klar?",
        "Forum · Kostenlose Hilfe · Kontakt · Einen Missbrauch melden",
        "Accueil • Actualités • Nous contacter",
        "Strona główna | Kontakt | Regulamin sklepu",
    ],
)
def test_a_line_of_short_items_between_separators_is_navigation(line):
    assert is_menu_line(line)
    page = clean("\n".join(["Startseite", *STORY, line, "Impressum"]), "text")
    assert next(r.reason for r in page.removed if r.position == len(STORY) + 1) == "navigation"


def test_a_table_header_row_in_html_text_is_left_to_the_story():
    line = "Politik | Blog | Brücken der Stadt"
    assert local_verdict(make_block(line)) != "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Bayern | 12 | 8 | 3 | 1",  # a table's row has figures
        "array.map! { |x| x.downcase }",  # code
        "Er sagte: Wir bauen | wir sanieren | und wir zahlen.",  # a sentence's parts, with its colon and full stop
        "Die Stadt | die Verwaltung und der ganze Rat der Gemeinde | stimmten zu | am Montag",  # a long item
    ],
)
def test_a_row_or_a_sentence_with_pipes_is_no_menu(line):
    assert not is_menu_line(line)


def test_a_breadcrumb_between_headline_and_story_leaves_the_body():
    lines = ["Sanierung der alten Brücke", "Politik | Blog | Brücken der Stadt | Alles klar?", *STORY]
    assert clean("\n".join(lines), "text").body == "\n\n".join(STORY)
