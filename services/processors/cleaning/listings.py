"""Listings in page text: the code lines and quantity lines (a recipe's ingredients) an article
sets among its paragraphs, found by shape so that a run of them is read as the article's content
and not as the short, sentence-less lines of page chrome.

A code line carries a mark prose and headlines do not: a call (``name(``), an assignment or
comparison (``=``), a final ``;``, ``{`` or ``}``, a comment or prompt opening (``#``, ``//``,
``$``, ``>>>``), or, on a line opening in lowercase, a command-line option (`` -g``, ``--all``).
A quantity line opens with a number (``2``, ``1/2``, ``1 1/2``, ``1-2``, ``½``), a unit glued to
it or not (``120g``, ``2 tsp``), and then a lowercase word or a unit in capitals: "2 tsp dark soya
sauce", "4 EL Milch", not "3 Men charged" (a headline) nor "10. Title" (a rank). Neither shape
depends on the page's language.

Only a stretch of RUN_MIN or more such lines in a row counts: one line of either shape is as
likely a stray menu entry ("5 min read"). A ranking ("01. Name" ... "100. Name") is a listing too
when it runs to RANKED_MIN lines or more, each rank one on from the last. So is a recipe's list
set as pairs of lines, the amount on one ("50 ml", "1 Pck.", "2") and the ingredient on the next
("Milch"), when it runs to RUN_MIN pairs or more and most amounts carry a unit (``_paired_lines``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.processors.cleaning.blocks import Block

RUN_MIN = 3
RANKED_MIN = 10  # ranks in a row that make an article's ranking; a site's "most read" box ranks fewer
LISTING_WORDS_MAX = 30  # a listing line is a line, not a paragraph
LISTING_WEIGHT = 0.5  # what one line of a listing weighs in the article's run (a paragraph weighs more)

_CALL = re.compile(r"[A-Za-z_]\w*\(")
_ASSIGN = re.compile(r"[\w\])'\"] ?(?:[-+*/<>!=]?=) ?\S")
_OPENERS = ("#", "//", "$ ", ">>>", "/*")
_CLOSERS = (";", "{", "}", "{}", ");")
_OPTION = re.compile(r"\s--?[A-Za-z][\w-]*(?:\s|$)")
_RANK = re.compile(r"(\d{1,3})[.)]\s+\S")
_AMOUNT = re.compile(r"(?:\d+(?:[.,]\d+)?(?:\s?[/–-]\s?\d+)?|[½⅓⅔¼¾⅛])(?:\s?([^\W\d_]{1,6})\.?)?")
# Units a recipe writes with a capital (German nouns and abbreviations, English ones in title case).
_UNITS = frozenset(
    "el tl pck pkt päckchen msp prise prisen stück stk bund dose dosen glas becher tasse tassen zehe zehen "
    "scheibe scheiben blatt tbsp tsp cup cups oz lb lbs".split()
)
PAIRED_NAME_WORDS = 5  # an ingredient's name under its amount; a ranked headline is longer
_QUANTITY = re.compile(r"(?:\d+(?:[.,]\d+)?(?:\s?[/–-]\s?\d+(?:[.,]\d+)?)?|[½⅓⅔¼¾⅛])(?:\s\d+/\d+)?[^\W\d_]{0,4}\s")


def is_code_line(text: str) -> bool:
    """A line of a code listing or a shell session (see the module docstring)."""
    if not text or _is_sentence_like(text):
        return False
    if text.startswith(_OPENERS) or text.endswith(_CLOSERS):
        return True
    if _CALL.search(text) or _ASSIGN.search(text):
        return True
    return text[0].islower() and _OPTION.search(text) is not None


def is_quantity_line(text: str) -> bool:
    """A line opening with a quantity and going on in lowercase or with a unit written in capitals
    ("4 EL Milch", "1 Pck. Backpulver", "2 Tbsp Butter"): an ingredient or a part."""
    match = _QUANTITY.match(text)
    if match is None:
        return False
    rest = text[match.end() :].lstrip("–- ")
    return rest[:1].islower() or rest.split(" ", 1)[0].rstrip(".").lower() in _UNITS


def _is_sentence_like(text: str) -> bool:
    """Prose that merely holds a mark ("Prices rose (again) = bad news."): capitalised words and a final stop."""
    return text[0].isupper() and text.endswith(".") and " " in text and "(" not in text.split(" ")[0]


def is_listing_line(block: Block) -> bool:
    """A code or quantity line of at most LISTING_WORDS_MAX words."""
    return block.n_words <= LISTING_WORDS_MAX and (is_code_line(block.text) or is_quantity_line(block.text))


def rank_of(text: str) -> int | None:
    """The rank a line opens with ("07. Name", "12) Name"), else None."""
    match = _RANK.match(text)
    return int(match.group(1)) if match else None


def _ranked_lines(blocks: Sequence[Block]) -> list[bool]:
    """Per block, whether it stands in a countdown or count-up of RANKED_MIN or more ranks in a row,
    each one more (or less) than the one before: a ranking the article lists, not a site's "most
    read" box, which ranks a handful."""
    ranks = [rank_of(block.text) if block.n_words <= LISTING_WORDS_MAX else None for block in blocks]
    inside = [False] * len(blocks)
    i, n = 0, len(blocks)
    while i < n:
        j, step = i + 1, 0
        while j < n and (diff := _rank_step(ranks[j - 1], ranks[j])) and step in (0, diff):
            step = diff
            j += 1
        if j - i >= RANKED_MIN:
            inside[i:j] = [True] * (j - i)
        i = j
    return inside


