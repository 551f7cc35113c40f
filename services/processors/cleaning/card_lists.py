"""Card lists in page text: the "latest", "most read" and "more from" teasers a page sets as cards,
each a headline with a date, a section kicker or a short teaser beside it, found by their rhythm.

Markup shows such a list as repeated link boxes; in page text what is left is a line pattern that
repeats: headline, date, headline, date (period 2), or kicker, headline, teaser (period 3). Each
block gets a kind:

- ``H``: an unmarked headline-shaped block (see ``headline_lists.is_headline_shaped``), or one cut
  short with an ellipsis ("Krieg und ...");
- ``S``: a stamp, a block the local pass dated ("publication-stamp");
- ``L``: a kicker, an unmarked or navigation-marked line of at most KICKER_WORDS words that is no
  headline and no sentence;
- ``T``: a teaser, an unmarked block of at most TEASER_WORDS words that is none of the above;
- ``X``: anything else (story paragraphs, other furniture).

A card list is a stretch of at least CARDS_MIN cards in which the kinds repeat exactly, each card
one of the CARDS shapes (headline and date either way round, kicker, headline and teaser or
date, or headline and teaser over a short label: a clock time the local pass does not read as a
date, "17:42 Uhr", or a section), its headlines averaging HEADLINE_WORDS_MIN words or more. The date or the kicker is what
sets cards apart from a story's own rhythm of subheading and paragraph or of question and answer;
the fixed shapes keep out tables of labels and values ("Wire Transfer", "$10") and of dated events
with their descriptions, whose rows are content.

A teaser list is the same without dates or kickers: a list label (a short line that is no
sentence nor a punchline ending in "!" or "?": "Trending", "Meistgelesen", "Lo más leído") followed
by at least TEASER_CARDS_MIN cards of a headline and its teaser (``HT``), the headlines longer than
the label. Without the label,
``HTHTHT`` is a story's own rhythm of subheading and paragraph; a label directly above a longer
heading is two headings in a row, which a story does not set. Questions are a story's
subheadings or an interview's, so a run of question headlines is no teaser list.

Cards closed by a link (``closed_card_spans``): a headline, its teaser of any length (up to
CLOSED_TEASER_WORDS words), then the same short line under every card ("Read more", "READ THE
REST", "Weiterlesen", whatever the language), CARDS_MIN cards or more in a row. The line repeated
at a fixed period is what markup's link boxes leave; a story repeats no line after each section.
Questions are a FAQ's entries ("Back to top" under each answer), so at most one headline asks.
When every card's head is a name with a date or a time, the cards are comments under their
"Reply" and are marked so.

An unlabelled teaser list is read where the story ends (``trailing_teaser_spans``): TRAILING_CARDS_MIN
or more ``HT`` cards whose teasers are all short (TEASER_LIST_WORDS words, at most TEASER_SENTENCES
sentences) and shorter than the story's typical paragraph, under STORY_PARAGRAPHS_MIN paragraphs of
the story, and with no paragraph longer than them right under them. A story's subheadings sit between long
paragraphs and the story goes on under them; a teaser list's teasers are all short, and the story
is over.

A cut teaser list needs no label: two or more cards of a headline and a teaser that breaks off
with an ellipsis (``cut_teaser_spans``).

Nothing in this reads words, so it holds in any language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.comment_threads import is_stamp_shaped
from services.processors.cleaning.dated_teasers import dated_teaser_spans
from services.processors.cleaning.headline_lists import HEADLINE_WORDS_MAX, LONG_HEADLINE_WORDS_MAX, is_headline_shaped
from services.processors.cleaning.repeated_cards import repeated_card_spans

CARDS = ("HS", "SH", "LHT", "LHS", "HTL")
CARDS_MIN = 3
HEADLINE_WORDS_MIN = 3  # a card's headline is a title; a table's row label ("ACH Transfer") is shorter
KICKER_WORDS = 3
TEASER_WORDS = 60
TEASER_LIST_WORDS = 40  # a teaser list's teaser is a line or two; a story's paragraph under a subhead runs longer
TEASER_HEADLINE_WORDS_MIN = 4
CUT_TEASER_WORDS_MIN = 6  # a teaser cut short says something before it breaks off
TEASER_CARDS_MIN = 2  # a label over two headlines with teasers: a story sets no label over its subheading
TRAILING_CARDS_MIN = 3
CLOSED_TEASER_WORDS = 150
CLOSER_WORDS_MAX = 4
_CLOSER_VERDICTS = (None, "navigation", "related-links", "comments")
TEASER_SENTENCES = 2
STORY_WINDOW = 40  # the story's paragraphs read for its typical length: the last ones above the list
BELOW_LOOKAHEAD = 40  # furniture passed over under a list to the next unmarked block
STORY_PARAGRAPHS_MIN = 2  # the story's paragraphs above an unlabelled teaser list: it has been told
PARAGRAPH_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»)]?(?:\s|$)")
_ELLIPSES = ("...", "…")
_EXCLAIMS = ("!", "?", "！", "？")
_QUOTES = tuple("\"'“”‘’«»„")


def card_kind(block: Block, verdict: RemovalReason | None) -> str:
    """The block's kind letter in a card list (see the module docstring)."""
    if verdict == "publication-stamp":
        return "S"
    if verdict is None and (is_headline_shaped(block) or _is_cut_headline(block)):
        return "H"
    if verdict in (None, "navigation") and 1 <= block.n_words <= KICKER_WORDS and not block.sentence:
        return "L"
    if verdict is None and block.n_words <= TEASER_WORDS:
        return "T"
    return "X"


