"""Shop boxes a page sets between a story's paragraphs (an affiliate teaser: a label, the brand,
the item, its price alone on a line, a "To the shop" button), read in page text, where the box's
frame is gone.

A box is a stretch of 2 to BOX_BLOCKS_MAX short lines (no sentence, at most BOX_LINE_WORDS
words each, whatever verdict the local pass gave them, none a comment or legal line) holding a
price line: an amount with a currency sign or code and nothing else ("24,99 €", "$19.99",
"CHF 45.-"). No word list: the price's shape says it in any language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

BOX_BLOCKS_MAX = 12
BOX_LINE_WORDS = 16  # an embedded post's credit: "A post shared by Jane Doe (@jdoe) on Apr 21, 2019 at 4:40am PDT"
_CURRENCY = r"(?:€|\$|£|¥|zł|EUR|USD|GBP|CHF|PLN)"
_AMOUNT = r"\d{1,3}(?:[.\s]\d{3})*(?:[.,](?:\d{2}|-{1,2}))?"
_PRICE = re.compile(
    rf"(?:ab\s|from\s|dès\s|desde\s|da\s|od\s|vanaf\s)?(?:{_CURRENCY}\s?{_AMOUNT}|{_AMOUNT}\s?{_CURRENCY})"
)
_NOT_IN_BOX = frozenset({"comments", "legal", "credit"})


def is_price_line(block: Block) -> bool:
    """A line that is an amount of money alone ("24,99 €", "$19.99", "ab 110,00 €")."""
    return block.n_words <= 4 and _PRICE.fullmatch(block.text.strip()) is not None


def box_end(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], at: int) -> int | None:
    """The end of the shop box opening at block ``at`` (see the module docstring), else None."""
    end = at
    while (
        end < len(blocks)
        and end - at < BOX_BLOCKS_MAX
        and verdicts[end] not in _NOT_IN_BOX
        and not blocks[end].sentence
        and blocks[end].n_words <= BOX_LINE_WORDS
    ):
        end += 1
    if end - at < 2 or not any(is_price_line(blocks[i]) for i in range(at, end)):
        return None
    return end
