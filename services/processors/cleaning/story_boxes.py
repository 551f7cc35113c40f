"""A related box set inside a story: a related heading alone on its line ("Related", "Lesen Sie
auch", "À lire aussi", "Leggi anche", "Lee también", "Leia também", "Lees ook", "Czytaj też"),
one to BOX_LINES_MAX headline-sized lines (the linked headlines), and then the story going on
with long paragraphs. A related section closing the story has its list of headlines (often with
teasers, dates or kickers between them) run on to the page's chrome; a box inside the story is
short, and the story's own paragraphs follow it straight away, about the same thing as the story
above it (they share some of its longer words). Language-independent past the heading: shapes and
shared words only.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processors.cleaning.blocks import Block
from services.processors.cleaning.topic_words import topic_words

BOX_LINES_MAX = 3  # linked headlines a story's related box holds
BOX_LINE_WORDS_MIN = 4  # a linked headline says something; a name ("Jane Doe") opens an about box
BOX_LINE_WORDS_MAX = 20  # a headline's length; a resumed paragraph is longer
RESUMED_PARAGRAPHS = 2  # consecutive long paragraphs right under the box: the story goes on
TOPIC_SHARED_MIN = 3  # distinct longer words the resumed paragraphs share with the story above
TOPIC_SHARE_MIN = 0.15  # and the share of the resumed paragraphs' distinct longer words that is


def shares_topic(paragraphs: Sequence[Block], story: Sequence[Block]) -> bool:
    """``paragraphs`` are about the same thing as ``story``: they share TOPIC_SHARED_MIN distinct
    longer words with it, and TOPIC_SHARE_MIN of their own distinct longer words."""
    words = topic_words(paragraphs)
    return len(words & topic_words(story)) >= max(TOPIC_SHARED_MIN, TOPIC_SHARE_MIN * len(words))


def related_box_end(blocks: Sequence[Block], verdicts: Sequence[object], start: int, at: int, end: int) -> int | None:
    """Where the story resumes under the related heading at ``at`` when that heading opens a box
    set inside the story run [start, end): the index of the first resumed paragraph, None when
    the heading opens a closing related section (or anything that is not such a box).

    The box's lines are the 1..BOX_LINES_MAX blocks right under the heading, each of
    BOX_LINE_WORDS_MIN to BOX_LINE_WORDS_MAX words; the RESUMED_PARAGRAPHS blocks under them, all inside the run, are
    unmarked sentences longer than that, and share TOPIC_SHARED_MIN longer words, and
    TOPIC_SHARE_MIN of theirs, with the story's blocks above the heading."""
    for lines in range(1, BOX_LINES_MAX + 1):
        box = blocks[at + 1 : at + 1 + lines]
        if len(box) < lines or not BOX_LINE_WORDS_MIN <= box[-1].n_words <= BOX_LINE_WORDS_MAX:
            return None
        resumed = at + 1 + lines
        after = blocks[resumed : resumed + RESUMED_PARAGRAPHS]
        if resumed + RESUMED_PARAGRAPHS > end:
            return None
        if all(
            verdicts[resumed + k] is None and b.sentence and b.n_words > BOX_LINE_WORDS_MAX for k, b in enumerate(after)
        ):
            return resumed if shares_topic(after, blocks[start:at]) else None
    return None