def _rank_step(before: int | None, after: int | None) -> int:
    """1 or -1 when ``after`` counts on from ``before`` (up or down), else 0."""
    if before is None or after is None or abs(after - before) != 1:
        return 0
    return after - before


def _amount_unit(text: str) -> str | None:
    """The unit of a line that is an amount alone ("50 ml", "1 Pck.", "1 sztuka"; "" for "2"), else None."""
    match = _AMOUNT.fullmatch(text)
    return None if match is None else match.group(1) or ""


def _paired_lines(blocks: Sequence[Block]) -> list[bool]:
    """Per block, whether it stands in a list of RUN_MIN or more amount and name pairs in a row
    (an amount alone on its line, then a name of at most PAIRED_NAME_WORDS words that is no
    sentence and no amount), a label ending in ":" allowed between pairs ("Belag:"), with more
    than half of the amounts carrying a unit: a recipe's ingredients, not a ranked box of headlines."""
    inside = [False] * len(blocks)
    i, n = 0, len(blocks)
    while i < n:
        j, pairs, units = i, 0, 0
        while j + 1 < n:
            unit = _amount_unit(blocks[j].text)
            name = blocks[j + 1]
            if unit is not None and name.n_words <= PAIRED_NAME_WORDS and not name.sentence:
                if _amount_unit(name.text) is None:
                    pairs, units, j = pairs + 1, units + bool(unit), j + 2
                    continue
            if pairs and blocks[j].text.endswith(":") and blocks[j].n_words <= PAIRED_NAME_WORDS:
                j += 1
                continue
            break
        if pairs >= RUN_MIN and units * 2 > pairs:
            inside[i:j] = [True] * (j - i)
            i = j
        else:
            i += 1
    return inside


def listing_lines(blocks: Sequence[Block]) -> list[bool]:
    """Per block, whether it stands in a stretch of RUN_MIN or more listing lines in a row, in
    a ranking of RANKED_MIN or more lines (``_ranked_lines``) or in a list of amount and name
    pairs (``_paired_lines``)."""
    shaped = [is_listing_line(block) for block in blocks]
    inside = [r or p for r, p in zip(_ranked_lines(blocks), _paired_lines(blocks), strict=True)]
    i, n = 0, len(blocks)
    while i < n:
        if not shaped[i]:
            i += 1
            continue
        j = i
        while j < n and shaped[j]:
            j += 1
        if j - i >= RUN_MIN:
            inside[i:j] = [True] * (j - i)
        i = j
    return inside
