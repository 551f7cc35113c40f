"""The cleaning stage: raw article in, body without furniture plus header fields out. Pure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from pydantic import TypeAdapter

from events.models import InputFormat, Removal
from services.processors.cleaning import html as html_extraction
from services.processors.cleaning.blocks import Block, make_block, make_blocks, split_lines
from services.processors.cleaning.classifier import (
    Verdict,
    is_paragraph,
    local_verdicts,
    mark_comments_section,
    mark_edge_furniture,
    mark_prompt_boxes,
    structural_verdicts,
)
from services.processors.cleaning.comment_threads import mark_comment_threads
from services.processors.cleaning.contents_links import keep_subheadings
from services.processors.cleaning.figure_captions import mark_captions
from services.processors.cleaning.galleries import mark_galleries, mark_numbered_galleries
from services.processors.cleaning.header import parse_byline, parse_published, split_dateline
from services.processors.cleaning.headline_lists import mark_inline_lists, mark_labelled_lists
from services.processors.cleaning.keys import distinct, line_keys
from services.processors.cleaning.link_lines import mark_link_lists
from services.processors.cleaning.menu_lines import is_menu_line
from services.processors.cleaning.picture_notes import mark_figure_labels
from services.processors.cleaning.rights_lines import mark_rights_lines
from services.processors.cleaning.site_pitches import mark_site_pitches
from services.processors.cleaning.source_lists import mark_source_lists
from services.processors.cleaning.story_subtitles import headline_above_subtitle
from services.processors.cleaning.teaser_cards import mark_teaser_cards
from services.processors.cleaning.trailing_headings import mark_trailing_headings
from services.processors.cleaning.visible import visible_text

HEADLINE_LOOKBACK = 8  # blocks above the article span searched for the headline
HEADLINE_WORDS = (3, 20)
TITLE_OVERLAP = 0.75  # share of words a reworded headline has in common with the page title
# The site's name after the headline in a page title: "Headline | Site", "Headline - Site", "Headline – Site".
_TITLE_SITE_SUFFIX = re.compile(r"\s[|\-–—:]\s[^|\-–—:]{1,60}$")
MIN_REPEAT_THRESHOLD = 2
# Below this many characters of cleaned body, trafilatura may have missed the article: the page's
# visible text is cleaned too, and wins when it gives FALLBACK_GAIN times as much body.
FALLBACK_BELOW_CHARS = 250
FALLBACK_GAIN = 2.0
# A page's declared article body (JSON-LD articleBody) replaces the extracted body when it is at
# least this long and DECLARED_GAIN times as long: a teaser or a summary is shorter than the story.
DECLARED_MIN_CHARS = 500
DECLARED_GAIN = 2.0
# Most blocks of a page are removed: validating them in one call costs less than one model each.
_REMOVALS: TypeAdapter[tuple[Removal, ...]] = TypeAdapter(tuple[Removal, ...])


@dataclass(frozen=True)
class CleanResult:
    """The cleaned article.

    ``published_at`` is timezone-aware: the stated zone, else UTC assumed. ``removed`` lists every
    removed block in input order (``position`` = block index). ``dateline`` is the dateline that
    opens the first paragraph ("OSLO (Reuters) -"); it stays in the body, where the story's first
    sentence reads it. ``line_keys`` are the deduplicated repeat-learning keys of this article's
    short blocks.
    """

    headline: str | None
    byline: str | None
    dateline: str | None
    published_at: datetime | None
    body: str
    removed: tuple[Removal, ...]
    empty_reason: str | None
    line_keys: tuple[str, ...]


def _no_repeats(key: str) -> int:
    return 0


def clean(
    content: str,
    fmt: InputFormat,
    *,
    repeats: Callable[[str], int] = _no_repeats,
    repeat_threshold: int = 3,
) -> CleanResult:
    """Clean one article. Never raises on any ``str``.

    ``fmt``: "text" (one block per line), "html" (trafilatura extracts the main content, then the
    block pass runs on it; a much longer article body declared in the page's structured data is
    taken instead, see ``_with_declared_body``; when that leaves none or under FALLBACK_BELOW_CHARS
    of body, the page's visible text goes through the text cleaner and wins if it gives
    FALLBACK_GAIN times as much), "ninjs" and "newsml" (a wire item's body: HTML when it carries
    markup, else text). ``repeats(key)`` is how
    many earlier articles of the same source contained the block with that key; a block at or over
    ``repeat_threshold`` (never below 2: a line seen in one article is never learned) is removed as
    "learned-repeat".
    """
    repeat_threshold = max(repeat_threshold, MIN_REPEAT_THRESHOLD)
    is_html = fmt == "html" or (fmt in ("ninjs", "newsml") and html_extraction.looks_like_html(content))
    if not is_html:
        return _clean_blocks(split_lines(content), repeats, repeat_threshold, structural=True, meta=None)
    extracted = html_extraction.extract(content)
    main = None
    if extracted.error is None:
        main = _clean_blocks(split_lines(extracted.text), repeats, repeat_threshold, structural=False, meta=extracted)
    main = _with_declared_body(main, extracted, repeats, repeat_threshold)
    if main is not None and len(main.body) >= FALLBACK_BELOW_CHARS:
        return main
    return _with_visible_text_fallback(content, main, extracted, repeats, repeat_threshold)


def _with_declared_body(
    main: CleanResult | None,
    extracted: html_extraction.Extracted,
    repeats: Callable[[str], int],
    repeat_threshold: int,
) -> CleanResult | None:
    """``main``, or the article body the page declares in its structured data when that is at
    least DECLARED_MIN_CHARS long and DECLARED_GAIN times ``main``'s body (a script-rendered or
    paywalled page whose visible part is a teaser, a caption or a bio). The declared body goes
    through the same block pass as trafilatura's text."""
    declared = extracted.declared_body
    if len(declared) < DECLARED_MIN_CHARS or (main is not None and len(declared) < DECLARED_GAIN * len(main.body)):
        return main
    cleaned = _clean_blocks(split_lines(declared), repeats, repeat_threshold, structural=False, meta=extracted)
    return cleaned if main is None or len(cleaned.body) > len(main.body) else main


