"""Lists of entries clipped with their source: an encyclopedia's or dictionary's "see also" links.

A reference site lists related entries elsewhere as a clipped extract closed by an ellipsis and
the name of the work it comes from ("- Party system — A party system is a concept ... … Wikipedia",
"- micropolitics — noun The use of ... … Wiktionary"). One such line can be a quotation; a run of
them naming the same source again and again is a list of links, however long each extract is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

RUN_MIN = 3  # clipped entries in a row that make a list
SAME_SOURCE_MIN = 2  # of them naming one source: a list of one site's links, not a few quotations
# An ellipsis, then a source's name of one to four words, the first capitalised, and nothing after it (raw text).
_SOURCE_TAIL = re.compile(r"(?:…|\.\.\.) ?([A-Z][\w'’.&-]{0,30}(?: [\w'’.&-]{1,30}){0,3})$")
TAIL_CHARS = 140
LABEL_WORDS = 6  # only a line's end is read for the source


def clipped_source(text: str) -> str | None:
    """The source named after a closing ellipsis ("... … Wikipedia" -> "Wikipedia"), else None."""
    found = _SOURCE_TAIL.search(text[-TAIL_CHARS:].rstrip())
    return found.group(1) if found else None


def mark_source_lists(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Mark "related-links" every unmarked run of at least RUN_MIN blocks in a row that each close
    with an ellipsis and a source's name, when one source is named at least SAME_SOURCE_MIN times
    in the run; so is the list's own label right above it, a short line ending with a colon ("Look at
    other dictionaries:", "Siehe auch:"). Other blocks are left alone."""
    i = 0
    while i < len(blocks):
        if verdicts[i] is not None or clipped_source(blocks[i].text) is None:
            i += 1
            continue
        j = i
        sources: list[str] = []
        while j < len(blocks) and verdicts[j] is None:
            source = clipped_source(blocks[j].text)
            if source is None:
                break
            sources.append(source)
            j += 1
        if j - i >= RUN_MIN and Counter(sources).most_common(1)[0][1] >= SAME_SOURCE_MIN:
            verdicts[i:j] = ["related-links"] * (j - i)
            if i > 0 and verdicts[i - 1] is None and _is_lead_in(blocks[i - 1]):
                verdicts[i - 1] = "related-links"
        i = j


def _is_lead_in(block: Block) -> bool:
    """A list's label: at most LABEL_WORDS words, ending with a colon."""
    return block.n_words <= LABEL_WORDS and block.text.rstrip().endswith(":")
