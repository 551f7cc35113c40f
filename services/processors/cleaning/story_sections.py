"""Story sections: the parts of a story trafilatura leaves out when the story's container holds
several text sections.

A page may split one story over sibling sections of its ``article`` (a CMS "paragraphs" field per
block, a first section above an image and a second below it). trafilatura sometimes takes one of
them for the whole main text, so the body reads as if cut off. ``story_paragraphs`` collects the
page's prose paragraphs (``p`` elements of PARAGRAPH_WORDS_MIN words or more, at most
MAX_LINKED_SHARE of their characters in links, outside navigation, asides, footers, forms, list
items, figures, links, headers and quotes) with the elements above them. ``with_story_sections``
then finds the paragraphs trafilatura's text holds (by their first or last KEY_WORDS words, as
trafilatura's line breaks, spacing and soft hyphens differ from the markup's; at least
ANCHORS_MIN of them), their nearest common ``article`` (at most CONTAINER_LEVELS_MAX levels above
their nearest common ancestor: a container further up is the page, not the story), and puts back,
in page order, the prose paragraphs of that article it lacks, except teasers and boxes: those
inside a nested ``article`` (a teaser card) or alone under a heading (a card, an author box), not
ending like a sentence, cut short ("..."), opening in lower case (the name before it was a link),
or sharing under VOCABULARY_MIN of their long words with trafilatura's text (a promotion or
another story).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from services.processors.cleaning.leads import long_words

PARAGRAPH_WORDS_MIN = 12
MAX_LINKED_SHARE = 0.3
ANCHORS_MIN = 3
CONTAINER_LEVELS_MAX = 4
VOCABULARY_MIN = 0.2
MAX_PARAGRAPHS = 2_000  # paragraphs read from one page: bounds the work on pathological pages
_CONTAINER = "article"
_OUTSIDE = frozenset(
    {"nav", "aside", "footer", "form", "li", "figure", "figcaption", "a", "button", "header", "blockquote"}
)
_WORD = re.compile(r"\w+")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
KEY_WORDS = 8  # words at either end of a paragraph that find it in trafilatura's text
_SENTENCE_END = re.compile(r"[.!?:;\"'“”„»«)\]]$")
_CUT_OFF = re.compile(r"(?:…|\.\.)\W{0,3}$")  # a teaser's text cut short


@dataclass(frozen=True)
class Paragraph:
    """One prose paragraph of the page: its text (whitespace collapsed) and its ancestors, the
    root first."""

    text: str
    ancestors: tuple[etree._Element, ...]


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def story_paragraphs(tree: etree._Element) -> tuple[Paragraph, ...]:
    """The prose paragraphs of ``tree`` in document order (at most MAX_PARAGRAPHS ``p`` elements
    are read). Read before trafilatura runs: it may change the tree."""
    found: list[Paragraph] = []
    for i, element in enumerate(tree.iter("p")):
        if i >= MAX_PARAGRAPHS:
            break
        ancestors = tuple(reversed(list(element.iterancestors())))
        if any(a.tag in _OUTSIDE for a in ancestors):
            continue
        text = _text(element)
        if len(text.split()) < PARAGRAPH_WORDS_MIN:
            continue
        linked = sum(len(_text(a)) for a in element.iter("a"))
        if linked <= MAX_LINKED_SHARE * len(text):
            found.append(Paragraph(text, ancestors))
    return tuple(found)


def _words(text: str) -> str:
    """``text``'s words, lower-cased, one space apart: trafilatura's text differs from the markup's
    in line breaks, soft hyphens and spacing around inline elements."""
    return " ".join(_WORD.findall(text.replace("\xad", "").lower()))


def _keys(paragraph: str) -> tuple[str, str]:
    """The first and the last KEY_WORDS words of ``paragraph`` (see ``_words``)."""
    own = _words(paragraph).split()
    return f" {' '.join(own[:KEY_WORDS])} ", f" {' '.join(own[-KEY_WORDS:])} "  # whole words only


def _found_in(keys: tuple[str, str], words: str) -> bool:
    return keys[0] in words or keys[1] in words


def _common_ancestors(paragraphs: list[Paragraph]) -> tuple[etree._Element, ...]:
    common = paragraphs[0].ancestors
    for paragraph in paragraphs[1:]:
        n = 0
        while n < min(len(common), len(paragraph.ancestors)) and common[n] is paragraph.ancestors[n]:
            n += 1
        common = common[:n]
    return common


def _container(common: tuple[etree._Element, ...]) -> etree._Element | None:
    for level, element in enumerate(reversed(common)):
        if level > CONTAINER_LEVELS_MAX:
            return None
        if element.tag == _CONTAINER:
            return element
    return None


def _belongs(paragraph: Paragraph, container: etree._Element, body_words: set[str]) -> bool:
    if not any(a is container for a in paragraph.ancestors):
        return False
    inner = paragraph.ancestors[[a is container for a in paragraph.ancestors].index(True) + 1 :]
    if any(a.tag == _CONTAINER for a in inner) or not _SENTENCE_END.search(paragraph.text):
        return False
    if _CUT_OFF.search(paragraph.text) or paragraph.text[0].islower():  # a teaser, or a name in a link
        return False
    if _is_card(paragraph):
        return False
    words = long_words(paragraph.text)
    return bool(words) and len(words & body_words) >= VOCABULARY_MIN * len(words)


def _is_card(paragraph: Paragraph) -> bool:
    """A paragraph set alone under a heading (a teaser card, an author box): its parent holds a
    heading and no other paragraph."""
    parent = paragraph.ancestors[-1]
    children = [c.tag for c in parent if isinstance(c.tag, str)]
    return children.count("p") == 1 and any(tag in _HEADINGS for tag in children)


def with_story_sections(paragraphs: tuple[Paragraph, ...], text: str) -> str:
    """``text`` (trafilatura's, one paragraph per line) with the story paragraphs it lacks put
    back in page order: each before the line holding the next paragraph it has, or after the line
    holding the previous one; ``text`` unchanged when there is no story container or nothing is
    missing."""
    lines = text.split("\n")
    plain = [_words(line) for line in lines]
    line_words = [f" {words} " for words in plain]
    all_words = f" {' '.join(plain)} "  # a paragraph trafilatura broke over lines is found here
    keys = [_keys(p.text) for p in paragraphs]
    present = [_found_in(k, all_words) for k in keys]
    anchors = [p for p, here in zip(paragraphs, present, strict=True) if here]
    if len(anchors) < ANCHORS_MIN:
        return text
    container = _container(_common_ancestors(anchors))
    if container is None:
        return text
    body_words = long_words(text)
    before: dict[int, list[str]] = {}  # line index -> missing paragraphs to put before it
    after: dict[int, list[str]] = {}
    last_line: int | None = None
    pending: list[str] = []
    for paragraph, key, here in zip(paragraphs, keys, present, strict=True):
        if here:
            at = next((i for i, words in enumerate(line_words) if _found_in(key, words)), None)
            if at is None:  # spread over lines: place nothing around it
                continue
            if pending:
                before.setdefault(at, []).extend(pending)
                pending = []
            last_line = at
        elif _belongs(paragraph, container, body_words):
            pending.append(paragraph.text)
    if pending and last_line is not None:
        after.setdefault(last_line, []).extend(pending)
    if not before and not after:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        out.extend(before.get(i, []))
        out.append(line)
        out.extend(after.get(i, []))
    return "\n".join(out)
