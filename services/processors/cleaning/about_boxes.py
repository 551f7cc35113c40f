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

The heading may also be the writer's name alone: a byline ("Von Jessie", "By Jane Doe") or a short
line the page also sets above the story (its byline as a bare name, "Isabella Beyer"). A story's
section does not open with its writer's name, but a column may go on under its byline, so then
the biography may run to NAMED_BIO_BLOCKS paragraphs, fewer than the story's above it, the first
in the first person and at most one of them not.

The heading and the biography are then "credit". Pure functions on blocks and verdicts.

Before the story's runs are found, an "About" heading naming the writer of the page's byline or
date line ("Veröffentlicht am 17. Dezember 2019 von Simon Dückert" ... "Über Simon Dückert") heads
that writer's box whatever its person, so its biography (at most BIO_BLOCKS paragraphs) cannot be
taken for the story when it outweighs a short post (``mark_bylined_about_boxes``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.header import STAMP_VERDICTS

BIO_BLOCKS = 2
NAMED_BIO_BLOCKS = 6
NAME_WORDS_MAX = 4  # a name line repeated from the story's header: "Isabella Beyer"
# What a name line between the story's run and the box's gets from the structural pass.
_NAME_VERDICTS = frozenset({None, "navigation", "related-links", "other-furniture"})
STAMPS_READ = 10  # the page's first byline and date lines: the story's header's (a thread's stamps come later)
STORY_PARAGRAPHS = 2
HEADING_WORDS_MAX = 8
# "Über Anna Muster", "About Jane Doe", "Über Steffi 1009 Artikel" (raw text).
_ABOUT_HEADING = re.compile(
    r"(?:About|Über|À propos de|A propos de|Sobre|Acerca de|Informazioni su)"
    r" (?P<name>[A-ZÀ-Þ][\w.'’-]{1,30}(?: [A-ZÀ-Þ][\w.'’-]{1,30}){0,3})(?: \d{1,6} \w{3,12})? ?$"
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
    above_story = frozenset(b.norm for b in blocks[: kept_paragraphs[0]])  # the header's lines
    for at in range(len(blocks) - 2, kept_paragraphs[0], -1):
        block = blocks[at]
        if block.n_words > HEADING_WORDS_MAX:
            continue
        about = verdicts[at] is None and _ABOUT_HEADING.match(block.text) is not None
        if not about and not _names_writer(block, verdicts[at], above_story):
            continue
        bio = _biography(blocks, verdicts, at + 1, is_paragraph, BIO_BLOCKS if about else NAMED_BIO_BLOCKS)
        above = sum(1 for i in kept_paragraphs if i < at)
        after = bio[-1] + 1 if bio else at + 1
        closing = bio and above >= STORY_PARAGRAPHS and not any(i >= after for i in kept_paragraphs)
        if not about and not (closing and len(bio) < above and _told_by_writer([blocks[i] for i in bio])):
            continue  # a writer's name over no box of theirs: an earlier heading may head one
        if closing and (not about or all(map(_in_first_person, (blocks[i] for i in bio)))):
            for i in (at, *bio):
                verdicts[i] = "credit"
        return  # only the last "About" heading is read


def mark_bylined_about_boxes(
    blocks: Sequence[Block], verdicts: list[RemovalReason | None], is_paragraph: Callable[[Block], bool]
) -> None:
    """Give "credit" to an unmarked "About <Name>" heading whose name one of the page's first
    STAMPS_READ byline or date lines above it carries, and to the biography under it (see the
    module docstring)."""
    stamps: list[str] = []
    for at, block in enumerate(blocks):
        if verdicts[at] in STAMP_VERDICTS:
            if len(stamps) < STAMPS_READ:
                stamps.append(block.text)
            continue
        if verdicts[at] is not None or block.n_words > HEADING_WORDS_MAX or not stamps:
            continue
        match = _ABOUT_HEADING.match(block.text)
        if match is None or not any(match.group("name") in stamp for stamp in stamps):
            continue
        bio = _biography(blocks, verdicts, at + 1, is_paragraph, BIO_BLOCKS)
        for i in (at, *bio):
            verdicts[i] = "credit"


def _names_writer(block: Block, verdict: RemovalReason | None, above_story: frozenset[str]) -> bool:
    """``block`` is the writer's name under the story: a byline, or a line of at most NAME_WORDS_MAX
    capitalised words, no sentence, unmarked or only outside the story's runs, that the page also
    sets above its first story paragraph (``above_story``: those lines' normalised texts)."""
    if verdict == "byline":
        return True
    if verdict not in _NAME_VERDICTS or block.sentence or not 2 <= block.n_words <= NAME_WORDS_MAX:
        return False
    return all(word[:1].isupper() for word in block.text.split()) and block.norm in above_story


def _told_by_writer(bio: Sequence[Block]) -> bool:
    """A biography under the writer's name: its first paragraph in the first person, and at most
    one of the others not."""
    return _in_first_person(bio[0]) and sum(1 for b in bio if not _in_first_person(b)) <= 1


def _biography(
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    start: int,
    is_paragraph: Callable[[Block], bool],
    most: int,
) -> list[int]:
    """The unmarked paragraphs right under a heading at ``start - 1``, at most ``most`` of them."""
    found = []
    for i in range(start, min(start + most, len(blocks))):
        if verdicts[i] is not None or not is_paragraph(blocks[i]):
            break
        found.append(i)
    return found


def _in_first_person(block: Block) -> bool:
    return " I " in f" {block.text} " or not _FIRST_PERSON.isdisjoint(block.tokens)
