"""The article body a page declares in its structured data (schema.org JSON-LD ``articleBody``).

Many news sites render the story with scripts or behind a paywall, so the visible page holds a
teaser, a caption or an author's bio, while the page's ``<script type="application/ld+json">``
still carries the full text for search engines. ``declared_article_body`` reads it so the HTML
path can prefer it when the extracted body is clearly shorter (see ``logic.clean``).

The scripts are parsed as JSON only (never evaluated); their number, size and nesting depth are
bounded, so the work is bounded on any page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import orjson
from lxml import etree

MAX_SCRIPTS = 20  # a page declares a handful; more are not read
MAX_SCRIPT_CHARS = 2_000_000
MAX_DEPTH = 12  # nesting walked inside one script ("@graph" lists, "mainEntity" objects)
# schema.org types whose articleBody is the story: Article and its subtypes (NewsArticle,
# ReportageNewsArticle, OpinionNewsArticle, AnalysisNewsArticle, BlogPosting, ...).
_STORY_TYPE = re.compile(r"(?:Article|BlogPosting|Report)\b")
_TAG = re.compile(r"<[a-zA-Z!/][^<>]{0,2000}>")
_BREAK_TAG = re.compile(r"<(?:/p|br|/div|/h[1-6]|/li)\b[^<>]{0,200}>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")


def json_ld_objects(tree: etree._Element) -> list[object]:
    """The parsed JSON of ``tree``'s JSON-LD scripts, in page order: at most MAX_SCRIPTS scripts
    of at most MAX_SCRIPT_CHARS each, blank or invalid ones skipped. Never raises."""
    objects: list[object] = []
    scripts = tree.xpath('//script[contains(translate(@type, "JSONLD", "jsonld"), "ld+json")]')
    for script in scripts[:MAX_SCRIPTS]:
        source = script.text or ""
        if not source.strip() or len(source) > MAX_SCRIPT_CHARS:
            continue
        try:
            objects.append(orjson.loads(source))
        except orjson.JSONDecodeError:
            continue
    return objects


def declared_article_body(tree: etree._Element) -> str:
    """The longest ``articleBody`` of a story-typed JSON-LD object in ``tree``, as plain text with
    one paragraph per line; "" when the page declares none. Markup inside the declared body is
    reduced to text (paragraph and line-break tags end lines) and entities are unescaped. Scripts
    that are not valid JSON are skipped. Never raises."""
    best = ""
    for data in json_ld_objects(tree):
        for body in _story_bodies(data):
            if len(body) > len(best):
                best = body
    return _as_text(best) if best else ""


def _story_bodies(data: object) -> list[str]:
    """Every non-blank ``articleBody`` of a story-typed object in ``data``, walked iteratively to
    MAX_DEPTH."""
    found: list[str] = []
    for node in json_ld_nodes(data):
        body = node.get("articleBody")
        if isinstance(body, str) and body.strip() and _is_story(node.get("@type")):
            found.append(body)
    return found


def json_ld_nodes(data: object) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``data`` (a parsed JSON-LD script: "@graph" lists, "mainEntity"
    objects, ...), walked iteratively to MAX_DEPTH, so the work is bounded on any nesting."""
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            continue
        if isinstance(node, list):
            stack.extend((item, depth + 1) for item in node)
        elif isinstance(node, dict):
            yield node
            stack.extend((value, depth + 1) for value in node.values() if isinstance(value, dict | list))


def _is_story(declared_type: object) -> bool:
    """Whether a JSON-LD ``@type`` (a name or a list of names) is an article type."""
    names = declared_type if isinstance(declared_type, list) else [declared_type]
    return any(isinstance(name, str) and _STORY_TYPE.search(name) for name in names)


def _as_text(body: str) -> str:
    """``body`` with markup reduced to text, entities unescaped, one paragraph per line."""
    if "<" in body:
        body = _TAG.sub(" ", _BREAK_TAG.sub("\n", body))
    body = html.unescape(body)
    lines = (_SPACES.sub(" ", line).strip() for line in body.splitlines())
    return "\n".join(line for line in lines if line)
