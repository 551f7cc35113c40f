"""A related box set inside a story (a related heading and one or two linked headlines) does not
end the story in page text: the paragraphs under it are kept and the box is removed. A related
section closing the story, an about box under a related heading and another story's paragraphs
under a box still end it. Every page here is constructed for the test."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.story_boxes import related_box_end

MENU = ["Home", "News", "Sport", "Culture", "Opinion"]
FOOTER = ["Imprint", "Privacy", "Contact", "Terms of use", "Careers"]
HEADLINE = "Harbour town opens its new ferry terminal after three years of building work"
BYLINE = "By Jane Doe"
STORY = [
    "The harbour town opened its new ferry terminal on Saturday after three years of building work. "
    "Several thousand residents came to watch the first ferry leave the pier in the morning.",
    "The terminal cost the harbour authority some forty million pounds, more than twice the first estimate. "
    "The authority blamed rising prices for steel and concrete during the building work.",
    "Ferry operators say the terminal will let them run larger ships to the islands in the summer season. "
    "Crossings to the northern islands are due to rise from four a day to six.",
    "Residents of the harbour district had complained for years about the noise of the building work. "
    "The authority promised a fund for new windows in the streets nearest to the terminal.",
    "The old ferry terminal will be pulled down next spring to make room for a park along the harbour. "
    "Plans for the park will be shown to residents at a meeting in the town hall.",
    "The harbour authority expects the terminal to handle about a million passengers a year by the end "
    "of the decade, twice as many as the old building handled at its busiest.",
]
LINKED = "Island ferries cancelled for a week as storms hit the northern coast"
HEADINGS = [
    "Related",
    "Lesen Sie auch",
    "À lire aussi",
    "Leggi anche",
    "Lee también",
    "Leia também",
    "Lees ook",
    "Czytaj też",
]


def _page(middle: list[str], after: list[str]) -> str:
    lines = MENU + [HEADLINE, BYLINE] + STORY[:4] + middle + after + FOOTER
    return "\n\n".join(lines)


@pytest.mark.parametrize("heading", HEADINGS)
def test_story_goes_on_under_a_related_box(heading: str) -> None:
    body = clean(_page([heading, LINKED], STORY[4:]), "text").body
    paragraphs = body.split("\n\n")
    assert STORY[4] in paragraphs and STORY[5] in paragraphs
    assert heading not in paragraphs and LINKED not in paragraphs


def test_story_goes_on_under_a_box_of_two_headlines() -> None:
    second = "New bridge to the islands delayed by another year, the council says"
    body = clean(_page(["Related", LINKED, second], STORY[4:]), "text").body
    assert STORY[5] in body and LINKED not in body and second not in body


def test_closing_related_section_still_ends_the_story() -> None:
    teasers = [
        "Island ferries cancelled for a week as storms hit the northern coast",
        "A reader writes about the ferry timetable, and the harbour authority answers the ferry "
        "complaints of the islands with a long letter on prices, building work and the terminal plans.",
        "New bridge to the islands delayed by another year, the council says",
        "Fishing boats return to the harbour as the season opens with the terminal works finished at "
        "last, and fishermen say the building work cost them two summers of landings at the pier.",
    ]
    body = clean(_page(["Related"], teasers), "text").body
    assert STORY[3] in body
    assert teasers[1] not in body and teasers[3] not in body


def test_about_box_under_a_related_heading_ends_the_story() -> None:
    bio = [
        "I'm Jane and I have written about the harbour and its ferries for twenty years. My blog is full "
        "of stories about the harbour town, its terminal, its building work and its islands.",
        "When I'm not writing about ferries, I sail my own small boat between the islands with my two "
        "children and our dog, and I love hearing from readers about the harbour.",
    ]
    body = clean(_page(["Recent Posts", "Jane Doe"], bio), "text").body
    assert STORY[3] in body and bio[0] not in body


def _blocks(texts: list[str]) -> list:
    return [make_block(t) for t in texts]


def test_box_end_needs_the_story_words_under_the_box() -> None:
    other = [
        "Wolves have returned to the mountain forests for the first time in a century, scientists "
        "reported, after cameras filmed a family of seven animals crossing a valley at night.",
        "Farmers in the valleys fear for their sheep and have asked the government for fences, dogs "
        "and compensation, while walkers hope to catch sight of the animals this summer.",
    ]
    on_topic = _blocks(STORY[:4] + ["Related", LINKED] + STORY[4:])
    off_topic = _blocks(STORY[:4] + ["Related", LINKED] + other)
    none = [None] * len(on_topic)
    assert related_box_end(on_topic, none, 0, 4, len(on_topic)) == 6
    assert related_box_end(off_topic, none, 0, 4, len(off_topic)) is None


def test_box_end_needs_two_paragraphs_inside_the_run() -> None:
    blocks = _blocks(STORY[:4] + ["Related", LINKED] + STORY[4:])
    none = [None] * len(blocks)
    assert related_box_end(blocks, none, 0, 4, 7) is None  # the run ends after the first resumed paragraph
    headlines = _blocks(STORY[:4] + ["Related", LINKED, LINKED, LINKED, LINKED] + STORY[4:])
    assert related_box_end(headlines, [None] * len(headlines), 0, 4, len(headlines)) is None  # a list, not a box
