"""An extracted body's comments heading opens the thread under it once most of the prose is above."""

from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdicts, mark_comments_section
from services.processors.cleaning.keys import line_keys

STORY = [
    "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said.",
    "Work starts in May and will take a year, the mayor told reporters at city hall after the vote.",
    "The old bridge was closed in March after inspectors found cracks in two of its piers, the report said.",
]
THREAD = [
    "Kommentare",
    "Harzer66",
    "Ach ja...",
    "About time. The ferry queue has been a nightmare for everyone who works across the river this year.",
    "Login für Vote",
]


def _verdicts(lines):
    blocks = [make_block(line) for line in lines]
    verdicts = local_verdicts(blocks, line_keys(blocks), lambda key: 0, 3)
    mark_comments_section(blocks, verdicts)
    return verdicts


def test_a_comments_heading_under_the_story_opens_the_thread():
    verdicts = _verdicts(STORY + THREAD)
    assert verdicts[: len(STORY)] == [None] * len(STORY)
    assert verdicts[len(STORY) :] == ["comments"] * len(THREAD)


def test_a_comments_heading_above_most_of_the_prose_opens_nothing():
    """A tool bar's "Comments" link over the story's first paragraph."""
    lines = [STORY[0], "Kommentare", *STORY[1:], STORY[0].replace("Monday", "Tuesday")]
    verdicts = _verdicts(lines)
    assert verdicts[1] == "comments"
    assert verdicts[2:] == [None] * 3
