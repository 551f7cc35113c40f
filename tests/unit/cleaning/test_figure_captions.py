"""Figure captions: blocks of extracted text that were wholly a figcaption are captions."""

from __future__ import annotations

import trafilatura

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.figure_captions import (
    CAPTION_WORDS_MAX,
    CAPTION_WORDS_MIN,
    caption_texts,
    mark_captions,
)
from services.processors.cleaning.signals import normalise

STORY = [
    "The county opened its third public library branch on Saturday in a converted railway goods shed.",
    "Volunteers catalogued more than twelve thousand donated books over the winter, the librarian said.",
    "The branch will open six days a week and host reading groups for children on Wednesday afternoons.",
]
CAPTION = "Librarian Ann Example at the new branch. (Photo by Joe Sample)"


def _verdicts(lines: list[str], captions: frozenset[str]) -> list[str | None]:
    blocks = make_blocks(lines)
    verdicts: list = [None] * len(blocks)
    mark_captions(blocks, verdicts, captions)
    return verdicts


def test_caption_texts_are_the_page_figcaptions_up_to_a_bound():
    long = " ".join(["word"] * (CAPTION_WORDS_MAX + 1))
    short = "Coinbase Wallet"  # under CAPTION_WORDS_MIN: a name a heading may repeat
    tree = trafilatura.load_html(
        f"<html><body><p>x</p><figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>"
        f"<figure><figcaption>{long}</figcaption></figure><figure><figcaption>{short}</figcaption></figure><figure><figcaption> </figcaption></figure></body></html>"
    )
    assert caption_texts(tree) == frozenset({normalise(CAPTION)})
    assert len(short.split()) < CAPTION_WORDS_MIN


def test_a_block_that_is_a_whole_caption_is_marked_and_a_sentence_quoting_it_stays():
    captions = frozenset({normalise(CAPTION)})
    lines = [STORY[0], CAPTION, STORY[1], f"{CAPTION} The branch opened on Saturday."]
    assert _verdicts(lines, captions) == [None, "caption", None, None]


def test_captions_only_or_no_captions_change_nothing():
    assert _verdicts([CAPTION], frozenset({normalise(CAPTION)})) == [None]
    assert _verdicts([*STORY, CAPTION], frozenset()) == [None] * 4


def test_html_path_drops_a_caption_trafilatura_keeps():
    # A figure and its caption inside a paragraph: trafilatura keeps the caption as text.
    rest = "".join(f"<p>{p}</p>" for p in STORY[1:])
    page = (
        "<html><head><title>Library opens in goods shed</title></head><body><article>"
        f"<h1>Library opens in goods shed</h1><p>{STORY[0]}</p><p><figure><img src='shed.jpg'></figure>"
        f"<figcaption>{CAPTION}</figcaption></p>{rest}</article></body></html>"
    )
    assert CAPTION in (trafilatura.extract(page) or "")
    assert clean(page, "html").body.split("\n\n") == STORY
