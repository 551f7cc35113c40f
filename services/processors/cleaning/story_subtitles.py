"""A story's subtitle in page text: the line a page sets under its headline (a dek, an
"Unterzeile", a "bajada") to say more than the headline. Heading-shaped itself, it is taken for
the headline when the headline is looked for upward from the story; but when another
heading-shaped line stands right above it (a date or a byline between them at most) and says
something else, that line is the headline and the subtitle belongs to the story's text.
Language-independent: line shapes and shared words only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.processors.cleaning.blocks import Block
from services.processors.cleaning.header import STAMP_VERDICTS, has_date, parse_byline

HEADLINE_WORDS = (4, 20)  # a headline above a subtitle: "Hafenfest wird erneut verschoben", not a name nor a label
_PATH_MARKS = ("/", "|", ">", "»", "«", "›")  # a breadcrumb's or a menu's separators, which no headline sets
_QUOTED = re.compile(r"»[^«»]{1,300}«|«[^«»]{1,300}»")  # guillemets around words quote them: »Kein Geld mehr«
STAMP_WORDS = 14  # a date line under a headline: "Mon 20 Jan 2020 06.05 GMT Last modified on ..."
SAME_SHARE = 0.5  # a line sharing this share of its words with the one below repeats it (a breadcrumb, a kicker)
_NOT_HEADLINE_ENDS = (".", ",", ";", ":")


def headline_above_subtitle(blocks: Sequence[Block], local: Sequence[object], at: int) -> int | None:
    """The index of the headline when block ``at`` (the heading-shaped line found above the story)
    is its subtitle, else None. The subtitle opens with a letter, not a digit; the headline is the unmarked block right above ``at`` or above one date or byline
    line (``local`` verdicts) right above it, of HEADLINE_WORDS words and fewer than ``at`` has, not ending like a sentence or
    a lead-in, no label line (``is_label_line``), and sharing less than SAME_SHARE of the shorter line's words with ``at``."""
    first = next((c for c in blocks[at].text[:8] if c.isalnum()), "")
    if not first or first.isdigit():
        return None  # a date, a count or a rank with tags under the headline is the header's furniture
    if parse_byline(blocks[at].text) is not None or blocks[at].n_words <= STAMP_WORDS and has_date(blocks[at].text):
        return None  # "By Jane Doe Last updated ...", "Mon 20 Jan 2020 06.05 GMT": the header's stamp, not a subtitle
    above = at - 1
    if above >= 0 and local[above] in STAMP_VERDICTS:
        above -= 1
    if above < 0 or local[above] is not None:
        return None
    block = blocks[above]
    low, high = HEADLINE_WORDS
    if not low <= block.n_words < min(high + 1, blocks[at].n_words) or block.text.rstrip().endswith(_NOT_HEADLINE_ENDS):
        return None  # a subtitle says more than its headline: a shorter line under a menu line is the headline
    if repeats(block, blocks[at]) or is_label_line(block.text):
        return None
    return above


def is_label_line(text: str) -> bool:
    """A section label, a breadcrumb or a menu rather than a headline: it opens in lower case ("in
    Business, PRESS RELEASE"), is set in capitals ("NEWS FEATURES BEAUTY"), carries a path's
    separators ("National / Crime & Legal", "Monologue of the Algorithm »") or lists three or more
    short items between commas ("Aus den Ländern, Blog, sonstiges, Termine"). Guillemets that quote
    words ("»Einfach kein Geld mehr«", "« Nous resterons »") are no path's separators."""
    first = next((c for c in text if c.isalnum()), "")
    if not first or first.islower() or text.upper() == text:
        return True
    if any(mark in _QUOTED.sub(" ", text) for mark in _PATH_MARKS):
        return True
    items = text.split(",")
    return len(items) >= 3 and all(len(item.split()) <= 3 for item in items)


def repeats(upper: Block, lower: Block) -> bool:
    """Whether one of two lines under each other repeats the other rather than saying more: they
    share SAME_SHARE of the shorter line's words (or either has none). A breadcrumb, a kicker or
    an SEO title over a headline repeats it; a subtitle or a dek under it does not."""
    words, below = set(upper.tokens), set(lower.tokens)
    return not words or not below or len(words & below) >= SAME_SHARE * min(len(words), len(below))
