"""Reader comment threads in page text, found by the cadence markup would have shown.

A comment opens with a head: a stamp line (a date or a clock time, in any language: its digits
carry it, not its words) next to a short name line (the commenter). One such pair is an
article's own byline and date; a thread is COMMENT_HEADS_MIN heads or more after the article's
first paragraph, naming two commenters or more, with a control between comments: a short line
that recurs from the first head on (the "Reply", "Like", "Report" under each comment, whatever
their language) standing right above a head. A table of names and dates has the first two but
not the third. Each head's two lines become "comments", and so does every recurring control. The structural pass then treats the thread like a
comments section: the article's prose run stops at it and nothing after it is taken for article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

COMMENT_HEADS_MIN = 2
STAMP_WORDS_MAX = 8
NAME_WORDS_MAX = 4
NAME_CHARS_MAX = 40
CONTROL_WORDS_MAX = 3
PROSE_WORDS_MIN = 8  # the article's first paragraph: heads above it are the article's own header
_CLOCK = re.compile(r"\b\d{1,2}[:h.]\d\d\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NAME_VERDICTS = frozenset({None, "comments", "navigation", "byline"})


def is_stamp_shaped(block: Block, verdict: RemovalReason | None) -> bool:
    """A short line stating when: a year or a clock time among few words, or a line the local pass
    found to be a publication stamp ("3 hours ago" included)."""
    if verdict == "publication-stamp":
        return True
    if block.sentence or block.n_words > STAMP_WORDS_MAX or verdict not in (None, "comments", "other-furniture"):
        return False
    return bool(_YEAR.search(block.text) or _CLOCK.search(block.text))


def is_name_shaped(block: Block, verdict: RemovalReason | None) -> bool:
    """A short line that may name a commenter ("Jane Doe", "jdoe42", "Jane Doe says:")."""
    return (
        verdict in _NAME_VERDICTS
        and not block.sentence
        and 1 <= block.n_words <= NAME_WORDS_MAX
        and len(block.text) <= NAME_CHARS_MAX
        and not is_stamp_shaped(block, None)
    )


def mark_comment_threads(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Mark the heads and recurring controls of a comment thread "comments" (see the module docstring)."""
    first_prose = next(
        (i for i, b in enumerate(blocks) if verdicts[i] is None and b.sentence and b.n_words >= PROSE_WORDS_MIN), None
    )
    if first_prose is None:
        return
    heads: list[tuple[int, int]] = []  # (stamp, name) positions
    for i in range(first_prose + 1, len(blocks)):
        if not is_stamp_shaped(blocks[i], verdicts[i]):
            continue
        for j in (i - 1, i + 1):
            if first_prose < j < len(blocks) and is_name_shaped(blocks[j], verdicts[j]):
                heads.append((i, j))
                break
    names = Counter(blocks[name].norm for _, name in heads)
    if len(heads) < COMMENT_HEADS_MIN or len(names) < 2 or _is_column(names.most_common(1)[0][1], len(heads)):
        return  # one name over and over is a table's column label, not a thread's commenters
    in_heads = {i for pair in heads for i in pair}
    start = min(min(pair) for pair in heads)
    short = [
        i
        for i in range(start, len(blocks))
        if i not in in_heads and verdicts[i] in (None, "comments") and _is_control_shaped(blocks[i])
    ]
    recurring = Counter(blocks[i].norm for i in short)
    controls = {i for i in short if recurring[blocks[i].norm] >= 2}
    if not any(min(pair) - 1 in controls for pair in heads):
        return  # no control recurring between the comments: a table or a timeline, not a thread
    for i in in_heads | controls:
        verdicts[i] = "comments"


def _is_column(top_count: int, heads: int) -> bool:
    """The commonest "name" heads most of the thread three times or more: a label, not a commenter."""
    return top_count >= 3 and 2 * top_count > heads


def _is_control_shaped(block: Block) -> bool:
    return not block.sentence and 1 <= block.n_words <= CONTROL_WORDS_MAX and bool(block.norm)
