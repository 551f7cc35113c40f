"""Figure captions: blocks of trafilatura's text that are wholly a caption the page marked up.

A page's ``figcaption`` says which texts caption a picture, a chart or a video; trafilatura's text
keeps no markup, so a caption it lets through reads like a short paragraph ("Chief Education
Officer Dr Jane Roe. (Picture by John Doe)"). ``caption_texts`` collects the page's captions and
``mark_captions`` gives "caption" to each kept block whose normalised text is one of them. A
caption shorter than CAPTION_WORDS_MIN words is a name a heading may repeat, and one longer than
CAPTION_WORDS_MAX words is no caption of a picture (a figure holding a whole passage, an embedded
post): neither is collected. A text of captions only is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.markup_texts import mark_markup_texts
from services.processors.cleaning.signals import normalise

CAPTION_WORDS_MIN = 3  # a shorter caption is a name ("Coinbase") that a heading may repeat
CAPTION_WORDS_MAX = 60
MAX_CAPTIONS = 1_000  # captions read from one page: bounds the work on pathological pages


def caption_texts(tree: etree._Element) -> frozenset[str]:
    """The normalised texts (see ``signals.normalise``) of the page's ``figcaption`` elements of
    CAPTION_WORDS_MIN to CAPTION_WORDS_MAX words; at most MAX_CAPTIONS are read."""
    texts: set[str] = set()
    for i, caption in enumerate(tree.iter("figcaption")):
        if i >= MAX_CAPTIONS:
            break
        norm = normalise("".join(caption.itertext()))
        if norm and CAPTION_WORDS_MIN <= norm.count(" ") + 1 <= CAPTION_WORDS_MAX:
            texts.add(norm)
    return frozenset(texts)


def mark_captions(blocks: Sequence[Block], verdicts: list[RemovalReason | None], captions: frozenset[str]) -> None:
    """Give "caption" to the unmarked blocks that are wholly one of ``captions``, unless every
    unmarked block is one (see ``markup_texts``)."""
    mark_markup_texts(blocks, verdicts, captions, "caption")
