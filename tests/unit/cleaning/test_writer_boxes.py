"""A box on the writer beside the story: the byline's name alone on a line, a note about them, links
to them. Pages constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.author_notes import opens_like_note
from services.processors.cleaning.blocks import make_block, make_blocks
from services.processors.cleaning.writer_boxes import mark_labelled_notes

STORY = {
    "de": [
        "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer vollständig zu "
        "sanieren, nachdem Gutachter im Winter Risse in den Pfeilern gefunden hatten.",
        "Nach Angaben der Verwaltung kostet die Arbeit rund zwei Millionen Euro, die zum größten Teil das Land "
        "trägt; der Rest kommt aus einer Rücklage, die die Stadt vor drei Jahren angelegt hat.",
        "Während der Bauzeit wird der Verkehr über eine Umleitung durch das Gewerbegebiet im Norden geführt, "
        "Fußgänger können eine Behelfsbrücke neben der Baustelle nutzen.",
    ],
    "en": [
        "The city council voted on Monday to rebuild the old bridge over the river by the summer, after "
        "inspectors found cracks in two of its piers during the winter.",
        "Officials said the work would cost about two million dollars, most of it paid by the state, with the "
        "rest coming from a reserve fund the city set up three years ago.",
        "While the work goes on, traffic will be sent through the industrial park to the north, and people on "
        "foot can use a temporary bridge beside the site.",
    ],
}
BOX = {
    "de": [
        "Von Markus Weber, Berlin",
        "Markus Weber",
        "Markus Weber kam 2001 zur Zeitung. Er ist Absolvent der Journalistenschule und Diplom-Volkswirt und "
        "schreibt seit 2015 aus Berlin über Verkehr und Energie.",
        "auf Twitter folgen",
        "eine E-Mail senden",
    ],
    "en": [
        "By Jane Doe, Washington",
        "Jane Doe",
        "Jane Doe covers transport and energy from Washington. She joined the paper in 2012 after ten years "
        "at a news agency in Chicago.",
        "Follow on Twitter",
        "Send an email",
    ],
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_writers_box_under_the_byline_leaves_the_story(lang):
    page = "\n".join(["Startseite", "Brücke wird bis zum Sommer saniert", *BOX[lang], *STORY[lang]])
    result = clean(page, "text")
    assert result.body.split("\n\n") == STORY[lang]


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_writers_box_between_the_paragraphs_leaves_the_story(lang):
    byline, *box = BOX[lang]
    page = "\n".join(
        ["Startseite", "Brücke wird bis zum Sommer saniert", byline, STORY[lang][0], *box, *STORY[lang][1:]]
    )
    assert clean(page, "text").body.split("\n\n") == STORY[lang]


def test_a_story_about_a_person_under_their_name_stays():
    # The subheading names the story's subject, not the byline's writer: the paragraph under it is the story's.
    story = STORY["en"] + [
        "Anna Kowalski",
        "Anna Kowalski runs the bakery beside the bridge and says the detour will cost her half of her morning "
        "customers, who now drive past on the other side of the river.",
    ]
    page = "\n".join(["Home", "Bridge to be rebuilt by summer", "By Jane Doe, Washington", *story])
    assert clean(page, "text").body.split("\n\n") == story


def test_a_note_under_its_label_is_the_boxs():
    """ "Full Bio" (a link or two between) over a note opening with a name and a copula."""
    lines = ["Full Bio", "LinkedIn", "Marisa is a compliance manager with expertise in credit cards and loans."]
    blocks = make_blocks(lines)
    verdicts = ["credit", "share-widget", None]
    mark_labelled_notes(blocks, verdicts)
    assert verdicts[2] == "credit"
    person = make_blocks(["Zur Person", "Kathrin Bürger ist Fachanwältin für Arbeitsrecht in München."])
    verdicts = ["credit", None]
    mark_labelled_notes(person, verdicts)
    assert verdicts == ["credit", "credit"]


@pytest.mark.parametrize(
    "text",
    [
        "Es ist nicht meines Amtes, einen Katalog konkreter Vorschläge vorzulegen.",  # a pronoun, no name
        "This is a study of two hundred bridges across the country.",
        "Das ist ein Beschluss, der die ganze Stadt betrifft.",
        "The council met on Monday and voted for the plan.",  # no copula after the opening
    ],
)
def test_a_sentence_under_a_label_that_opens_with_no_name_stays(text):
    assert not opens_like_note(make_block(text))
    blocks = make_blocks(["Source", text])
    verdicts = ["credit", None]
    mark_labelled_notes(blocks, verdicts)
    assert verdicts == ["credit", None]
