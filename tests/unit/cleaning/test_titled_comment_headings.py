"""A blog's comments heading naming its post ("5 thoughts on “Title”") opens the comments section."""

from __future__ import annotations

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.markers import markers

STORY = [
    "Notes from the allotment",
    "The beans came up late this year, three weeks after the peas, and only half of them survived the frost. The peas did not mind it at all.",
    "I planted the second row under fleece, which kept the slugs away and the soil a little warmer at night. That row did far better than the first one.",
    "Next spring the whole bed gets fleece from the start, and the beans go in after the last frost date. I will report back in the summer.",
]
# Comments whose heads are name and date on one line, with no control between them, and which
# together weigh more than the post.
COMMENTS = [
    "Ann 12. März 2023 um 10:02",
    "We had the same trouble with our beans last year and lost nearly the whole first sowing to a late frost in May.",
    "Fleece helped a little, but a cold frame made the real difference for us, and the slugs stayed away from it too.",
    "Bert 12. März 2023 um 11:40",
    "Try soaking the seeds overnight before sowing them, it gives them a head start of several days in cold ground.",
    "My grandmother always swore by it and her beans were the first in the whole village every single summer.",
    "Cleo 13. März 2023 um 08:15",
    "Slug pellets are not needed if you put copper tape around the bed, which lasts for years and harms nothing else.",
    "It costs a bit more at the start but pays for itself after two seasons, and the birds can still eat the slugs.",
]


@pytest.mark.parametrize(
    "heading",
    [
        "3 thoughts on “Notes from the allotment”",
        "One response to “Notes from the allotment”",
        "3 Gedanken zu „Notes from the allotment“",
        "Eine Antwort auf „Notes from the allotment“",
        "3 réflexions sur « Notes from the allotment »",
        "3 comentarios en «Notes from the allotment»",
        "3 pensieri su “Notes from the allotment”",
        "3 comentários em “Notes from the allotment”",
        "3 reacties op “Notes from the allotment”",
        "3 odpowiedzi na „Notes from the allotment”",
    ],
)
def test_a_titled_count_heading_ends_the_post_however_heavy_the_comments_below(heading):
    body = clean("\n".join([*STORY, heading, *COMMENTS]), "text").body
    assert "Next spring the whole bed" in body
    assert "copper tape" not in body and "grandmother" not in body
    assert heading not in body


def test_a_titled_count_heading_is_a_comments_heading():
    block = make_block("5 thoughts on “Notes from the allotment”")
    assert markers().heading(block.norm, block.tokens) == "comments"


@pytest.mark.parametrize(
    "line",
    [
        "5 thoughts",  # too short to name a post
        "Three thoughts on the allotment",  # no count a blog engine writes
        "5 tips on growing beans in cold ground",  # no word for responses
        "5 comments and a reply",  # no preposition before a title
    ],
)
def test_other_lines_are_no_titled_count_heading(line):
    block = make_block(line)
    assert markers().heading(block.norm, block.tokens) is None