def _with_visible_text_fallback(
    content: str,
    main: CleanResult | None,
    extracted: html_extraction.Extracted,
    repeats: Callable[[str], int],
    repeat_threshold: int,
) -> CleanResult:
    """The HTML path when trafilatura found nothing or little (``main`` None or short): the page's
    visible text through the page-text cleaner, taken when it gives clearly more body; trafilatura's
    metadata still fills the header fields the text does not give."""
    lines = split_lines(visible_text(content))  # split_lines caps the block count
    fallback = _clean_blocks(lines, repeats, repeat_threshold, structural=True, meta=extracted) if lines else None
    if (
        fallback is not None
        and fallback.body
        and (main is None or len(fallback.body) >= FALLBACK_GAIN * len(main.body))
    ):
        return fallback
    if main is not None:
        return main
    reason = extracted.error or "trafilatura found no main content in the HTML"
    if fallback is not None:
        reason = f"{reason}; in the page's visible text {fallback.empty_reason}"
    return CleanResult(extracted.title, extracted.author, None, extracted.published_at, "", (), reason, ())


def _clean_blocks(
    texts: list[str],
    repeats: Callable[[str], int],
    repeat_threshold: int,
    structural: bool,
    meta: html_extraction.Extracted | None,
) -> CleanResult:
    blocks = make_blocks(texts)
    if not blocks:
        return CleanResult(None, None, None, None, "", (), "the input has no text", ())
    keys = line_keys(blocks)
    local = local_verdicts(blocks, keys, repeats, repeat_threshold)
    if structural:
        verdicts, (start, _) = structural_verdicts(blocks, local)
        headline_at = _headline_index(blocks, local, start)
        if headline_at is not None and (upper := headline_above_subtitle(blocks, local, headline_at)) is not None:
            verdicts[headline_at] = None  # the subtitle under the headline is the story's
            headline_at = upper
    else:
        verdicts = list(local)
        mark_labelled_lists(blocks, verdicts)
        mark_inline_lists(blocks, verdicts)
        mark_teaser_cards(blocks, verdicts, meta.teasers if meta else frozenset())  # before its headlines' run
        mark_link_lists(blocks, verdicts, meta.links if meta else frozenset())
        keep_subheadings(blocks, verdicts, meta.contents if meta else frozenset())
        mark_source_lists(blocks, verdicts)
        mark_captions(blocks, verdicts, meta.captions if meta else frozenset())
        mark_figure_labels(blocks, verdicts)  # "Figure 2: ..." set as a paragraph, not in a <figcaption>
        mark_rights_lines(blocks, verdicts)
        mark_comment_threads(blocks, verdicts)
        mark_comments_section(blocks, verdicts)
        mark_galleries(blocks, verdicts)
        mark_numbered_galleries(blocks, verdicts)
        mark_prompt_boxes(blocks, verdicts)
        mark_edge_furniture(blocks, verdicts)
        mark_trailing_headings(blocks, verdicts, meta.headings if meta else frozenset())
        mark_site_pitches(blocks, verdicts, is_paragraph)  # a site's pitch above the last few blocks
        headline_at = _title_block(blocks, meta.title if meta else None)
    if headline_at is not None:
        verdicts[headline_at] = "headline"
    headline = blocks[headline_at].text if headline_at is not None else (meta.title if meta else None)
    byline = _first_byline(blocks, verdicts) or (meta.author if meta else None)
    published = (meta.published_at if meta else None) or _first_stamp(blocks, verdicts)
    body, removed, dateline = _assemble(blocks, verdicts)
    return CleanResult(
        headline=headline,
        byline=byline,
        dateline=dateline,
        published_at=published,
        body=body,
        removed=removed,
        empty_reason=None if body else _empty_reason(verdicts),
        line_keys=distinct(keys),
    )


