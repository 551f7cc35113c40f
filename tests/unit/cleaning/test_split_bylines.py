"""Bylines split over two lines: a label line ("Von:", "By:", "Par :") over the writer's name. Pages constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.split_bylines import mark_split_bylines

STORY = [
    "Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu sanieren.",
    "Nach Angaben der Verwaltung kostet die Arbeit rund zwei Millionen Euro, die zum größten Teil das Land trägt.",
    "Während der Bauzeit wird der Verkehr über eine Umleitung durch das Gewerbegebiet im Norden geführt.",
]


def _marked(lines: list[str]) -> list[str | None]:
    blocks = make_blocks(lines)
    verdicts: list = [None] * len(blocks)
    mark_split_bylines(blocks, verdicts)
    return verdicts


@pytest.mark.parametrize(
    "label, name", [("Von:", "Erika Muster"), ("By:", "Jane Doe"), ("Autor:", "Max Muster"), ("Por:", "Juan Pérez")]
)
def test_a_label_over_a_name_is_a_byline_in_any_language(label, name):
    assert _marked([label, name]) == ["byline", "byline"]


def test_a_byline_under_the_lead_leaves_the_body():
    body = clean("\n".join([STORY[0], "Von:", "Erika Muster", *STORY[1:]]), "text").body
    assert body.split("\n\n") == STORY


@pytest.mark.parametrize(
    "lines",
    [
        ["Zutaten:", "Zwei Eier"],  # a list's label over its first item names no writer
        ["Von:", "Die Brücke wird bis zum Sommer saniert."],  # a sentence is no name
        ["Von", "Erika Muster"],  # no label without its colon
    ],
)
def test_other_pairs_are_no_byline(lines):
    assert _marked(lines) == [None, None]
