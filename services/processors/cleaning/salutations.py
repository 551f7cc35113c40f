"""A letter's salutation over a story in page text: "Liebe Leserinnen und Leser,", "Dear
readers,", "Chers amis,", "Queridos lectores," set on a line of its own above the first
paragraph of an open letter, a farewell post or a statement. It belongs to the text it opens.

Shape only, no word list: a short line (at most SALUTATION_WORDS words, no sentence) opening
with a letter in capitals and ending in a comma, right above the story's first paragraph.
"""

from __future__ import annotations

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

SALUTATION_WORDS = 6


def is_salutation(block: Block, verdict: RemovalReason | None) -> bool:
    """An unmarked line shaped like a letter's salutation (see the module docstring)."""
    text = block.text.strip()
    return (
        verdict is None
        and not block.sentence
        and 1 <= block.n_words <= SALUTATION_WORDS
        and text.endswith(",")
        and text[:1].isupper()
    )
