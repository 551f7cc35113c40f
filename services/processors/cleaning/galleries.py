"""Galleries: a slideshow laid into the page, found by its title shown again on every slide.

A page that embeds a photo gallery repeats the gallery's title above each slide ("UK news in
pictures", then a caption; "UK news in pictures", then the next caption...). In page text, and in
what trafilatura keeps of the markup, the slides then sit between paragraphs of the story as
blocks of caption prose. A short line of words, not furniture on its own, that comes back
GALLERY_MIN_REPEATS times or more at a steady 2 to MAX_SLIDE_BLOCKS blocks apart is such a title: its showings, the slides between them and a
typical slide after the last one are "caption". No story repeats a line that way; transcript
speaker labels ("JOHN SMITH:", capitals or a closing colon) are not taken for titles, nor is a
line of a menu the page sets again and again: there the lines between the showings come back too.

A gallery that numbers its captions ("1/50 United goin down", slideshows.numbered_gallery_spans)
under at least STORY_PARAGRAPHS_MIN sentences of the story is the gallery's too
(``mark_numbered_galleries``, for trafilatura's text: page text weighs such captions as nothing
instead, so that the story's run ends above them).

A slideshow without a repeated title shows each slide's credit instead: a caption, then the
picture's credit on a line of its own ("AFP via Getty Images", "Reuters", which the local pass
marks), CREDITED_SLIDES_MIN or more such pairs in a row (``mark_credited_slides``). A guide may set a
picture's credit under each of its steps, but its steps are sentences; captions mostly are not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.signals import ends_like_sentence
from services.processors.cleaning.slideshows import numbered_gallery_spans

GALLERY_MIN_REPEATS = 3
MAX_SLIDE_BLOCKS = 6  # most blocks from one showing of the title to the next
SLIDE_SPREAD = 2  # slides are alike: the gaps between showings differ by at most this many blocks
TITLE_WORDS = (3, 12)
TITLE_LETTER_SHARE = 0.8  # of a title's characters other than spaces: words, not code or figures
CREDITED_SLIDES_MIN = 3
CREDIT_WORDS_MAX = 6  # "AFP via Getty Images", "Reuters", "PA Wire/PA Images"
SLIDE_CAPTION_WORDS = 80
_CREDIT_VERDICTS = frozenset({"caption", "credit", "agency-tail"})
STORY_PARAGRAPHS_MIN = 2


def mark_galleries(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Mark every gallery's title showings and slides "caption" where no reason is set yet."""
    showings: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        if verdicts[i] is None and _may_be_title(block):
            showings.setdefault(block.norm, []).append(i)
    for places in showings.values():
        for run in _runs(places):
            gaps = sorted(b - a for a, b in zip(run, run[1:], strict=False))
            if len(run) < GALLERY_MIN_REPEATS or gaps[0] < 2 or gaps[-1] - gaps[0] > SLIDE_SPREAD:
                continue
            if _is_repeated_menu(blocks, verdicts, run):
                continue
            last_slide = gaps[len(gaps) // 2] - 1  # blocks of a typical slide, shown after the last title
            for i in range(run[0], min(len(blocks), run[-1] + 1 + last_slide)):
                if verdicts[i] is None:
                    verdicts[i] = "caption"


def mark_numbered_galleries(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Mark "caption" the unmarked blocks of every gallery numbering its captions that stands under
    STORY_PARAGRAPHS_MIN or more unmarked sentences (module docstring)."""
    for start, end in numbered_gallery_spans(blocks):
        story = sum(1 for i in range(start) if verdicts[i] is None and blocks[i].sentence)
        if story >= STORY_PARAGRAPHS_MIN:
            for i in range(start, end):
                verdicts[i] = verdicts[i] or "caption"


def mark_credited_slides(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Mark "caption" the captions of every run of CREDITED_SLIDES_MIN or more slides in a row, each
    an unmarked block of at most SLIDE_CAPTION_WORDS words right above its credit line (a block the
    local pass marked a caption, credit or agency tail, of at most CREDIT_WORDS_MAX words, no
    sentence), at most half of the captions ending like a sentence (a caption names what the
    picture shows, "Commuters at the station in Milan"; a how-to's steps, each over the credit of
    the picture that follows it, are sentences). Linear."""
    i, n = 0, len(blocks)
    while i < n - 1:
        end = i
        while end + 1 < n and _is_slide(blocks, verdicts, end):
            end += 2
        captions = range(i, end, 2)
        stated = sum(1 for k in captions if ends_like_sentence(blocks[k].text))
        if len(captions) >= CREDITED_SLIDES_MIN and 2 * stated <= len(captions):
            for k in captions:
                verdicts[k] = "caption"
            i = end
        else:
            i += 1


def _is_slide(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], at: int) -> bool:
    caption, credit = blocks[at], blocks[at + 1]
    return (
        verdicts[at] is None
        and caption.n_words <= SLIDE_CAPTION_WORDS
        and verdicts[at + 1] in _CREDIT_VERDICTS
        and credit.n_words <= CREDIT_WORDS_MAX
        and not credit.sentence
    )


def _is_repeated_menu(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], run: list[int]) -> bool:
    """Most unmarked lines between the showings at ``run`` come back between other showings: a menu
    the page sets again (for the desktop, the phone, a sticky bar), its items around the line taken
    for a title, not slides, whose captions differ."""
    slides = [
        {blocks[k].norm for k in range(a + 1, b) if verdicts[k] is None} for a, b in zip(run, run[1:], strict=False)
    ]
    shown = Counter(norm for slide in slides for norm in slide)  # in how many slides each line stands
    lines = sum(shown.values())
    recurring = sum(count for count in shown.values() if count >= 2)
    return lines > 0 and 2 * recurring > lines


def _runs(places: list[int]) -> list[list[int]]:
    """``places`` cut wherever two neighbours lie more than MAX_SLIDE_BLOCKS apart (the title shown
    once more elsewhere on the page, as a teaser, is no slide)."""
    runs = [[places[0]]]
    for place in places[1:]:
        if place - runs[-1][-1] > MAX_SLIDE_BLOCKS:
            runs.append([])
        runs[-1].append(place)
    return runs


def _may_be_title(block: Block) -> bool:
    """A short line of words opening with a capital: not a sentence, a speaker label or code."""
    low, high = TITLE_WORDS
    text = block.text
    if not low <= block.n_words <= high or block.sentence or not text[:1].isupper():
        return False
    if text.endswith(":") or text.isupper():
        return False
    letters = sum(1 for c in text if c.isalpha())
    return letters >= TITLE_LETTER_SHARE * sum(1 for c in text if not c.isspace())