def _is_cut_headline(block: Block) -> bool:
    """A headline cut short with an ellipsis: the words before it are headline-shaped."""
    text = block.text.rstrip()
    if not text.endswith(_ELLIPSES) or not 2 <= block.n_words <= HEADLINE_WORDS_MAX:
        return False
    first = next((c for c in text[:8] if c.isalnum()), "")
    return bool(first) and not first.isdigit() and not first.islower()


def card_spans(kinds: str) -> list[tuple[int, int]]:
    """[start, end) of every card list in a string of kind letters (whole cards only, in the order
    of CARDS); spans never overlap. Linear in ``len(kinds)`` per card shape."""
    taken = [False] * len(kinds)
    spans: list[tuple[int, int]] = []
    for card in CARDS:
        period = len(card)
        i = 0
        while i + period <= len(kinds):
            if kinds[i : i + period] != card or any(taken[i : i + period]):
                i += 1
                continue
            end = i + period
            while (
                end + period <= len(kinds) and kinds[end : end + period] == card and not any(taken[end : end + period])
            ):
                end += period
            if end - i >= CARDS_MIN * period:
                spans.append((i, end))
                taken[i:end] = [True] * (end - i)
                i = end
            else:
                i += 1
    return sorted(spans)


def _is_list_label(block: Block, verdict: RemovalReason | None) -> bool:
    """A teaser list's label: a short line, no sentence, unmarked or read as a menu or list item."""
    return (
        verdict in (None, "navigation", "related-links")
        and 1 <= block.n_words <= KICKER_WORDS
        and not block.sentence
        and not block.text.endswith(_ELLIPSES)
        and not block.text.rstrip().endswith(_EXCLAIMS)  # "A monkey!": a punchline, not a label
    )


def _is_teaser(block: Block) -> bool:
    """A teaser list's teaser: short, and no quotation (quotes under names are testimonials or a story's voices)."""
    return block.n_words <= TEASER_LIST_WORDS and not block.text.startswith(_QUOTES)


