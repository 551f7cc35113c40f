"""A menu or breadcrumb copied onto one line of page text, known by its shape in any language.

A site's menu, footer links or breadcrumb come out of a page as one line of short items between
separators: "Impressum | Datenschutz | AGB", "Start · Blog · Rentenpolitik", "Forum • Kontakt •
Einen Missbrauch melden". A story's sentence never sets three short phrases between pipes or dots;
a table's row does, but with its figures. A menu line has

- at least MENU_ITEMS_MIN items split at "|", "·" or "•" (one kind of separator throughout);
- every item of one to ITEM_WORDS_MAX words, without a digit (a table row, a score or a date has one),
  a colon or a closing full stop (a sentence's parts have them: "Er sagte: wir bauen | ... zahlen."),
  or code's brackets and operators (Ruby's block "{ |x| x.downcase }");
- at most LINE_WORDS_MAX words in all.

Read in page text only (``mark_menu_lines``, before the story's runs are found): in trafilatura's
text of an HTML page such a line is a table's header row, which the page marked up as content.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

MENU_ITEMS_MIN = 3
ITEM_WORDS_MAX = 4
LINE_WORDS_MAX = 30
_SEPARATORS = ("|", "·", "•")
_CODE_MARKS = frozenset("{}[]()=;<>")


def mark_menu_lines(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "navigation" to every unmarked block that is a menu line."""
    for i, block in enumerate(blocks):
        if verdicts[i] is None and block.n_words <= LINE_WORDS_MAX and is_menu_line(block.text):
            verdicts[i] = "navigation"


def is_menu_line(text: str) -> bool:
    """``text`` is a line of menu items between separators (see the module docstring)."""
    for separator in _SEPARATORS:
        if text.count(separator) < MENU_ITEMS_MIN - 1:
            continue
        items = [item.strip() for item in text.split(separator)]
        items = [item for item in items if item]
        if len(items) < MENU_ITEMS_MIN or sum(len(item.split()) for item in items) > LINE_WORDS_MAX:
            return False
        return all(map(_is_menu_item, items))
    return False


def _is_menu_item(item: str) -> bool:
    return (
        len(item.split()) <= ITEM_WORDS_MAX
        and ":" not in item
        and not item.endswith(".")
        and not any(c.isdigit() or c in _CODE_MARKS for c in item)
    )
