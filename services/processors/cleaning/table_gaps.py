"""Table gaps in page text: a table or a list of figures the story sets between two of its kept
passages, dropped because its cells are short lines without sentences, the shape of page chrome.

A table reaches page text one cell per line ("Rohbenzin" / "10,72 Mio. t" / "12,40 Mio. t" /
"15,7 %"); so does a recipe's list of amounts or a product's specifications. Such lines weigh
nothing as prose, so the story's runs skip them and leave a gap inside the story. A gap is
taken back when it is bounded by kept blocks on both sides, holds GAP_MIN to GAP_MAX blocks,
none of which the local pass read as furniture (a line of figures alone, read as
"other-furniture", is a cell), none longer than CELL_WORDS words nor a sentence, and at least
FIGURE_SHARE of its blocks hold a digit, and no line without a digit recurs in it. Menus and lists
of related headlines between two parts of a story are lines of words, not of figures, and stay
out; so do cards of other stories with their figures ("łatwe" / "90 min." / "6 os." / "31" under
each title), whose labels recur from card to card where a table's row names do not.
Language-independent: shape only.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

GAP_MIN = 4  # fewer short lines between two passages are as likely a "read also" box
GAP_MAX = 80  # a table longer than this in one gap is a page's data dump, not the story's table
CELL_WORDS = 8  # "Flugturbinenkraftstoff, schwer", "Papryka ostra z Hiszpanii Knorr"
FIGURE_SHARE = 0.5  # a table of figures: at least every other cell holds a number
_CELL_VERDICTS = frozenset({None, "other-furniture"})  # the local pass reads a line of figures alone as furniture


def mark_table_gaps(
    blocks: Sequence[Block], local: Sequence[RemovalReason | None], verdicts: list[RemovalReason | None]
) -> None:
    """Clear the verdicts (``verdicts[i] = None``) of every block in a table gap (see the module
    docstring). ``local`` holds the local pass's verdicts, ``verdicts`` the final ones (None is
    kept). Linear in the number of blocks."""
    kept = [i for i, verdict in enumerate(verdicts) if verdict is None]
    for above, below in zip(kept, kept[1:], strict=False):
        gap = range(above + 1, below)
        if GAP_MIN <= len(gap) <= GAP_MAX and _is_table(blocks, local, gap):
            for i in gap:
                verdicts[i] = None


def _is_table(blocks: Sequence[Block], local: Sequence[RemovalReason | None], gap: range) -> bool:
    """Every block a cell (short, no sentence, not read as furniture but for a figure), and at
    least FIGURE_SHARE of them holding a digit, no line without one twice."""
    figures = 0
    words: set[str] = set()
    for i in gap:
        block = blocks[i]
        digit = any(c.isdigit() for c in block.text)
        if block.n_words > CELL_WORDS or block.sentence or local[i] not in _CELL_VERDICTS:
            return False
        if local[i] is not None and not digit:
            return False  # furniture without a figure ("- +", "»") is no table cell
        if not digit:
            if block.norm in words:
                return False  # a label recurring from card to card
            words.add(block.norm)
        figures += digit
    return figures >= FIGURE_SHARE * len(gap)