def teaser_list_spans(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], kinds: str
) -> list[tuple[int, int]]:
    """[start, end) of every teaser list (see the module docstring), its label included: a label,
    then TEASER_CARDS_MIN or more (headline, teaser) pairs whose headlines average
    TEASER_HEADLINE_WORDS_MIN words and outnumber the label's words, whose teasers are at most
    TEASER_LIST_WORDS words and open with no quotation mark, and of whose headlines at most one asks a question. Linear."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks) - 2:
        if kinds[i + 1 : i + 3] != "HT" or not _is_list_label(blocks[i], verdicts[i]):
            i += 1
            continue
        end = i + 1
        while kinds[end : end + 2] == "HT" and _is_teaser(blocks[end + 1]):
            end += 2
        heads = [blocks[j] for j in range(i + 1, end, 2)]
        if (
            len(heads) >= TEASER_CARDS_MIN
            and sum(h.n_words for h in heads) >= TEASER_HEADLINE_WORDS_MIN * len(heads)
            and min(h.n_words for h in heads) > blocks[i].n_words
            and sum(1 for h in heads if h.text.rstrip().endswith(("?", "？"))) <= 1
        ):
            spans.append((i, end))
            i = end
        else:
            i += 1
    return spans


def closed_card_spans(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None]) -> list[tuple[int, int]]:
    """[start, end) of every run of CARDS_MIN or more cards closed by the same short line (see the
    module docstring), the closing lines included. Linear."""
    spans: list[tuple[int, int]] = []
    i, n = 2, len(blocks)
    while i < n:
        if not _is_closer(blocks[i], verdicts[i]) or not _is_closed_card(blocks, verdicts, i - 2):
            i += 1
            continue
        end, questions, cards = i + 1, 0, 1
        questions += _asks(blocks[i - 2])
        while (
            end + 2 < n
            and blocks[end + 2].norm == blocks[i].norm
            and _is_closer(blocks[end + 2], verdicts[end + 2])
            and _is_closed_card(blocks, verdicts, end)
        ):
            questions += _asks(blocks[end])
            cards, end = cards + 1, end + 3
        if cards >= CARDS_MIN and questions <= 1:
            spans.append((i - 2, end))
            i = end
        else:
            i += 1
    return spans


def _is_closer(block: Block, verdict: RemovalReason | None) -> bool:
    return verdict in _CLOSER_VERDICTS and 1 <= block.n_words <= CLOSER_WORDS_MAX and not block.sentence


def _is_closed_card(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], at: int) -> bool:
    """A headline at ``at`` and its teaser under it, both unmarked or read as related links."""
    head, teaser = blocks[at], blocks[at + 1]
    return (
        verdicts[at] in (None, "related-links")
        and verdicts[at + 1] in (None, "related-links")
        and (is_headline_shaped(head, LONG_HEADLINE_WORDS_MAX) or _is_cut_headline(head))
        and not is_headline_shaped(teaser, LONG_HEADLINE_WORDS_MAX)
        and 1 <= teaser.n_words <= CLOSED_TEASER_WORDS
    )


def _asks(block: Block) -> bool:
    return block.text.rstrip().endswith(("?", "？"))


def trailing_teaser_spans(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], kinds: str
) -> list[tuple[int, int]]:
    """[start, end) of every unlabelled teaser list where a story ends (see the module docstring):
    TRAILING_CARDS_MIN or more ``HT`` cards with short teasers and different headlines averaging
    TEASER_HEADLINE_WORDS_MIN words, at most one a question; above them STORY_PARAGRAPHS_MIN or
    more story paragraphs whose median (over the last STORY_WINDOW) runs longer than every teaser; right under them (furniture
    passed over) no paragraph longer than the longest teaser (the story going on). Linear."""
    spans: list[tuple[int, int]] = []
    above: list[int] = []  # word counts of the unmarked paragraphs above ``i``
    i, n = 0, len(blocks)
    while i < n:
        end = i
        while kinds[end : end + 2] == "HT" and _is_short_teaser(blocks[end + 1]):
            end += 2
        if end == i:
            if _is_paragraph(blocks[i], verdicts[i]):
                above.append(blocks[i].n_words)
            i += 1
            continue
        if _is_trailing_list(blocks, verdicts, i, end, above[-STORY_WINDOW:]):
            spans.append((i, end))
        else:  # a story's subheaded sections: their paragraphs are the story's
            above += [blocks[j].n_words for j in range(i, end) if _is_paragraph(blocks[j], verdicts[j])]
        i = end
    return spans


def _is_short_teaser(block: Block) -> bool:
    return _is_teaser(block) and len(_SENTENCE_END.findall(block.text)) <= TEASER_SENTENCES


def _is_paragraph(block: Block, verdict: RemovalReason | None) -> bool:
    return verdict is None and block.sentence and block.n_words >= PARAGRAPH_WORDS


def _is_trailing_list(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], start: int, end: int, above: list[int]
) -> bool:
    heads = [blocks[j] for j in range(start, end, 2)]
    teasers = [blocks[j] for j in range(start + 1, end, 2)]
    if len(heads) < TRAILING_CARDS_MIN or len(above) < STORY_PARAGRAPHS_MIN:
        return False
    if len({h.norm for h in heads}) < len(heads):
        return False  # one title over every card: a gallery's slides, not links to other stories
    if sum(h.n_words for h in heads) < TEASER_HEADLINE_WORDS_MIN * len(heads):
        return False
    if sum(1 for h in heads if h.text.rstrip().endswith(("?", "？"))) > 1:
        return False
    typical = sorted(above)[len(above) // 2]
    if max(t.n_words for t in teasers) >= typical:
        return False
    below = next((j for j in range(end, min(end + BELOW_LOOKAHEAD, len(blocks))) if verdicts[j] is None), None)
    longest = max(t.n_words for t in teasers)
    return below is None or not (_is_paragraph(blocks[below], None) and blocks[below].n_words > longest)


def cut_teaser_spans(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None]) -> list[tuple[int, int]]:
    """[start, end) of every run of TEASER_CARDS_MIN or more cards of a headline and a teaser cut
    short with an ellipsis ("Die Feuerwehr bekommt eine neue Wache, die ..."), label or not: a
    story's paragraph does not break off mid-sentence, a teaser set under its link does. Linear."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(blocks)
    while i < n - 1:
        end = i
        while end + 1 < n and _is_cut_card(blocks, verdicts, end):
            end += 2
        if (end - i) // 2 >= TEASER_CARDS_MIN:
            spans.append((i, end))
            i = end
        else:
            i += 1
    return spans


