"""Headline lists in page text: the related, "trending" and "more from" lists a page sets around
and inside its story, found by their shape where markup would have shown the links.

A headline-shaped block is a short line that opens with a capital (or a letter of a script
without case) and does not end like a sentence, a clause or a list lead-in (no final ``.``,
``,``, ``:`` or ``;``; a single question or exclamation is headline-shaped: headlines ask as
often as sentences do); it does not open with a digit (quantities, steps and ranks are the lines
of a recipe or a listicle, not of a link list). Nothing in this depends on the page's language.

Two shapes make a list:

- a run: RUN_MIN or more headline-shaped blocks in a row averaging HEADLINE_WORDS_MIN words or
  more (shorter items are a menu, which the structural pass handles), not introduced by a line
  ending in ``:`` (a list the story itself announces), not typed as a list by its writer (half its
  items or more open with "+ ", "* ", "- " or "• ": a changelog, points; a page's links carry no
  typed marks), holding no quotation that opens on one
  line and closes on a later one (verse or lyrics the story quotes line by line), and no story's
  header (three lines or fewer over a byline or a date and the story's paragraph); items of up to
  LONG_HEADLINE_WORDS_MAX words (tabloid teasers, a headline run into its summary) count when
  RUN_MIN or more of them stand in the run;
- a labelled list: the headline-shaped blocks (long teasers of up to LONG_HEADLINE_WORDS_MAX words
  too: no story paragraph goes unpunctuated) right after a short block the local pass marked
  "related-links" or "navigation" (a "Related", "More about X", "Most read" heading), however few;
  teasers the site cut short on an ellipsis count as items there;
- an inline list: two or three headline-shaped blocks set between a story's paragraphs under a
  short label of any wording, or three without one (``mark_inline_lists``).
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.header import STAMP_VERDICTS

RUN_MIN = 3
HEADLINE_WORDS_MIN = 6  # average words of a run's items: headlines, not menu entries, specs or pros and cons
HEADLINE_WORDS_MAX = 20
# Tabloid and teaser lists run to this many words an item ("Star, 49, marks pal's 50th birthday with
# a throwback snap... and likens ..."); such long items make a list only in a run of their own kind,
# so that one unpunctuated sentence among short lines is not taken for one.
LONG_HEADLINE_WORDS_MAX = 36
INLINE_MIN = 2  # items of a labelled list set between a story's paragraphs
INLINE_LABEL_WORDS = 3
INLINE_WORDS_MIN = 5  # words of each item: "Neue Ampeln sorgen für Ärger", not "Size & Growth"
_LABEL_VERDICTS = (None, "navigation", "related-links")  # a label may read as a menu entry ("Mehr")
_SPOKEN = frozenset("\"'“”‘’«»„—–-")  # a line of dialogue or an attribution opens with these
PARAGRAPH_WORDS = 8  # a story paragraph around such a list
HEADER_LINES_MAX = 3  # a story's header over its byline: a kicker, the headline, a dek
STORY_GAP_MAX = 3  # blocks between the header's last stamp and the story's first paragraph (a caption, a share bar)
LABEL_WORDS_MAX = 5  # a list's label ("Related", "Most read"); a longer related line is an item ("Read more: ...")
_NOT_HEADLINE_ENDS = tuple(".,:;。，：；")
_ASKING_ENDS = tuple("?!？！؟")
_ELLIPSES = ("...", "…", "[…]", "[...]")
_SENTENCE_MARKS = ". ? ! 。 ？ ！".split()
_OPENING_QUOTES = frozenset('"„“«‚‘')
_CLOSING_QUOTES = frozenset('"“”»‘’')
_QUOTE_MARKS = _OPENING_QUOTES | _CLOSING_QUOTES
_TYPED_MARKS = ("+ ", "* ", "- ", "• ")  # a list item its writer marked by hand


def is_headline_shaped(block: Block, max_words: int = HEADLINE_WORDS_MAX) -> bool:
    """A short line shaped like a linked headline (see the module docstring)."""
    if not 2 <= block.n_words <= max_words:
        return False
    text = block.text
    if text.endswith(_NOT_HEADLINE_ENDS) or block.sentence and not _is_asking(text):
        return False
    first = next((c for c in text[:8] if c.isalnum()), "")
    return bool(first) and not first.isdigit() and not first.islower()


def _is_asking(text: str) -> bool:
    """A question or exclamation on one line: a headline as often as a sentence ("Is the prison safe?",
    "Here's the world in 2030 ... right?"). One sentence only: a second terminal mark before the end
    (not an ellipsis) makes it prose."""
    body = text.rstrip("\"'”’»)]」』）")
    inner = body[:-1].replace("...", " ").replace("…", " ")  # an ellipsis trails off, it ends no sentence
    return body.endswith(_ASKING_ENDS) and not any(mark in inner for mark in _SENTENCE_MARKS)


def mark_headline_runs(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "related-links" to the unmarked blocks of every run-shaped headline list, and of every
    run of long headlines (at least RUN_MIN of them over HEADLINE_WORDS_MAX words)."""
    runs = [
        run
        for run in _shaped_stretches(blocks, verdicts)
        if _is_list_run(blocks, *run)
        and not _asked_between_paragraphs(blocks, verdicts, *run)
        and not _heads_story(blocks, verdicts, *run)
    ]
    runs += [
        (start, end)
        for start, end in _shaped_stretches(blocks, verdicts, LONG_HEADLINE_WORDS_MAX)
        if sum(1 for b in blocks[start:end] if b.n_words > HEADLINE_WORDS_MAX) >= RUN_MIN
        and _is_list_run(blocks, start, end)
    ]
    for start, end in runs:
        verdicts[start:end] = ["related-links"] * (end - start)


