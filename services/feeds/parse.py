"""A feed's bytes -> its items, and an item -> the one ninjs document the ingestor reads (pure).

``read_feed(data, content_type)`` parses RSS 0.9x/1.0/2.0 or Atom with feedparser (given the
bytes, never a URL or a path, so it fetches nothing) and returns a :class:`Feed`, or raises
:class:`FeedError` when the bytes are no feed (an HTML page, garbage) or declare XML entities
(refused before parsing: an entity bomb is never expanded). Each entry becomes a
:class:`FeedItem`, or an :class:`ItemProblem` naming the entry and the reason (no id and no link,
no content or summary); a bad entry never hides the others.

An item is published as the item says it, never by fetching its link: its own content (else its
summary) as the body, HTML or text, its guid (else its link) as identity, its title as headline,
its published (else updated) time. :func:`item_document` writes that as a ninjs 2.x item, so it
goes through the ingestor's own reading, identity and rejection rules like any pushed ninjs.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
import orjson

_HTML_START = (b"<!doctype html", b"<html")
# A feed has no use for entity declarations; they are how entity-expansion bombs and external
# entities are built, and feedparser's XML parser would expand them. Spelled in every encoding
# feedparser reads a document in (XML keywords are case-sensitive).
_ENTITY_DECLARATIONS = tuple(
    "<!ENTITY".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)


class FeedError(ValueError):
    """The bytes are not an RSS or Atom feed; the message says why, ``kind`` its kind for the
    rejection metric (``unsupported``: not a feed; ``malformed``: entity declarations; ``empty``)."""

    def __init__(self, reason: str, kind: str = "unsupported") -> None:
        super().__init__(reason)
        self.kind = kind


@dataclass(frozen=True)
class FeedItem:
    identity: str
    title: str | None
    body: str
    body_is_html: bool
    link: str | None
    published_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True)
class ItemProblem:
    where: str  # "item 3 ('Title...')"
    reason: str
    key: str  # a hash of the entry, so the same bad entry is reported once
    kind: str  # for the rejection metric: malformed (no identity) or empty (no content)

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class Feed:
    title: str | None
    kind: str  # feedparser's version: rss20, atom10, ...
    items: tuple[FeedItem, ...]
    problems: tuple[ItemProblem, ...]
    warning: str | None = None  # a feed read in spite of an XML error (feedparser's "bozo")


def read_feed(data: bytes, content_type: str | None = None) -> Feed:
    head = data[:1024].lstrip().lower()
    if not head:
        raise FeedError("empty response: no feed", "empty")
    if any(marker in data for marker in _ENTITY_DECLARATIONS):
        raise FeedError(
            "declares XML entities (how entity-expansion bombs and external entities are made); not read", "malformed"
        )
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(
        io.BytesIO(data), response_headers=headers, sanitize_html=True, resolve_relative_uris=False
    )
    if not parsed.get("version"):
        if head.startswith(_HTML_START) or (content_type or "").lower().startswith("text/html"):
            raise FeedError("an HTML page, not an RSS or Atom feed")
        why = parsed.get("bozo_exception")
        raise FeedError("not an RSS or Atom feed" + (f" ({_one_line(str(why))})" if why else ""))
    items: list[FeedItem] = []
    problems: list[ItemProblem] = []
    for index, entry in enumerate(parsed.entries):
        item = _item(entry)
        if isinstance(item, str):
            title = _text(entry.get("title"))
            where = f"item {index}" + (f" ({title[:60]!r})" if title else "")
            problems.append(
                ItemProblem(where, item, _entry_key(entry), "malformed" if item.startswith("no id") else "empty")
            )
        else:
            items.append(item)
    warning = _one_line(str(parsed.get("bozo_exception"))) if parsed.get("bozo") else None
    return Feed(_text(parsed.feed.get("title")), parsed.version, tuple(items), tuple(problems), warning)


def _item(entry) -> FeedItem | str:
    identity = _text(entry.get("id")) or _text(entry.get("link"))
    if not identity:
        return "no id (guid) and no link: it has no identity to publish it under"
    body, is_html = _body(entry)
    if not body:
        return "no content and no summary: nothing to publish (the link is not fetched)"
    return FeedItem(
        identity=identity,
        title=_text(entry.get("title")),
        body=body,
        body_is_html=is_html,
        link=_text(entry.get("link")),
        published_at=_time(entry.get("published_parsed")),
        updated_at=_time(entry.get("updated_parsed")),
    )


def _entry_key(entry) -> str:
    parts = [entry.get(k) for k in ("title", "summary", "link", "id")] + [
        c.get("value") for c in entry.get("content") or ()
    ]
    return "entry:" + hashlib.sha256(orjson.dumps([p if isinstance(p, str) else None for p in parts])).hexdigest()


def _body(entry) -> tuple[str, bool]:
    for part in entry.get("content") or ():
        value = part.get("value") or ""
        if value.strip():
            return value, "html" in (part.get("type") or "")
    detail = entry.get("summary_detail") or {}
    value = entry.get("summary") or ""
    return (value, "html" in (detail.get("type") or "")) if value.strip() else ("", False)


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _time(parsed: time.struct_time | None) -> datetime | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def item_document(item: FeedItem) -> bytes:
    """The item as one ninjs 2.x JSON object (uri, headlines, bodies, times, link)."""
    doc: dict[str, object] = {
        "uri": item.identity,
        "type": "text",
        "pubstatus": "usable",
        "bodies": [
            {"role": "main", "contenttype": "text/html" if item.body_is_html else "text/plain", "value": item.body}
        ],
    }
    if item.title:
        doc["headlines"] = [{"role": "main", "value": item.title}]
    first, latest = item.published_at or item.updated_at, item.updated_at or item.published_at
    if first and latest:  # both or neither
        doc["firstcreated"] = first.isoformat()
        doc["versioncreated"] = latest.isoformat()
    if item.link:
        doc["links"] = [{"rel": "canonical", "href": item.link}]
    return orjson.dumps(doc)


def fingerprint(item: FeedItem) -> str:
    """What identifies a version of an item: its title, body and link. Its times are left out, so a
    feed that re-stamps an unchanged item does not send it again."""
    return hashlib.sha256(orjson.dumps([item.identity, item.title, item.body, item.link])).hexdigest()
