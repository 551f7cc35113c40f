"""Contents links: a page's table of contents links each of its subheadings, which makes the
subheading itself read as a link line.

A long article or guide sets a table of contents above its text: a list of links to its own
sections ("/guide.html#where-to-buy", "#c83009"), each link's text one of the page's headings. The
link-line rule (``link_lines``) takes a block whose text is a link's for a link to another page;
a link that names its target by a path and a fragment is not told apart from one, so a
subheading set as "Label: text" ("Tankstellen: Wo kann man Adblue kaufen?", "Example 2: Change
the axis text") reads as a labelled link line ("Read: <another page's title>") and is removed as
"related-links". ``contents_entries`` collects the
normalised texts of the page's links that carry a fragment and whose text is one of the page's
headings (``trailing_headings.heading_texts``): the page's contents entries.
``keep_subheadings`` gives the story's subheadings back: a block marked "related-links" whose
text is a contents entry and whose neighbours (the blocks right above and below it) are not, so
a subheading between paragraphs stays, while the contents list itself, entries in a row, stays
removed. Nothing here depends on the page's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.signals import normalise

MAX_LINKS = 5_000  # links read from one page: bounds the work on pathological pages
LINK_REASON: RemovalReason = "related-links"


def contents_entries(tree: etree._Element, headings: frozenset[str]) -> frozenset[str]:
    """The normalised texts (see ``signals.normalise``) of ``tree``'s links whose ``href`` has a
    fragment ("#...") and whose text is one of ``headings``; at most MAX_LINKS links are read."""
    if not headings:
        return frozenset()
    texts: set[str] = set()
    for i, anchor in enumerate(tree.iter("a")):
        if i >= MAX_LINKS:
            break
        href = anchor.get("href") or ""
        if "#" not in href:
            continue
        norm = normalise("".join(anchor.itertext()))
        if norm in headings:
            texts.add(norm)
    return frozenset(texts)


def keep_subheadings(blocks: Sequence[Block], verdicts: list[RemovalReason | None], entries: frozenset[str]) -> None:
    """Clear LINK_REASON from each block whose text is one of ``entries`` while neither block next
    to it is one (see the module docstring)."""
    if not entries:
        return
    listed = [block.norm in entries for block in blocks]
    for i, verdict in enumerate(verdicts):
        if verdict != LINK_REASON or not listed[i]:
            continue
        if (i > 0 and listed[i - 1]) or (i + 1 < len(blocks) and listed[i + 1]):
            continue  # the contents list itself
        verdicts[i] = None
