"""A story's dek in page text: the one line a page sets under its headline to say more than the
headline does ("We're about to get 20 terabyte hard drives, but the path looks clear to scale up
to 80TB."), with the byline, the date, a share bar or a picture between it and the story's first
paragraph.

Too light to weigh as a paragraph, it is left out of the story's runs with the header's
furniture. It is found by shape and position, so in any language: above a run of the story,
within DEK_LOOKBACK blocks and past no paragraph, the nearest unmarked block of DEK_WORDS words
that is no menu line and opens with no label ("Meine Kanäle: ...", "Tags | ..."), whose nearest
unmarked block above (past a byline or a date) is a headline: heading-shaped, of HEADLINE_WORDS
words and shorter than the dek, and not repeating it. A byline or a date stands within STAMP_NEAR
blocks of the pair (above the headline, between the two, or under the dek): the header of a
story, not a menu's entry over its blurb. The dek is about the story: it shares TOPIC_SHARED_MIN
words of TOPIC_WORD_CHARS letters or more with its headline and the run's first paragraphs (a
teaser of another story under its own headline and date does not). The dek ends like a sentence
or runs to LONGER times the headline's words: a headline under a kicker is no dek, and stays the
headline.

Runs are [start, end) index pairs over a page's blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.header import STAMP_VERDICTS
from services.processors.cleaning.headline_lists import is_headline_shaped
from services.processors.cleaning.menu_lines import is_menu_line
from services.processors.cleaning.signals import ends_like_sentence
from services.processors.cleaning.story_leads import RUN_WORDS_BLOCKS
from services.processors.cleaning.story_subtitles import repeats
from services.processors.cleaning.topic_words import topic_words

DEK_LOOKBACK = 30  # blocks of header furniture (share bars, credits, a date) between a dek and its story's run
DEK_WORDS = (8, 40)  # a dek is a sentence or two: not a label, not a paragraph
# the headline above it: a menu entry or a label ("Eye on Money", "Click to copy URL") is shorter
HEADLINE_WORDS = (5, 20)
LONGER = 1.4  # a dek without a sentence's end says this much more than its headline
STAMP_NEAR = 2  # blocks from the headline or the dek that hold the story's byline or date
TOPIC_SHARED_MIN = 1  # a dek is one line: one name or noun it shares with its story is enough ("Dutzmann")
TOPIC_WORD_CHARS = 6  # with one word enough, a shorter one is too often a function word ("einen", "their")


def story_deks(
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    runs: Sequence[tuple[int, int]],
    is_paragraph: Callable[[Block], bool],
) -> list[tuple[int, int]]:
    """One-block runs [i, i + 1) for the dek above each of ``runs`` (in page order) that has one
    (see the module docstring). ``verdicts`` are the verdicts the runs were found with (None:
    unmarked); ``is_paragraph`` tells a paragraph, which ends the search (a lead or another
    story's text). The search above a run stops at the run before it."""
    found = []
    floor = 0
    for start, end in runs:
        for i in range(start - 1, max(start - 1 - DEK_LOOKBACK, floor - 1), -1):
            if _is_dek(blocks, verdicts, i) and _on_topic(blocks, i, start, end):
                found.append((i, i + 1))
                break
            if verdicts[i] is None and is_paragraph(blocks[i]):
                break
        floor = end
    return found


def _is_dek(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], at: int) -> bool:
    block = blocks[at]
    low, high = DEK_WORDS
    if verdicts[at] is not None or not low <= block.n_words <= high or block.labelled or is_menu_line(block.text):
        return False
    above = at - 1
    while above >= 0 and verdicts[above] in STAMP_VERDICTS:
        above -= 1
    if above < 0 or verdicts[above] is not None:
        return False
    headline = blocks[above]
    low, high = HEADLINE_WORDS
    if not low <= headline.n_words <= min(high, block.n_words - 1) or not is_headline_shaped(headline, high):
        return False
    if not ends_like_sentence(block.text) and block.n_words < LONGER * headline.n_words:
        return False
    if repeats(headline, block):
        return False
    near = range(max(above - STAMP_NEAR, 0), min(at + 1 + STAMP_NEAR, len(blocks)))
    return any(verdicts[i] in STAMP_VERDICTS for i in near)


def _on_topic(blocks: Sequence[Block], at: int, start: int, end: int) -> bool:
    """The dek at ``at`` shares TOPIC_SHARED_MIN longer words with the STAMP_NEAR + 1 blocks above
    it (its headline, past a byline or a date) or with the first RUN_WORDS_BLOCKS blocks of the run
    [start, end)."""
    dek = topic_words(blocks[at : at + 1], TOPIC_WORD_CHARS)
    around = topic_words(blocks[max(at - 1 - STAMP_NEAR, 0) : at], TOPIC_WORD_CHARS) | topic_words(
        blocks[start : min(end, start + RUN_WORDS_BLOCKS)], TOPIC_WORD_CHARS
    )
    return len(dek & around) >= TOPIC_SHARED_MIN
