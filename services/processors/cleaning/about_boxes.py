"""A box about the writer closing a post in page text: a heading "About <Name>" and a short biography.

Blogs close a post with a box on its writer: a heading naming them ("Über Anna Muster", "About Jane
Doe", "À propos de Marie", "Sobre Juan", "Über Steffi 1009 Artikel" with the writer's post count)
and one or two short paragraphs ("Ich bin Steffi, ...", "I write about ..."). In page text the box
reads as the story's last section. It is the writer's box when

- the heading is "About" / "Über" / "À propos de" / "Sobre" / "Acerca de" / "Informazioni su" and one
  to four capitalised words, at most followed by a count and one word;
- at most BIO_BLOCKS unmarked paragraphs follow it, and no story paragraph follows them;
- every paragraph of the biography speaks in the first person singular (a story's last subheading, "Über Geld",
  heads a paragraph about its subject, not the writer's "I");
- at least STORY_PARAGRAPHS story paragraphs lie above the heading.

The heading and the biography are then "credit". Pure functions on blocks and verdicts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

BIO_BLOCKS = 2
STORY_PARAGRAPHS = 2
HEADING_WORDS_MAX = 8
# "Über Anna Muster", "About Jane Doe", "Über Steffi 1009 Artikel" (raw text).
_ABOUT_HEADING = re.compile(
    r"(?:About|Über|À propos de|A propos de|Sobre|Acerca de|Informazioni su)"
    r" (?:[A-ZÀ-Þ][\w.'’-]{1,30}(?: [A-ZÀ-Þ][\w.'’-]{1,30}){0,3})(?: \d{1,6} \w{3,12})? ?$"
)
# The first person singular, in English (as written: "I"), German, French, Spanish, Italian, Portuguese,
# Dutch and Polish (normalised tokens); words that are another language's common words ("ja", "ma", "i") are left out.
_FIRST_PERSON = frozenset(
    "me my mine myself ich mich mir mein meine meinen meinem meiner moi mon mes yo mí mis mio mia miei eu meu minha "
    "ik mijn mnie mój moja moje".split()
)


def mark_about_boxes(
    blocks: Sequence[Block], verdicts: list[RemovalReason | None], is_paragraph: Callable[[Block], bool]
) -> None:
    """Give "credit" to the last writer's box of the page (see the module docstring)."""
    kept_paragraphs = [i for i, v in enumerate(verdicts) if v is None and is_paragraph(blocks[i])]
    if len(kept_paragraphs) <= STORY_PARAGRAPHS:
        return
    for at in range(len(blocks) - 2, -1, -1):
        block = blocks[at]
        if verdicts[at] is not None or block.n_words > HEADING_WORDS_MAX:
            continue
        if _ABOUT_HEADING.match(block.text) is None:
            continue
        bio = _biography(blocks, verdicts, at + 1, is_paragraph)
        above = sum(1 for i in kept_paragraphs if i < at)
        after = bio[-1] + 1 if bio else at + 1
        if (
            bio
            and above >= STORY_PARAGRAPHS
            and not any(i >= after for i in kept_paragraphs)
            and all(map(_in_first_person, (blocks[i] for i in bio)))
        ):
            for i in (at, *bio):
                verdicts[i] = "credit"
        return  # only the last heading of this shape is read


def _biography(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], start: int, is_paragraph: Callable[[Block], bool]
) -> list[int]:
    """The unmarked paragraphs right under a heading at ``start - 1``, at most BIO_BLOCKS of them."""
    found = []
    for i in range(start, min(start + BIO_BLOCKS, len(blocks))):
        if verdicts[i] is not None or not is_paragraph(blocks[i]):
            break
        found.append(i)
    return found


def _in_first_person(block: Block) -> bool:
    return " I " in f" {block.text} " or not _FIRST_PERSON.isdisjoint(block.tokens)
