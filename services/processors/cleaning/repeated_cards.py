"""Repeated cards in page text: teasers a page sets in one template, found by the line the template
repeats.

Markup shows a list of teasers as link boxes built from one template; in page text each box is a
stack of the same lines in the same order (a headline, a teaser of a line or two, short labels
such as a section or a tag) with one short line that is the same in every card: the link under
it ("Weiterlesen", "Zum Download", "Czytaj więcej"), or a section label over it. A story repeats
no line at a fixed period between its paragraphs, and its paragraphs run longer than a teaser.

A repeated card run is CARDS_MIN or more cards in a row, each PERIOD_MIN to PERIOD_MAX blocks:

- one position holds the anchor, a short line (at most ANCHOR_WORDS_MAX words, no sentence) with
  the same text in every card and nowhere else in the card;
- every card has the same shape, block by block: the anchor, a headline-shaped line of at least
  HEADLINE_WORDS_MIN words, a short label (at most ANCHOR_WORDS_MAX words, no sentence), or a
  teaser (a sentence of at most TEASER_WORDS_MAX words); each card holds a headline and a teaser,
  and no other block (a table's cells, "14 de marzo a 13 de mayo", are no teaser);
- every block is unmarked or read as navigation or related links (a line the local pass already
  took as an image credit, an agency tag or an advert repeats under a story's own slides);
- at most one card asks a question (an FAQ's answers under "Back to top" are content);
- a dated card (a blog's or a newsroom's excerpt card: title, date, excerpt, "Read more") carries
  a line the local pass read as a publication stamp, once, and at least a title and a teaser; its
  teaser may run to EXCERPT_WORDS_MAX words (a blog cuts its excerpts at a fixed length, 55 words
  by default), and its title may be a sentence: a story sets no date under each of its
  paragraphs at a fixed period, so in a dated card a title and a teaser are one kind of block;
- the run ends before the first card of another shape (a card whose headline the page left out,
  a caption set in one card): the cards above it are still the template's;
- the stack does not go on right above or below the run in the same shape with another short
  label in the anchor's place: that is a table whose column of categories repeats a value in
  neighbouring rows.

Nothing in this reads words, so it holds in any language. card_lists.closed_card_spans reads
three-line cards closed by a link line, three or more, with teasers of any length; this reads
templates of three to six lines, two cards or more, with teasers of a sentence or two.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.headline_lists import LONG_HEADLINE_WORDS_MAX, is_headline_shaped

PERIOD_MIN = 3
PERIOD_MAX = 6
CARDS_MIN = 2
CARDS_MAX = 40  # cards counted in one run: bounds the scan on a page of one line repeated
ANCHOR_WORDS_MAX = 4
HEADLINE_WORDS_MIN = 4  # a teaser's headline says something; "Net Tension" over its options is a setting's name
TEASER_WORDS_MAX = 40
EXCERPT_WORDS_MAX = 64  # a dated card's excerpt: 55 words cut, with a "[…]" or a trailing label
STAMP_WORDS_MAX = 12  # a card's date line, with its writer's name at most
_STAMP: RemovalReason = "publication-stamp"
_OPEN: tuple[RemovalReason | None, ...] = (None, "navigation", "related-links")


def repeated_card_spans(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None]) -> list[tuple[int, int]]:
    """[start, end) of every repeated card run (see the module docstring), in order, never
    overlapping; the first run found from the left wins. At most O(n * PERIOD_MAX**2 * CARDS_MAX)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks):
        end = _run_from(blocks, verdicts, i)
        if end is None:
            i += 1
        else:
            spans.append((i, end))
            i = end
    return spans


def _run_from(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], start: int) -> int | None:
    """The end of a repeated card run starting at ``start``, if one does (the shortest period first)."""
    for period in range(PERIOD_MIN, PERIOD_MAX + 1):
        for offset in range(period):
            cards = _cards_with_anchor(blocks, verdicts, start, period, start + offset)
            if cards < CARDS_MIN:
                continue
            cards = _alike_cards(blocks, verdicts, start, period, cards, start + offset)
            shape = _run_shape(blocks, verdicts, start, period, cards, start + offset) if cards >= CARDS_MIN else None
            if shape is not None and not _table_goes_on(blocks, verdicts, start, period, cards, offset, shape):
                return start + cards * period
    return None


