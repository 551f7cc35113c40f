"""A paragraph the page shows twice is kept once."""

from __future__ import annotations

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.paragraph_repeats import mark_repeated_paragraphs

BOX = (
    "The Central Committee is the highest representative body of the country's lay Catholics and"
    " coordinates the work of the Catholic associations and institutions."
)
STORY = [
    "Irme Stetter-Karp has been elected the new president of the Central Committee with a large majority.",
    "She succeeds Thomas Sternberg, who did not stand again after six years at the head of the committee.",
    "In her speech she called the synodal process indispensable for solving the church's backlog of reforms.",
    "The committee's general assembly also elected four vice presidents for the next four years.",
]


def test_the_second_showing_of_a_box_is_dropped():
    page = ["Home", "News", BOX, "New president for the Central Committee", *STORY, BOX, "Imprint"]
    body = clean("\n".join(page), "text").body
    assert body.count(BOX) <= 1
    assert all(paragraph in body for paragraph in STORY)


def test_short_lines_and_unmarked_first_showings_stay():
    lines = ["Read more below.", BOX, "Read more below.", BOX]
    blocks = make_blocks(lines)
    verdicts: list = [None, None, None, None]
    mark_repeated_paragraphs(blocks, verdicts)
    assert verdicts == [None, None, None, "other-furniture"]
    verdicts = [None, "navigation", None, None]  # the first showing was furniture: the kept one stays
    mark_repeated_paragraphs(blocks, verdicts)
    assert verdicts == [None, "navigation", None, None]
