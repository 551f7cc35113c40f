"""A story's lead (standfirst, teaser): the paragraph or two a page sets between its headline and
the story's first run of prose, cut off from that run by the header's furniture (a date, a byline,
a share bar, a picture credit, a table of contents). The run's weight does not reach it across
that furniture, so it is looked for on its own: above the run, past short lines only, and about
the same thing as the run (it shares some of the run's longer words; a teaser of another story or
a site's notice does not). Language-independent: shapes and shared words only.

A story's summary (``story_summary``): the few headline-sized lines a page sets between the
story's date or byline and its first paragraph (a dek, then bullet points: "Hohe Speicher- und
Transportfähigkeit als wesentliche Vorteile"). They look like a list of headlines, and are read
as one before the runs are found; set straight under the header's stamp and straight over the
story's first run, and about the same thing as it, they are the story's.

Runs are [start, end) index pairs over a page's blocks, weighed by the classifier's weights.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processors.cleaning.blocks import Block
from services.processors.cleaning.header import STAMP_VERDICTS
from services.processors.cleaning.topic_words import topic_words

LEAD_LOOKBACK = 45  # blocks of header furniture between a lead and its story's run
LEAD_WEIGHT_MIN = 1.5  # a lead is a paragraph of some 120 characters or more
TOPIC_SHARED_MIN = 2  # distinct longer words a lead shares with its story's run
TOPIC_SHARE_MIN = 0.1  # and the share of the lead's distinct longer words that is
RUN_WORDS_BLOCKS = 12  # paragraphs of the run read for its words
_CREDITS = frozenset({"caption", "credit"})  # a paragraph above a picture's credit is its caption
SUMMARY_LINES_MIN, SUMMARY_LINES_MAX = 3, 4  # a headline and a dek may be a teaser's too; bullets are not
SUMMARY_WORDS = (3, 25)  # a summary line is headline-sized
_SUMMARY_VERDICTS = frozenset({None, "related-links"})


def _is_lead_paragraph(verdicts: Sequence[object], weights: Sequence[float], i: int) -> bool:
    return i >= 0 and verdicts[i] is None and weights[i] >= LEAD_WEIGHT_MIN


def story_lead(
    blocks: Sequence[Block],
    verdicts: Sequence[object],
    weights: Sequence[float],
    run: tuple[int, int],
) -> tuple[int, int] | None:
    """The [start, end) of the lead above ``run``, None when there is none.

    Read upward from the run's start over at most LEAD_LOOKBACK blocks: every block passed over
    weighs under LEAD_WEIGHT_MIN (furniture and short lines, never a paragraph) or is a picture's
    caption (right above a block marked "caption" or "credit"), and is no story header's headline
    (a negative weight under -100: another story begins there); the first unmarked block weighing
    LEAD_WEIGHT_MIN or more, with one more such block right above it or above one unmarked short
    line right above it, is the lead when its longer words (see ``topic_words``)
    include TOPIC_SHARED_MIN and TOPIC_SHARE_MIN of them that the run's first RUN_WORDS_BLOCKS
    blocks use too."""
    start, end = run
    at = None
    for i in range(start - 1, max(start - 1 - LEAD_LOOKBACK, -1), -1):
        if weights[i] >= LEAD_WEIGHT_MIN and verdicts[i + 1] not in _CREDITS:
            at = i
            break
        if weights[i] < -100:
            return None
    if at is None or verdicts[at] is not None:
        return None
    top = at
    if _is_lead_paragraph(verdicts, weights, at - 1):
        top = at - 1
    elif (
        at >= 2
        and verdicts[at - 1] is None
        and -100 < weights[at - 1] < 0
        and _is_lead_paragraph(verdicts, weights, at - 2)
    ):
        top = at - 2  # over a short line between the lead's two paragraphs (an interview's "X talks to Y")
    lead = topic_words(blocks[top : at + 1])
    story = topic_words(blocks[start : min(end, start + RUN_WORDS_BLOCKS)])
    shared = len(lead & story)
    if shared < TOPIC_SHARED_MIN or shared < TOPIC_SHARE_MIN * len(lead):
        return None
    return top, at + 1


def story_summary(blocks: Sequence[Block], verdicts: Sequence[object], run: tuple[int, int]) -> tuple[int, int] | None:
    """The [start, end) of the summary right above ``run`` (see the module docstring), None when
    there is none: SUMMARY_LINES_MIN to SUMMARY_LINES_MAX unmarked or related-links lines of
    SUMMARY_WORDS words straight above the run's first block, a date or byline straight above
    them, and their longer words include TOPIC_SHARED_MIN that the run's first RUN_WORDS_BLOCKS
    blocks use too."""
    start = run[0]
    top = start
    low, high = SUMMARY_WORDS
    while (
        top > 0
        and start - top < SUMMARY_LINES_MAX
        and verdicts[top - 1] in _SUMMARY_VERDICTS
        and low <= blocks[top - 1].n_words <= high
    ):
        top -= 1
    if start - top < SUMMARY_LINES_MIN or top == 0 or verdicts[top - 1] not in STAMP_VERDICTS:
        return None
    summary = topic_words(blocks[top:start])
    story = topic_words(blocks[start : min(run[1], start + RUN_WORDS_BLOCKS)])
    return (top, start) if len(summary & story) >= TOPIC_SHARED_MIN else None
