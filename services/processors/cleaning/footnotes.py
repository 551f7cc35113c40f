"""Footnotes under a story: a site's disclaimer tied to a marked word ("*Bonus value is an
estimated value ...", "† Terms apply", "*Angebot gilt nur für Neukunden").

A footnote opens with its mark: a dagger, or an asterisk glued to its first word or set one space
before a capital (a bullet "* item" in plain text has a space and runs among other bullets; an
emphasised "*word*" closes with an asterisk too). It is a site's fine print only when a block
above that is no prose paragraph carries the same mark glued to a word or figure (an offer box's
"BONUS VALUATION*: $1,600", a button's "Get $500†"); a note marked from a story's sentence ("...
is being restored.*" then "* We have received reports ...") is the story's own update. Read only
below most of the story's paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

FOOTNOTE_WORDS = 60  # fine print runs to a sentence or three
STORY_MIN = 2  # prose paragraphs above the footnote: a story has been told
# The mark, then the note's first letter (raw text).
# A word or figure carrying a footnote mark (raw text): "VALUATION*", "$500†", "apply.*".
_REFERENCE = re.compile(r"[\w.)%$€£](?:\*{1,3}|[†‡]{1,3})(?!\w)")
_FOOTNOTE_MARK = re.compile(r"^(?:[†‡]{1,3} ?|\*{1,3}(?=[^\W\d_])|\*{1,3} (?=[A-ZÀ-Þ]))[^\W\d_]")


def is_footnote(block: Block) -> bool:
    """Opens with a footnote mark, is at most FOOTNOTE_WORDS long, and is no "*emphasis*"."""
    text = block.text
    return (
        block.n_words <= FOOTNOTE_WORDS
        and text[:1] in "*†‡"
        and not text.rstrip().endswith("*")
        and _FOOTNOTE_MARK.match(text) is not None
    )


def mark_footnotes(
    blocks: Sequence[Block], verdicts: list[RemovalReason | None], is_paragraph: Callable[[Block], bool]
) -> None:
    """Mark "legal" each unmarked footnote whose mark a block above, no prose paragraph, carries glued to a word, with
    at least STORY_MIN of the kept prose paragraphs above it and no more of them below than above. ``is_paragraph(block)``: the block is a full
    prose paragraph (the caller's measure)."""
    paragraphs = [i for i, v in enumerate(verdicts) if v is None and is_paragraph(blocks[i])]
    referenced: set[str] = set()  # the marks seen glued to a word so far
    for i, block in enumerate(blocks):
        if verdicts[i] is not None or not is_footnote(block) or block.text[0] not in referenced:
            if not is_paragraph(block):
                referenced.update(m.group(0)[1] for m in _REFERENCE.finditer(block.text))
            continue
        above = sum(1 for j in paragraphs if j < i)
        if above >= STORY_MIN and above >= len(paragraphs) - above - (i in paragraphs):
            verdicts[i] = "legal"