def _headline_index(blocks: Sequence[Block], local: Sequence[Verdict], start: int) -> int | None:
    """The nearest heading-shaped unmarked block above the article span; a menu line (a breadcrumb
    between headline and story) is passed over."""
    low, high = HEADLINE_WORDS
    for i in range(start - 1, max(start - 1 - HEADLINE_LOOKBACK, -1), -1):
        block = blocks[i]
        if (
            local[i] is None
            and low <= block.n_words <= high
            and not block.text.endswith((".", ",", ";"))
            and not is_menu_line(block.text)
        ):
            return i
    return None


def _title_block(blocks: Sequence[Block], title: str | None) -> int | None:
    """The block among the first three that is the page's headline: the page title, with or
    without the site's name after a separator ("... | Harper's Magazine"), or a line that is no
    sentence sharing TITLE_OVERLAP of its words with it (a section kicker or a reworded SEO title:
    "Coronavirus: New York ramps up mass burials amid outbreak" under the title "New York ramps up
    mass burials amid virus outbreak")."""
    if not title:
        return None
    wanted = make_block(title).norm
    bare = make_block(_TITLE_SITE_SUFFIX.sub("", title)).norm
    words = set(bare.split())
    low, high = HEADLINE_WORDS
    for i, block in enumerate(blocks[:3]):
        if block.norm in (wanted, bare):
            return i
        if block.sentence or not low <= block.n_words <= high or not words:
            continue
        tokens = set(block.tokens)
        if len(tokens & words) >= TITLE_OVERLAP * max(len(tokens), len(words)):
            return i
    return None


def _first_byline(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> str | None:
    for block, verdict in zip(blocks, verdicts, strict=True):
        if verdict in ("byline", "publication-stamp", "navigation", "other-furniture"):
            name = parse_byline(block.text) if block.n_words <= 14 else None
            if name:
                return name
    return None


def _first_stamp(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> datetime | None:
    for block, verdict in zip(blocks, verdicts, strict=True):
        if verdict in ("byline", "publication-stamp") or verdict is not None and block.n_words <= 14:
            stamp = parse_published(block.text)
            if stamp is not None:
                return stamp
    return None


def _assemble(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> tuple[str, tuple[Removal, ...], str | None]:
    paragraphs: list[str] = []
    removed: list[dict[str, object]] = []
    dateline: str | None = None
    for position, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict is not None:
            removed.append({"text": block.text, "reason": verdict, "position": position})
            continue
        if not paragraphs:
            dateline, _ = split_dateline(block.text)
        paragraphs.append(block.text)
    return "\n\n".join(paragraphs), _REMOVALS.validate_python(removed), dateline


def _empty_reason(verdicts: Sequence[Verdict]) -> str:
    counts = Counter(v for v in verdicts if v is not None)
    top = ", ".join(f"{reason} x{n}" for reason, n in counts.most_common(3))
    return f"every one of the {len(verdicts)} blocks was classified as boilerplate ({top})"
