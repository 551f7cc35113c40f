"""A list the story announces at its run's end ("... sum them up:") is the story's; a site's
label ending in a colon announces nothing. Pages constructed for the test."""

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import announced_end

MENU = ["Home", "Blog", "About", "Contact"]
STORY = [
    "I spent the last month measuring how much memory the common Python containers take, on three "
    "different machines and with every version of the interpreter I could find.",
    "The results surprised me more than once, and some of the old advice turned out to be wrong on "
    "modern versions, so here they are in short form for anyone who skipped the graphs:",
]
ITEMS = [
    "Tuples take a little less memory than lists of the same length",
    "Slotted classes take far less memory than ordinary ones",
    "Generators only pay off for very long sequences",
]
FOOTER = ["Author: Jo Kim", "Published: 3 March 2024", "Imprint", "Privacy"]


def test_the_list_a_story_announces_at_its_end_is_kept():
    body = clean("\n".join([*MENU, "Measuring Python memory", *STORY, *ITEMS, *FOOTER]), "text").body
    for item in ITEMS:
        assert item in body
    assert "Imprint" not in body


def test_an_unannounced_list_after_the_story_is_not_kept():
    story = [*STORY[:1], STORY[1].replace("the graphs:", "the graphs.")]
    body = clean("\n".join([*MENU, "Measuring Python memory", *story, *ITEMS, *FOOTER]), "text").body
    assert story[1] in body and ITEMS[0] not in body


def test_a_label_or_a_marked_lead_in_announces_nothing():
    blocks = [make_block(t) for t in ["Tags:", *ITEMS]]
    assert announced_end(blocks, [None] * 4, 1) == 1  # a one-word label
    blocks = [make_block(t) for t in [STORY[1], *ITEMS, "Imprint"]]
    assert announced_end(blocks, ["share-widget", None, None, None, "legal"], 1) == 1  # marked: a site's line
    assert announced_end(blocks, [None, None, None, None, "legal"], 1) == 4  # stops at the first marked block
