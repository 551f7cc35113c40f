"""A site's fine print under a story, tied by its mark to an offer box or a button above."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.footnotes import is_footnote

STORY_EN = [
    "The airline will join the alliance on March 31, a year later than planned, its chief executive said on Tuesday.",
    "Members of its loyalty programme will then earn and spend miles on the flights of the other partner airlines.",
    "The delay followed the collapse in travel demand last spring, which grounded most of its fleet for months.",
    "The carrier also announced three new routes from its main hub, starting in the summer schedule.",
]
STORY_DE = [
    "Die Fluggesellschaft tritt der Allianz am 31. März bei, ein Jahr später als geplant, sagte ihr Chef am Dienstag.",
    "Mitglieder des Vielfliegerprogramms können dann auch auf den Flügen der Partner Meilen sammeln und einlösen.",
    "Die Verzögerung folgte dem Einbruch der Nachfrage im vergangenen Frühjahr, der die Flotte monatelang stilllegte.",
    "Die Gesellschaft kündigte außerdem drei neue Strecken von ihrem Drehkreuz an, ab dem Sommerflugplan.",
]


def test_fine_print_under_an_offer_box_is_removed_in_english_and_german():
    cases = [
        (
            STORY_EN,
            "BONUS VALUE*: $1,600",
            "*Bonus value is an estimated value calculated by us, not by the card issuer.",
        ),
        (STORY_DE, "Prämie†: 500 Meilen", "† Das Angebot gilt nur für Neukunden und nur bis zum 30. Juni."),
    ]
    for story, box, note in cases:
        result = clean("\n".join([*story, box, note]), "text")
        assert note not in result.body
        assert [r.reason for r in result.removed if r.text == note] == ["legal"]
        assert all(line in result.body for line in story)


def test_a_note_marked_from_a_story_sentence_is_the_story_s_own():
    story = [*STORY_EN[:3], STORY_EN[3] + "*"]
    note = "* We have received reports that the first flights were delayed; we will update this story."
    result = clean("\n".join([*story, note]), "text")
    assert note in result.body


def test_a_marked_note_with_no_reference_or_above_most_of_the_story_stays():
    note = "*Names have been changed to protect the family's privacy, at their request."
    result = clean("\n".join([*STORY_EN, note]), "text")
    assert note in result.body  # no word above carries the mark
    box = "OFFER*: 2X points"
    result = clean("\n".join([box, note, *STORY_EN]), "text")
    assert note in result.body  # above the story's paragraphs


def test_emphasis_and_bullets_are_no_footnote():
    assert is_footnote(make_block("*Terms apply."))
    assert is_footnote(make_block("† Terms apply."))
    assert not is_footnote(make_block("*Terms apply*"))
    assert not is_footnote(make_block("* item one of the list"))
    assert not is_footnote(make_block("*2 cups of flour"))