def _is_cut_card(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], i: int) -> bool:
    head, teaser = blocks[i], blocks[i + 1]
    return (
        verdicts[i] is None
        and verdicts[i + 1] is None
        and is_headline_shaped(head)
        and CUT_TEASER_WORDS_MIN <= teaser.n_words <= TEASER_WORDS
        and teaser.text.rstrip().endswith(_ELLIPSES)
    )


def mark_card_lists(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "related-links" to the unmarked blocks of every card list and teaser list (a teaser
    list's label too, when unmarked or read as a menu item), and of every run of teasers whose
    date the page text glues to them (dated_teasers.py)."""
    kinds = "".join(card_kind(b, v) for b, v in zip(blocks, verdicts, strict=True))
    for start, end in cut_teaser_spans(blocks, verdicts):
        verdicts[start:end] = ["related-links"] * (end - start)
    for start, end in closed_card_spans(blocks, verdicts):
        dated = all(
            is_stamp_shaped(blocks[i], None) for i in range(start, end, 3)
        )  # "Gianna Jun 20th at 3:34 pm", then "Reply"
        verdicts[start:end] = ["comments" if dated else "related-links"] * (end - start)
    for start, end in repeated_card_spans(blocks, verdicts):
        _link_unmarked(verdicts, start, end)
    for start, end in dated_teaser_spans(blocks, verdicts):
        _link_unmarked(verdicts, start, end)
    for start, end in trailing_teaser_spans(blocks, verdicts, kinds):
        verdicts[start:end] = ["related-links"] * (end - start)
    for start, end in teaser_list_spans(blocks, verdicts, kinds):
        if verdicts[start] in (None, "navigation"):
            verdicts[start] = "related-links"
        for i in range(start + 1, end):
            verdicts[i] = "related-links"
    for start, end in card_spans(kinds):
        heads = [b.n_words for b, k in zip(blocks[start:end], kinds[start:end], strict=True) if k == "H"]
        if sum(heads) < HEADLINE_WORDS_MIN * len(heads):
            continue
        for i in range(start, end):
            if verdicts[i] is None:
                verdicts[i] = "related-links"


def _link_unmarked(verdicts: list[RemovalReason | None], start: int, end: int) -> None:
    """Give "related-links" to the unmarked blocks of [start, end); marked ones keep their reason."""
    for i in range(start, end):
        if verdicts[i] is None:
            verdicts[i] = "related-links"
