"""A box on the writer set beside the story in page text: the writer's name alone on a line, a
note about them right under it, then a few short lines linking to them.

Newsrooms set it under the byline or between the story's paragraphs ("Markus Weber", "Markus Weber
kam 2001 zur Zeitung ...", "auf Twitter folgen", "eine E-Mail senden"); in page text it reads as
part of the story. It is the writer's box when

- the line is exactly the full name a byline on the page gives (author_notes.writer_names);
- the block right under it is a note about that writer: one author_notes.is_author_note reads as
  such, or one of at most author_notes.BIO_WORDS_MAX words opening with the name and a lower-case
  word (the name line above it is the box's own heading, so the note may run longer than a closing
  note);
- the short lines right under the note (at most CONTACT_LINES, each at most CONTACT_WORDS words
  and no sentence) are its links.

A story does not set its writer's name alone over a paragraph about them. The lines are "credit".
Read after the story's runs are found: the box only leaves the text, it moves no run's edge.

A note under its label ("Full Bio", "About the author", "Über den Autor": a short line the local
pass marked "credit"), a share link or two between allowed, that opens like a note about a person
("Marisa is a Content Integrity & Compliance Manager ...") is the box's too
(``mark_labelled_notes``, read before the runs, so a reviewer's note over the story joins none).
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.author_notes import is_author_note, opens_like_note, opens_with_writer, writer_names
from services.processors.cleaning.blocks import Block

CONTACT_LINES = 3
LABEL_WORDS_MAX = 4
LINKS_BETWEEN = 2  # share or profile links between a note's label and the note
CONTACT_WORDS = 4
_OPEN: tuple[RemovalReason | None, ...] = (None, "navigation", "share-widget", "related-links", "other-furniture")


def mark_writer_boxes(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "credit" to every writer's box (see the module docstring). Linear."""
    writers = writer_names(blocks, verdicts)
    if not writers:
        return
    for at in range(len(blocks) - 1):
        if blocks[at].text not in writers or verdicts[at] not in _OPEN:
            continue
        note = blocks[at + 1]
        if verdicts[at + 1] is not None or not (is_author_note(note, writers) or opens_with_writer(note, writers)):
            continue
        verdicts[at] = verdicts[at + 1] = "credit"
        for i in range(at + 2, min(at + 2 + CONTACT_LINES, len(blocks))):
            line = blocks[i]
            if verdicts[i] not in _OPEN or line.n_words > CONTACT_WORDS or line.sentence:
                break
            verdicts[i] = "credit"


def mark_labelled_notes(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "credit" to every unmarked note under its label (see the module docstring). Linear."""
    for at, block in enumerate(blocks):
        if verdicts[at] != "credit" or block.n_words > LABEL_WORDS_MAX or block.sentence:
            continue
        below = at + 1
        while below < len(blocks) and below - at <= LINKS_BETWEEN and verdicts[below] == "share-widget":
            below += 1
        if below < len(blocks) and verdicts[below] is None and opens_like_note(blocks[below]):
            verdicts[below] = "credit"
