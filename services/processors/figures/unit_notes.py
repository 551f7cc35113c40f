"""Unit notes: a table's word on the scale of its numbers ("Figures are in thousands of tonnes",
"in millions of dollars", "(in thousands)"), which is no vague magnitude.

README ("What counts as a figure"): "thousands" of people is a vague magnitude, but a note
that says in what scale a table is written counts nothing. ``unit_note_end(tokens, i, floor,
ceiling)`` gives the last token of such a note whose scale word is tokens[i], or None. The scale
word (SCALE_WORDS) follows "in" and one of:

- "(" comes right before "in" ("Sales (in millions)");
- a word of a table's numbers (NOTE_CUES: "figures", "amounts", "expressed", ...) is at most
  CUE_GAP tokens before "in" ("All amounts in billions of yen", "Figures are in thousands");
- a word of exception follows ("in thousands, except per share data");
- "of" and a unit or currency follow ("in millions of dollars", "in thousands of tonnes").

"Found in thousands of homes", "lost in the millions" and "they came in thousands." stay vague
magnitudes.
"""

from __future__ import annotations

from services.processors.figures.lexicon import lexicon
from services.processors.figures.tokens import Token

SCALE_WORDS = frozenset(("thousands", "millions", "billions", "trillions"))
NOTE_CUES = frozenset(
    """figures figure amounts amount values value numbers data totals expressed stated shown given
    denominated reported quoted""".split()
)
EXCEPTIONS = frozenset(("except", "unless", "excluding"))
CUE_GAP = 4


def unit_note_end(tokens: list[Token], i: int, floor: int, ceiling: int) -> int | None:
    """Last token of the unit note whose scale word is tokens[i] (module docstring), or None."""
    if tokens[i].lower not in SCALE_WORDS or i - 1 < floor or tokens[i - 1].lower != "in":
        return None
    after = tokens[i + 1] if i + 1 < ceiling else None
    if after is not None and after.lower == "of":
        unit = tokens[i + 2] if i + 2 < ceiling else None
        words = lexicon()
        if unit is not None and (unit.lower in words.measures or unit.lower in words.currencies):
            return i + 2  # "in millions of dollars", "in thousands of tonnes"
    if i - 2 >= floor and tokens[i - 2].text == "(":
        return i  # "(in thousands)"
    if any(tokens[k].lower in NOTE_CUES for k in range(max(floor, i - 1 - CUE_GAP), i - 1)):
        return i  # "Figures are in thousands of tonnes"
    if any(tokens[k].lower in EXCEPTIONS for k in range(i + 1, min(ceiling, i + 3))):
        return i  # "in thousands, except per share data"
    return None
