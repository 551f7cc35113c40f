"""Article leads: the standfirst a page marks up apart from the story, which trafilatura may drop.

Many pages set the story's opening summary (the lead, standfirst, teaser or abstract) in its own
element above the story's text: one named for it (``p.lead``, ``div.teaser-text``,
``div.article-intro``, ``span.vhb-article--introduction``) or a paragraph in the story's own
``header`` (a ``header`` inside ``article`` or ``main``, where the headline is). trafilatura
discards elements named "teaser" and often reads only the story's container, so the lead is lost
although it is the first paragraph of the article. ``lead_candidates`` collects, in document
order, the texts of those elements that:

- are the only such element of the page with that tag and class that is itself lead-shaped (a
  list of teasers repeats its class; teaser cards set in links or list items, which are never
  lead-shaped, do not count against the story's lead that shares their class);
- are prose: LEAD_WORDS_MIN to LEAD_WORDS_MAX words, at most MAX_LINKED_SHARE of the characters
  inside links;
- hold no heading, list, table, form, media or script (a container of a whole section is no lead),
  and sit in no navigation, aside, footer, form, list item, figure or link.

``missing_lead`` picks the first candidate the extracted body lacks, when it is about the story:
the share of its long words (LONG_WORD) that the body also has is at least OVERLAP_MIN (a lead
summarises the story; another page's teaser or a site blurb shares few words) and under
OVERLAP_MAX (at or over it, the body already says it, in other line breaks or punctuation).
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

LEAD_NAMES = frozenset(
    {
        "lead",
        "leadtext",
        "intro",
        "introtext",
        "introduction",
        "teaser",
        "teasertext",
        "abstract",
        "excerpt",
        "summary",
        "standfirst",
        "chapo",
        "preface",
        "dek",
        "deck",
    }
)
LEAD_WORDS_MIN = 12  # shorter: a kicker, a label or a date line, no lead paragraph
LEAD_WORDS_MAX = 120  # longer: a whole section, not the opening summary
MAX_LINKED_SHARE = 0.3
OVERLAP_MIN = 0.15
OVERLAP_MAX = 0.9
MAX_ELEMENTS = 100_000  # elements examined on one page: bounds the work on pathological pages
LONG_WORD = re.compile(r"\w{5,}")
# Words of a class or id: runs of letters, split at case changes ("articleLead" -> article, Lead).
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_OUTSIDE = frozenset({"nav", "aside", "footer", "form", "li", "figure", "figcaption", "a", "button"})
_INSIDE = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "form", "nav", "button", "input", "select"}
    | {"iframe", "figure", "img", "script"}
)


def _named_as_lead(element: etree._Element) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return any(word.lower() in LEAD_NAMES for word in _NAME_WORD.findall(names))


def _signature(element: etree._Element) -> str:
    return f"{element.tag!s} {element.get('class') or ''}"


def _in_story_header(element: etree._Element) -> bool:
    """A paragraph in a ``header`` that is inside an ``article`` or ``main`` (the story's header)."""
    if element.tag != "p":
        return False
    ancestors = [a.tag for a in element.iterancestors()]
    return "header" in ancestors and ("article" in ancestors or "main" in ancestors)


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def is_lead_shaped(element: etree._Element) -> bool:
    """Prose that may be a lead: LEAD_WORDS_MIN to LEAD_WORDS_MAX words, at most MAX_LINKED_SHARE
    of its characters in links, holding no heading, list, table, form, media or script, and set in
    no navigation, aside, footer, form, list item, figure or link."""
    if element.tag in _OUTSIDE or any(a.tag in _OUTSIDE for a in element.iterancestors()):
        return False
    if any(d.tag in _INSIDE for d in element.iterdescendants() if isinstance(d.tag, str)):
        return False
    text = _text(element)
    if not LEAD_WORDS_MIN <= len(text.split()) <= LEAD_WORDS_MAX:
        return False
    linked = sum(len(_text(a)) for a in element.iter("a"))
    return linked <= MAX_LINKED_SHARE * len(text)


def lead_candidates(tree: etree._Element) -> tuple[str, ...]:
    """The texts (whitespace collapsed) of ``tree``'s lead-shaped elements named as a lead or set
    in the story's header, each the only lead-shaped one of its tag and class, in document order, without repeats; at most
    MAX_ELEMENTS elements are examined."""
    named: list[etree._Element] = []
    for i, element in enumerate(tree.iter()):
        if i >= MAX_ELEMENTS:
            break
        if isinstance(element.tag, str) and (_named_as_lead(element) or _in_story_header(element)):
            named.append(element)
    shaped = [element for element in named if is_lead_shaped(element)]
    # Teaser cards repeat a lead's class, but inside links or list items: only shaped ones count.
    signatures = Counter(_signature(element) for element in shaped)
    texts: list[str] = []
    for element in shaped:
        if signatures[_signature(element)] == 1:
            text = _text(element)
            if text not in texts:
                texts.append(text)
    return tuple(texts)


def long_words(text: str) -> set[str]:
    """The distinct lower-cased words of ``text`` that LONG_WORD matches: what a lead or a story
    section shares with the story's text."""
    return {w.lower() for w in LONG_WORD.findall(text)}


def missing_lead(candidates: tuple[str, ...], body: str, overlap_min: float = OVERLAP_MIN) -> str | None:
    """The first of ``candidates`` that ``body`` (trafilatura's text) lacks and that shares
    ``overlap_min`` to under OVERLAP_MAX of its long words with it; None when there is none."""
    flat = " ".join(body.split())
    body_words = long_words(flat)
    for text in candidates:
        if text in flat:
            continue
        words = long_words(text)
        if words and overlap_min <= len(words & body_words) / len(words) < OVERLAP_MAX:
            return text
    return None
