"""Teaser cards: the paragraph a page sets under a linked headline in a card of its own.

A news page's stream of other stories ("More from Yahoo News", a section's latest, "Más en
Español") is a list of cards, each a box holding a headline that links to another page and a
paragraph summing that story up, perhaps a byline or a few related links under it. trafilatura
drops the linked headlines as links but keeps the summaries, which read like a story's
paragraphs. The markup still shows the shape: ``teaser_cards`` collects the normalised texts (see
``signals.normalise``) of each card's headline and paragraph, where a card is

- a heading h2-h6 (an h1 is the page's own headline) whose text is one link to another page (not
  in-page, not a script, mail or phone link), a kicker of at most KICKER_WORDS_MAX words beside
  it allowed ("Wave of stupidity | Doctor knows best, not ...");
- in a parent that holds no other headline, a heading of more than LABEL_WORDS_MAX words (a
  story's linked subheadings share one parent, the story's body, and its paragraphs under them
  are content; a link's label set as a heading, "Read the rest", may sit in the card);
- followed by a ``p`` as its next element that holds text (a picture's link between them has
  none), the teaser, of at most TEASER_WORDS_MAX words;
- with no later element beside the teaser holding SECOND_WORDS_MIN or more words outside links (a
  second paragraph makes the box a story's section; a byline or a list of links does not).

A page with fewer than CARDS_MIN cards has none collected: one linked heading over a paragraph
is a story's own; nor is the page's own card, whose headline the page's title holds (its teaser is
the story's standfirst). ``mark_teaser_cards`` gives "related-links" to each kept block whose
normalised text is a teaser, unless every kept block is one (a page of teasers only).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from lxml import etree

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.link_lines import points_elsewhere
from services.processors.cleaning.markup_texts import mark_markup_texts
from services.processors.cleaning.signals import normalise

CARDS_MIN = 3
TEASER_WORDS_MAX = 100  # a summary; a longer paragraph is no teaser
SECOND_WORDS_MIN = 10  # words outside links that make a sibling a second paragraph
KICKER_WORDS_MAX = 3  # words of a heading outside its link: a kicker beside the linked headline
LABEL_WORDS_MAX = 3  # a heading this short is a link's label ("Read the rest"), no other card's headline
MAX_HEADINGS = 2_000  # headings read from one page: bounds the work on pathological pages
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_HEADINGS = ("h1", *_CARD_HEADINGS)


def teaser_cards(tree: etree._Element) -> frozenset[tuple[str, str]]:
    """The page's teaser cards (see the module docstring) as (headline, teaser) pairs of normalised
    texts; empty when the page has fewer than CARDS_MIN cards."""
    cards: set[tuple[str, str]] = set()
    headlines: dict[etree._Element, int] = {}  # parent -> its headlines, up to 2 (each parent walked once)
    for i, heading in enumerate(tree.iter(*_CARD_HEADINGS)):
        if i >= MAX_HEADINGS:
            break
        card = _card(heading, headlines)
        if card is not None:
            cards.add(card)
    return frozenset(cards) if len(cards) >= CARDS_MIN else frozenset()


def teaser_texts(cards: frozenset[tuple[str, str]], page_title: str | None) -> frozenset[str]:
    """The teasers of ``cards`` but that of a card whose headline the page's title holds: the page
    itself in its own site's list, whose teaser is the story's own standfirst."""
    own = f" {normalise(page_title or '')} "
    return frozenset(teaser for headline, teaser in cards if f" {headline} " not in own)


def mark_teaser_cards(blocks: Sequence[Block], verdicts: list[RemovalReason | None], teasers: frozenset[str]) -> None:
    """Give "related-links" to the unmarked blocks that are wholly one of ``teasers``, unless every
    unmarked block is one (see ``markup_texts``)."""
    mark_markup_texts(blocks, verdicts, teasers, "related-links")


def _card(heading: etree._Element, headlines: dict[etree._Element, int]) -> tuple[str, str] | None:
    """The normalised headline and teaser when ``heading`` and the paragraph under it make a card."""
    title = normalise(_text(heading))
    if not title or not _linked_headline(heading, title):
        return None
    parent = heading.getparent()
    if parent is None:
        return None
    if parent not in headlines:
        headlines[parent] = sum(
            1 for _ in islice((h for h in parent.iter(*_HEADINGS) if _is_headline(normalise(_text(h)))), 2)
        )
    if headlines[parent] - _is_headline(title) > 0:
        return None  # another card's or a story section's headline beside it
    teaser = _next_element(heading)
    if teaser is None or teaser.tag != "p":
        return None
    text = normalise(_text(teaser))
    if not text or text.count(" ") + 1 > TEASER_WORDS_MAX:
        return None
    if any(_words_outside_links(sibling) >= SECOND_WORDS_MIN for sibling in teaser.itersiblings()):
        return None
    return title, text


def _is_headline(title: str) -> bool:
    """A heading's normalised text of more than LABEL_WORDS_MAX words: a label ("Read the rest",
    "More") is none."""
    return title.count(" ") >= LABEL_WORDS_MAX


def _linked_headline(heading: etree._Element, title: str) -> bool:
    """Whether the heading is one link to another page, a kicker of KICKER_WORDS_MAX words beside it allowed."""
    anchors = list(heading.iter("a"))
    if len(anchors) != 1:
        return False
    linked = normalise(_text(anchors[0]))
    return points_elsewhere(anchors[0]) and bool(linked) and title.count(" ") - linked.count(" ") <= KICKER_WORDS_MAX


def _next_element(element: etree._Element) -> etree._Element | None:
    """The next sibling element that holds text (comments, processing instructions and boxes
    without text, a picture's link, skipped)."""
    for sibling in element.itersiblings():
        if isinstance(sibling.tag, str) and _text(sibling).strip():
            return sibling
    return None


def _words_outside_links(element: etree._Element) -> int:
    if not isinstance(element.tag, str):
        return 0
    linked = sum(len(normalise(_text(anchor)).split()) for anchor in element.iter("a"))
    return len(normalise(_text(element)).split()) - linked


def _text(element: etree._Element) -> str:
    return "".join(element.itertext())