def _heads_story(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], start: int, end: int) -> bool:
    """[start, end) is a story's header, not a list: at most HEADER_LINES_MAX lines (a kicker, the
    headline, a dek without its full stop) right above the story's byline or date, and a paragraph
    of the story at most STORY_GAP_MAX blocks under those."""
    if end - start > HEADER_LINES_MAX or end >= len(blocks) or verdicts[end] not in STAMP_VERDICTS:
        return False
    at = end
    while at < len(blocks) and verdicts[at] in STAMP_VERDICTS:
        at += 1
    return any(_is_paragraph(blocks[k], verdicts[k]) for k in range(at, min(at + STORY_GAP_MAX, len(blocks))))


def _asked_between_paragraphs(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], start: int, end: int
) -> bool:
    """Every block of [start, end) is one question or exclamation and an unmarked paragraph stands
    right above and right below: a writer asking and exclaiming between their paragraphs ("Doch wie
    viel Natur steckt wirklich darin?"), not a list of links, which a page sets apart from its story."""
    if start == 0 or end >= len(blocks):
        return False
    if not all(_is_asking(b.text) for b in blocks[start:end]):
        return False
    return _is_paragraph(blocks[start - 1], verdicts[start - 1]) and _is_paragraph(blocks[end], verdicts[end])


