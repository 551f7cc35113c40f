"""Described leads: the visible element whose text is the summary the page declares in its metadata.

A page states its story's summary in ``<meta name="description">``, ``og:description`` or
``twitter:description``. When one of its visible elements carries that same text (a subheadline
``h2``, a ``div`` under the headline), the page itself says that element is the story's lead,
whatever its tag or class is called; trafilatura often leaves such an element out, as it sits in
the story's header apart from the story's container. ``described_lead`` finds the first such
element in document order that is lead-shaped (see ``leads.is_lead_shaped``: prose, outside
navigation, asides, footers, figures and links, holding no headings, lists or media). A meta
description may be the element's text cut short (a description limited to a set length, its
"..." dropped or not): an element whose text opens with a description of at least
LEAD_WORDS_MIN words counts too.

``missing_described_lead`` takes it when trafilatura's text lacks it and it shares at least
OVERLAP_MIN of its long words with that text. The bar is lower than for a lead found by its class
name (``leads.OVERLAP_MIN``), as the page's metadata vouches for it; it still keeps out a site
blurb that a page reuses as its description ("The official site of ...") and shows in a box.
Nothing here depends on the page's language.
"""

from __future__ import annotations

import re

from lxml import etree

from services.processors.cleaning.leads import LEAD_WORDS_MIN, is_lead_shaped, missing_lead

OVERLAP_MIN = 0.1  # a site blurb reused as the description shares next to none; a lead shares more
_DESCRIPTION_NAMES = frozenset({"description", "og:description", "twitter:description"})
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")
KEY_CHARS = 20  # leading characters an element's own text must share with a description to be read whole
MAX_ELEMENTS = 100_000  # elements examined on one page: bounds the work on pathological pages


def _collapse(text: str) -> str:
    return " ".join(text.split())


def page_descriptions(tree: etree._Element) -> tuple[str, ...]:
    """The page's meta descriptions of at least LEAD_WORDS_MIN words, whitespace collapsed and a
    closing ellipsis cut, without repeats, in document order."""
    found: list[str] = []
    for meta in tree.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        if name not in _DESCRIPTION_NAMES:
            continue
        text = _ELLIPSIS.sub("", _collapse(meta.get("content") or ""))
        if len(text.split()) >= LEAD_WORDS_MIN and text not in found:
            found.append(text)
    return tuple(found)


def described_lead(tree: etree._Element) -> str | None:
    """The text (whitespace collapsed) of the first lead-shaped element of ``tree`` whose text is
    one of the page's descriptions or opens with one; None when there is none. At most
    MAX_ELEMENTS elements are examined."""
    descriptions = page_descriptions(tree)
    if not descriptions:
        return None
    keys = {d[:KEY_CHARS] for d in descriptions}
    for i, element in enumerate(tree.iter()):
        if i >= MAX_ELEMENTS:
            break
        if not isinstance(element.tag, str) or element.tag in ("meta", "script", "style", "title", "head"):
            continue
        own = _collapse(element.text or "")
        if own[:KEY_CHARS] not in keys:  # cheap test on the element's own text before reading it whole
            continue
        text = _collapse("".join(element.itertext()))
        if any(text.startswith(d) for d in descriptions) and is_lead_shaped(element):
            return text
    return None


def missing_described_lead(lead: str | None, body: str) -> str | None:
    """``lead`` when ``body`` (trafilatura's text) lacks it and it shares OVERLAP_MIN to under
    ``leads.OVERLAP_MAX`` of its long words with ``body`` (see ``leads.missing_lead``); else None."""
    return missing_lead((lead,), body, OVERLAP_MIN) if lead else None
