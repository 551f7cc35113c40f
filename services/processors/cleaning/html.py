"""Main-content extraction from HTML, delegated to trafilatura (we write no extractor of our own)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

import trafilatura
from trafilatura.settings import Document

from services.processors.cleaning.contents_links import contents_entries
from services.processors.cleaning.described_leads import described_lead, missing_described_lead
from services.processors.cleaning.end_tags import without_document_end_tags
from services.processors.cleaning.figure_captions import caption_texts
from services.processors.cleaning.header import parse_published
from services.processors.cleaning.leads import lead_candidates, missing_lead
from services.processors.cleaning.link_lines import link_texts
from services.processors.cleaning.recipe_ingredients import IngredientBox, ingredient_box, with_ingredients
from services.processors.cleaning.story_sections import Paragraph, story_paragraphs, with_story_sections
from services.processors.cleaning.structured_data import declared_article_body
from services.processors.cleaning.tables import flatten_layout_tables
from services.processors.cleaning.teaser_cards import teaser_cards, teaser_texts
from services.processors.cleaning.trailing_headings import heading_texts

MAX_HTML_CHARS = 5_000_000  # beyond this the page is cut: no news page is larger, and parsing stays bounded
_TAG = re.compile(r"<[a-zA-Z!/][^<>]{0,2000}>")


@dataclass(frozen=True)
class Extracted:
    """What trafilatura found: main text (one paragraph per line) and page metadata (the metadata
    also when no main text was found)."""

    text: str
    title: str | None
    author: str | None
    published_at: datetime | None
    error: str | None  # why nothing was extracted, when text == ""
    declared_body: str = ""  # the page's JSON-LD articleBody, one paragraph per line ("" when none)
    links: frozenset[str] = frozenset()  # normalised texts of the page's links to other pages (see link_lines)
    captions: frozenset[str] = frozenset()  # normalised texts of the page's figure captions (see figure_captions)
    headings: frozenset[str] = frozenset()  # normalised texts of the page's h1-h6 (see trailing_headings)
    contents: frozenset[str] = frozenset()  # normalised texts of its table of contents' entries (see contents_links)
    teasers: frozenset[str] = frozenset()  # normalised texts of its teaser cards' paragraphs (see teaser_cards)


def looks_like_html(content: str) -> bool:
    """Whether ``content`` carries markup (at least two tags in its first 20,000 characters)."""
    return len(_TAG.findall(content[:20_000], 0)) >= 2


def extract(html: str) -> Extracted:
    """Run trafilatura on a page or fragment, its layout tables flattened into blocks first (see
    ``tables``), and read the article body the page declares in its structured data (see
    ``structured_data``) and the texts of its links, figure captions and headings (see
    ``link_lines``, ``figure_captions``, ``trailing_headings``) and its teaser cards' paragraphs
    (see ``teaser_cards``); the story's lead, when trafilatura's text lacks it, opens the text (see
    ``leads``, and ``described_leads`` for a lead the page's meta description names); a recipe's
    ingredient list that trafilatura drops is put back (see ``recipe_ingredients``). Never raises (failures come back in ``error``)."""
    declared = ""
    links: frozenset[str] = frozenset()
    captions: frozenset[str] = frozenset()
    leads: tuple[str, ...] = ()
    described: str | None = None
    ingredients: IngredientBox | None = None
    headings: frozenset[str] = frozenset()
    contents: frozenset[str] = frozenset()
    cards: frozenset[tuple[str, str]] = frozenset()
    paragraphs: tuple[Paragraph, ...] = ()
    try:
        tree = trafilatura.load_html(without_document_end_tags(html[:MAX_HTML_CHARS]))
        if tree is not None:
            declared = declared_article_body(tree)
            links = link_texts(tree)
            captions = caption_texts(tree)
            leads = lead_candidates(tree)
            described = described_lead(tree)
            ingredients = ingredient_box(tree)
            headings = heading_texts(tree)
            contents = contents_entries(tree, headings)
            cards = teaser_cards(tree)
            paragraphs = story_paragraphs(tree)
            flatten_layout_tables(tree)
        doc = (
            trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=True)
            if tree is not None
            else None
        )
    except (RecursionError, ValueError, TypeError, AttributeError, MemoryError) as exc:
        return Extracted("", None, None, None, f"trafilatura failed on the HTML: {type(exc).__name__}")
    if doc is None:
        return Extracted(
            "", None, None, None, "trafilatura found no main content in the HTML", declared, links, captions, headings
        )
    assert isinstance(doc, Document)  # a dict only with as_dict=True
    published = parse_published(doc.date) if doc.date else None
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    text = with_ingredients(ingredients, with_story_sections(paragraphs, doc.text or ""))
    lead = (missing_lead(leads, text) or missing_described_lead(described, text)) if text.strip() else None
    if lead is not None:
        text = f"{lead}\n{text}"
    error = None if text.strip() else "trafilatura found no main content in the HTML"
    return Extracted(
        text if error is None else "",
        doc.title or None,
        doc.author or None,
        published,
        error,
        declared,
        links,
        captions,
        headings,
        contents,
        teaser_texts(cards, doc.title),
    )


def baseline_text(html: str) -> str:
    """trafilatura alone with its default settings (the evaluation's baseline); "" on failure."""
    try:
        return trafilatura.extract(html[:MAX_HTML_CHARS]) or ""
    except (RecursionError, ValueError, TypeError, AttributeError, MemoryError):
        return ""