def mark_labelled_lists(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "related-links" to the unmarked headline-shaped blocks (up to LONG_HEADLINE_WORDS_MAX
    words) and cut teasers (``is_cut_teaser``) right after a list label or a menu entry of at most LABEL_WORDS_MAX words."""
    for start, end in _shaped_stretches(blocks, verdicts, LONG_HEADLINE_WORDS_MAX, teasers=True):
        if start > 0 and verdicts[start - 1] in _LABEL_VERDICTS[1:] and blocks[start - 1].n_words <= LABEL_WORDS_MAX:
            verdicts[start:end] = ["related-links"] * (end - start)


def mark_inline_lists(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "related-links" to a short list set between a story's paragraphs: under a short label
    (one to INLINE_LABEL_WORDS words, no sentence, unmarked or read as a menu entry or a list
    label: "Passend dazu", "Te recomendamos", "Mehr"), two or three
    unmarked headline-shaped items, or three without a label, each of INLINE_WORDS_MIN words or
    more, none a question or a quotation, with an unmarked paragraph right above (not ending in
    ``:``: a list the story announces is kept) and right below. A story sets one subheading between
    paragraphs, at most a heading and its subheading; a page's dialogue and Q&A lines are questions
    and quotations."""
    for start, end in _shaped_stretches(blocks, verdicts):
        above = start - 1
        if blocks[start].n_words <= INLINE_LABEL_WORDS:
            labelled, first = True, start + 1
        elif above >= 0 and verdicts[above] in _LABEL_VERDICTS and _is_inline_label(blocks[above]):
            labelled, first, above = True, start, above - 1
        else:
            labelled, first = False, start
        items = blocks[first:end]
        if not (INLINE_MIN if labelled else RUN_MIN) <= len(items) <= RUN_MIN or not all(map(_is_inline_item, items)):
            continue
        if (
            above >= 0
            and end < len(blocks)
            and _is_paragraph(blocks[above], verdicts[above])
            and not blocks[above].text.endswith(":")
            and _is_paragraph(blocks[end], verdicts[end])
        ):
            for i in range(above + 1, end):
                verdicts[i] = verdicts[i] or "related-links"


def _is_inline_label(block: Block) -> bool:
    return 1 <= block.n_words <= INLINE_LABEL_WORDS and not block.sentence and not block.text[:1].isdigit()


def _is_inline_item(block: Block) -> bool:
    text = block.text
    return block.n_words >= INLINE_WORDS_MIN and not text.rstrip().endswith(_ASKING_ENDS) and text[:1] not in _SPOKEN


def _is_paragraph(block: Block, verdict: RemovalReason | None) -> bool:
    """An unmarked sentence of PARAGRAPH_WORDS words or more."""
    return verdict is None and block.sentence and block.n_words >= PARAGRAPH_WORDS


def mark_headline_lists(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Both: runs first, then labelled lists."""
    mark_headline_runs(blocks, verdicts)
    mark_labelled_lists(blocks, verdicts)


def _shaped_stretches(
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    max_words: int = HEADLINE_WORDS_MAX,
    teasers: bool = False,
) -> list[tuple[int, int]]:
    """[start, end) of every maximal stretch of unmarked headline-shaped blocks (or, with
    ``teasers``, cut teasers too: ``is_cut_teaser``)."""
    stretches = []
    i, n = 0, len(blocks)

    def shaped(block: Block) -> bool:
        return is_headline_shaped(block, max_words) or teasers and is_cut_teaser(block)

    while i < n:
        if verdicts[i] is not None or not shaped(blocks[i]):
            i += 1
            continue
        j = i + 1
        while j < n and verdicts[j] is None and shaped(blocks[j]):
            j += 1
        stretches.append((i, j))
        i = j
    return stretches


def is_cut_teaser(block: Block) -> bool:
    """A teaser cut short by its site: at most LONG_HEADLINE_WORDS_MAX words ending on an ellipsis
    ("The council voted on Monday to ..."); a story's paragraph runs to its end."""
    return 2 <= block.n_words <= LONG_HEADLINE_WORDS_MAX and block.text.rstrip().endswith(_ELLIPSES)


def _is_list_run(blocks: Sequence[Block], start: int, end: int) -> bool:
    if end - start < RUN_MIN:
        return False
    if sum(b.n_words for b in blocks[start:end]) < HEADLINE_WORDS_MIN * (end - start):
        return False
    if start > 0 and blocks[start - 1].text.endswith(":"):
        return False
    if 2 * sum(1 for b in blocks[start:end] if b.text.startswith(_TYPED_MARKS)) >= end - start:
        return False
    return not _quotes_across_lines(blocks[start:end])


def _quotes_across_lines(blocks: Sequence[Block]) -> bool:
    """A quotation opens on one line and closes on a later one (verse, lyrics, a poem quoted line
    by line: "„Azad war mein Vorbild ..." ... "... welches neue Wort sich auf Casino reimt“"): a
    linked headline quotes within its own line, if at all."""
    opened = False
    for block in blocks:
        text = block.text.strip()
        quotes = sum(1 for c in text if c in _QUOTE_MARKS)
        if quotes == 1 and text[:1] in _OPENING_QUOTES:
            opened = True
        elif quotes == 1 and opened and text.rstrip(".,;:!?…")[-1:] in _CLOSING_QUOTES:
            return True
        elif quotes:
            opened = False
    return False