def _alike_cards(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], start: int, period: int, cards: int, at: int
) -> int:
    """How many of the ``cards`` from ``start`` have the first card's shape (a dated card's read
    with its title and teasers as one kind): the run ends before a card of another shape."""
    norm = blocks[at].norm
    first = _card_shape(blocks, verdicts, range(start, start + period), norm)
    fold = _dated if "D" in first else str
    like = fold(first)
    for c in range(1, cards):
        card = range(start + c * period, start + (c + 1) * period)
        if fold(_card_shape(blocks, verdicts, card, norm)) != like:
            return c
    return cards


def _is_anchor(block: Block, verdict: RemovalReason | None) -> bool:
    return verdict in _OPEN and 1 <= block.n_words <= ANCHOR_WORDS_MAX and not block.sentence


def _cards_with_anchor(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], start: int, period: int, at: int
) -> int:
    """How many whole cards from ``start`` repeat the anchor at ``at`` at the same place."""
    if at >= len(blocks) or not _is_anchor(blocks[at], verdicts[at]):
        return 0
    norm = blocks[at].norm
    cards = 0
    while (
        cards < CARDS_MAX
        and start + (cards + 1) * period <= len(blocks)
        and blocks[at + cards * period].norm == norm
        and verdicts[at + cards * period] in _OPEN
    ):
        cards += 1
    return cards


def _run_shape(
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    start: int,
    period: int,
    cards: int,
    at: int,
) -> str | None:
    """The cards' one shape, when every card has it, with a headline and a teaser and the anchor
    once, and at most one card asks; else None."""
    norm = blocks[at].norm
    shapes = set()
    asking = 0
    for c in range(cards):
        card = range(start + c * period, start + (c + 1) * period)
        shapes.add(_card_shape(blocks, verdicts, card, norm))
        asking += any(blocks[k].text.rstrip().endswith(("?", "？")) for k in card)
    if asking > 1:
        return None
    if len(shapes) == 1:
        (shape,) = shapes
        if shape.count("A") == 1 and "H" in shape and "T" in shape and "D" not in shape and not {"X", "E"} & set(shape):
            return shape
    dated = {_dated(shape) for shape in shapes}
    if len(dated) != 1:
        return None
    (shape,) = dated
    if shape.count("A") != 1 or shape.count("D") != 1 or shape.count("P") < 2 or "X" in shape:
        return None
    return shape


def _dated(shape: str) -> str:
    """A dated card's shape, its title and teasers one kind ("P"); no shape of a card without a date
    line ("X" in its place)."""
    if "D" not in shape:
        return "X"
    return shape.translate(_PROSE)


_PROSE = str.maketrans({"H": "P", "T": "P", "E": "P"})


def _table_goes_on(
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    start: int,
    period: int,
    cards: int,
    offset: int,
    shape: str,
) -> bool:
    """The rows of a table, not cards: right above or below the run the stack goes on in the same
    shape with another short label where the anchor stands (a column of categories, "Kuchen",
    "Kuchen", "Suppe", whose equal neighbours are no template's link)."""
    row = shape[:offset] + "L" + shape[offset + 1 :]
    norm = blocks[start + offset].norm
    for low in (start - period, start + cards * period):
        if (
            0 <= low
            and low + period <= len(blocks)
            and _fold(_card_shape(blocks, verdicts, range(low, low + period), norm), row) == row
        ):
            return True
    return False


def _fold(shape: str, like: str) -> str:
    """``shape`` read as ``like`` is: a dated card's title and teasers as one kind when ``like`` is dated."""
    return _dated(shape) if "P" in like else shape


def _card_shape(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], card: range, anchor: str) -> str:
    return "".join(_shape(blocks[k], verdicts[k], anchor) for k in card)


def _shape(block: Block, verdict: RemovalReason | None, anchor: str) -> str:
    """A card block's letter: A(nchor), D(ate), H(eadline), L(abel), T(easer), E(xcerpt, a dated
    card's teaser only) or X (no card's block)."""
    if verdict == _STAMP and block.n_words <= STAMP_WORDS_MAX:
        return "D"
    if verdict not in _OPEN:
        return "X"
    if block.norm == anchor:
        return "A"
    if block.n_words >= HEADLINE_WORDS_MIN and is_headline_shaped(block, LONG_HEADLINE_WORDS_MAX):
        return "H"
    if block.n_words <= ANCHOR_WORDS_MAX and not block.sentence:
        return "L"
    if block.sentence and block.n_words <= TEASER_WORDS_MAX:
        return "T"
    return "E" if block.sentence and block.n_words <= EXCERPT_WORDS_MAX else "X"
