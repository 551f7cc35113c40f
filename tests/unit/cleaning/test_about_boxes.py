"""A writer's box closing a post in page text ("Über Anna Muster" and her "Ich bin ...") is no story."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.about_boxes import mark_bylined_about_boxes
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.classifier import is_paragraph, local_verdict

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


BIO = [
    "Ich bin Anna Muster, 34 Jahre alt, lebe mit meiner Familie in Köln und schreibe hier seit 2015 über meine Stadt.",
    "Vorher habe ich als Ingenieurin Brücken geprüft, und deshalb interessiert mich jede Baustelle am Rhein.",
    "Mein Blog ist inzwischen gewachsen, und wir sind heute ein kleines Team von drei Leuten in der Südstadt.",
]
LONGER_STORY = [
    *STORY,
    "Für Fußgänger wird während der Bauzeit ein Steg aufgebaut, Autos müssen über die Nordbrücke ausweichen.",
    "Die Stadt rechnet mit Staus im Berufsverkehr und empfiehlt, auf Busse und Bahnen umzusteigen.",
]


@pytest.mark.parametrize(
    ("top", "heading"),
    [
        ("Von Anna Muster", "Von Anna Muster"),  # a byline over the box
        ("Anna Muster", "Anna Muster"),  # the byline as a bare name, set again over the box
    ],
)
def test_a_box_under_the_writers_name_leaves_the_body(top, heading):
    lines = ["Startseite", "Brücke wird saniert", top, *LONGER_STORY, "Schlagwörter Brücke, Köln", heading, *BIO, *TAIL]
    result = clean("\n".join(lines), "text")
    assert result.body == "\n\n".join(LONGER_STORY)


def test_a_name_the_header_does_not_set_heads_no_box():
    lines = ["Startseite", "Brücke wird saniert", *LONGER_STORY, "Anna Muster", *BIO, *TAIL]
    result = clean("\n".join(lines), "text")
    assert "Ich bin Anna Muster" in result.body


def test_a_column_going_on_under_its_byline_in_the_third_person_stays():
    rest = [
        "Der Bürgermeister verteidigte die Kosten und verwies auf die Sicherheit der Pendler auf der Brücke.",
        "Die Opposition im Stadtrat kritisierte, dass die Pläne erst so spät vorgelegt worden seien.",
        "Eine Bürgerinitiative will die Bauarbeiten nun kritisch begleiten und lädt zu einem Treffen ein.",
    ]
    lines = ["Startseite", "Brücke wird saniert", *LONGER_STORY, "Von Anna Muster", *rest, *TAIL]
    result = clean("\n".join(lines), "text")
    assert "Eine Bürgerinitiative will" in result.body


def test_a_box_on_the_bylined_writer_is_no_story_whatever_its_person():
    """A short post under its date line naming the writer, then a box about that writer whose
    biography, in the third person, outweighs the post: the post is the story."""
    post = "Auch auf dem Camp in Berlin haben wir live gepodcastet, zu Gast waren drei Teilnehmer."
    bio = (
        "Leiter der Akademie. Von der Ausbildung Diplom-Ingenieur mit Schwerpunkt Nachrichtentechnik, "
        "seit zwanzig Jahren im Wissensmanagement tätig und Autor mehrerer Bücher über das Lernen in "
        "Organisationen, die in vielen Unternehmen gelesen werden."
    )
    page = "\n".join(
        ["Startseite", "Folge 39: Live vom Camp", "Veröffentlicht am 17. Dezember 2019 von Simon Dückert", post]
        + ["Teilen mit:", "Twitter", "Facebook", "Über Simon Dückert", bio, *TAIL]
    )
    body = clean(page, "text").body
    assert post in body and bio not in body
    lines = ["Veröffentlicht am 17. Dezember 2019 von Simon Dückert", post, "Über Anna Muster", bio]
    blocks = make_blocks(lines)
    verdicts = [local_verdict(b) for b in blocks]
    mark_bylined_about_boxes(blocks, verdicts, is_paragraph)
    assert verdicts[2:] == [None, None]  # a name the byline does not carry heads no box here
    blocks = make_blocks([*lines[:2], "Über Simon Dückert", bio])
    verdicts = [local_verdict(b) for b in blocks]
    mark_bylined_about_boxes(blocks, verdicts, is_paragraph)
    assert verdicts[2:] == ["credit", "credit"]
