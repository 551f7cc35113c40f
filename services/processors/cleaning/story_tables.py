"""A table of figures inside a story, in page text: the story's prose goes on under it.

A table reaches page text one cell per line ("Release" / "Date" / "4.2.3" / "April 2014" / ...).
Its cells weigh nothing as prose, so the story's densest run stops above a long table and the
paragraphs under it, however much the story's, fall outside. A table is told from page chrome by
shape alone: TABLE_MIN to TABLE_MAX short lines (table_gaps.CELL_WORDS words at most, no sentence,
none opening a comments, related, credits or legal section; a column labelled like a comment
form's field, "Name" or "Website", and an acronym read as initials, "SUSE", are cells), at least
FIGURE_SHARE of them holding a digit, and no line without a digit more than LABEL_REPEATS_MAX
times (the cards of other stories repeat their labels on every card; a second table over the same
rows names each row again). The story resumes under it when the first block under the table is an
unmarked paragraph about the same thing as the story (story_boxes.shares_topic). The cells stay
outside the span here; table_gaps.py takes back a gap of plain cells between two kept passages.
Language-independent: shape and shared words only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.signals import is_initials
from services.processors.cleaning.story_boxes import shares_topic
from services.processors.cleaning.story_runs import heaviest_prefix
from services.processors.cleaning.table_gaps import CELL_WORDS, FIGURE_SHARE

TABLE_MIN = 6  # cells: two rows of three; fewer short lines are as likely a box or a byline
TABLE_MAX = 200  # cells: forty rows of five; a longer run of short lines is a page's data dump
PARAGRAPH_WORDS_MIN = 15  # the resumed paragraph is prose, not a table's note
TABLES_MAX = 6  # tables a story's prose is followed across
NAMED_SHARE = 0.3  # a table of names: one column of figures beside two of names (rank, name, region, population)
LABEL_REPEATS_MAX = 2  # a row's name may recur once (a second table of the same rows); a card's label recurs on
_ENDS = frozenset({"comments", "related-links", "credit", "legal", "subscription-prompt"})
# A comment form's field labels among the comments markers, which also label a table's column.
FORM_FIELDS = frozenset({"name", "website", "your name", "your email"})
RECORD_WINDOW = 40  # blocks either side of a field label within which its repeats make it a record's label
RECORD_REPEATS = 2  # further labels alike: a cookie notice's "Name / cc1601 / Dauer / 1 Jahr" rows


def table_end(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], at: int) -> int | None:
    """The end of the table of figures opening at block ``at`` (see the module docstring), None
    when the blocks from ``at`` are no such table."""
    figures, end = 0, at
    labels: Counter[str] = Counter()
    while end < len(blocks) and end - at < TABLE_MAX:
        block = blocks[end]
        if (
            block.n_words > CELL_WORDS
            or block.sentence
            or verdicts[end] in _ENDS
            and not _is_cell(block, verdicts[end])
        ):
            break
        if any(c.isdigit() for c in block.text):
            figures += 1
        else:
            labels[block.norm] += 1
            if labels[block.norm] > LABEL_REPEATS_MAX:
                return None  # a label recurring from card to card
        end += 1
    if end - at < TABLE_MIN or figures < FIGURE_SHARE * (end - at):
        return None
    return end


def _is_cell(block: Block, verdict: RemovalReason | None) -> bool:
    """A line the local pass marked as a section's opening that a table holds as a cell: a column
    labelled like a comment form's field ("Name") or an acronym read as a writer's initials ("SUSE",
    "SPD", "GER")."""
    return verdict == "comments" and block.norm in FORM_FIELDS or verdict == "credit" and is_initials(block.text)


def heads_table(blocks: Sequence[Block], at: int) -> bool:
    """Block ``at`` is a column label shaped like a comment form's field ("Name") over a table: at
    least TABLE_MIN short lines under it (no sentence) before the next sentence or long line, at
    least NAMED_SHARE of them holding a digit (a table of people or places: a column of figures
    beside columns of names). A comment form's fields stand among labels and sentences instead.
    So is such a label recurring RECORD_REPEATS times or more in the RECORD_WINDOW blocks either side:
    each record of a list names its fields again (a cookie notice's "Name", "Dauer", "Zweck"), a
    comment form asks for a name once."""
    norm = blocks[at].norm
    if norm not in FORM_FIELDS:
        return False
    around = [*blocks[max(0, at - RECORD_WINDOW) : at], *blocks[at + 1 : at + 1 + RECORD_WINDOW]]
    if sum(b.norm == norm for b in around) >= RECORD_REPEATS:
        return True
    end = at + 1
    while (
        end < len(blocks) and end - at <= TABLE_MAX and not blocks[end].sentence and blocks[end].n_words <= CELL_WORDS
    ):
        end += 1
    cells = blocks[at + 1 : end]
    return len(cells) >= TABLE_MIN and sum(any(c.isdigit() for c in b.text) for b in cells) >= NAMED_SHARE * len(cells)


def across_tables(
    spans: list[tuple[int, int]],
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    weights: Sequence[float],
    section_end: Callable[[int], int],
) -> list[tuple[int, int]]:
    """``spans`` (in order) with the story's prose under each table of figures its last span ends
    at: the heaviest run opening at the first paragraph under the table, up to
    ``section_end(at)`` (the next comments or related section from there), when that paragraph is
    an unmarked sentence of PARAGRAPH_WORDS_MIN words or more about the same thing as the spans."""
    spans = list(spans)
    for _ in range(TABLES_MAX):
        if not spans:
            break
        at = table_end(blocks, verdicts, spans[-1][1])
        if at is None or at >= len(blocks):
            break
        block = blocks[at]
        if verdicts[at] is not None or not block.sentence or block.n_words < PARAGRAPH_WORDS_MIN:
            break
        story = [blocks[i] for s, e in spans for i in range(s, e) if verdicts[i] is None]
        if not shares_topic([block], story):
            break
        stop, weight = heaviest_prefix(weights[: max(section_end(at + 1), at + 1)], at)
        if weight <= 0:
            break
        spans.append((at, stop))
    return spans
