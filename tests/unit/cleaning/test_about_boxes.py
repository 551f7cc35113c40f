"""A writer's box closing a post in page text ("Über Anna Muster" and her "Ich bin ...") is no story."""

import pytest

from services.processors.cleaning import clean

STORY = [
    "Der Stadtrat hat am Montag drei Millionen Euro für die Sanierung der alten Brücke bewilligt, teilte die Verwaltung mit.",
    "Die Arbeiten sollen im Mai beginnen und ein Jahr dauern, sagte der Bürgermeister nach der Abstimmung im Rathaus.",
    "Die Brücke war im März gesperrt worden, nachdem Prüfer Risse an zwei Pfeilern gefunden hatten.",
]
TAIL = ["Zeige alle Beiträge", "Vorheriger Beitrag", "Nächster Beitrag"]


@pytest.mark.parametrize(
    ("heading", "bio"),
    [
        (
            "Über Anna Muster",
            "Ich bin Anna, Radfahrerin aus Leidenschaft und schreibe hier seit 2015 über meine Stadt und ihre Brücken.",
        ),
        (
            "Über Anna 312 Artikel",
            "Ich bin Anna, Mutter von zwei Kindern, und teste für dieses Magazin seit Jahren Fahrräder und Zubehör.",
        ),
        (
            "About Jane Doe",
            "I have written about cities and their bridges for ten years, and I live by the river with my two cats.",
        ),
    ],
)
def test_a_writer_box_closing_the_post_leaves_the_body(heading, bio):
    result = clean("\n".join(["Startseite", *STORY, heading, bio, *TAIL]), "text")
    assert result.body == "\n\n".join(STORY)


def test_a_last_subheading_over_a_paragraph_about_the_subject_stays():
    last = [
        "Über Geld",
        "Die Kosten trägt zu einem Drittel das Land, den Rest zahlen die Stadt und der Bund, wie die Verwaltung mitteilte.",
    ]
    result = clean("\n".join(["Startseite", *STORY, *last, *TAIL]), "text")
    assert result.body == "\n\n".join(STORY + last)


def test_a_box_above_more_of_the_story_is_left_alone():
    middle = [
        "Über Anna Muster",
        "Ich bin Anna, Radfahrerin aus Leidenschaft und schreibe hier seit 2015 über meine Stadt und ihre Brücken.",
    ]
    lines = ["Startseite", *STORY[:2], *middle, STORY[2], *TAIL]
    result = clean("\n".join(lines), "text")
    assert "Ich bin Anna" in result.body
