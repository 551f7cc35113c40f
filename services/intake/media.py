"""Which input format a pushed body's Content-Type names (pure).

``input_format(content_type)`` returns a :class:`Media`: ``kind`` (text, html, ninjs or newsml:
what the client said it sends, also the metric's format label), ``fmt`` (the format handed to the
ingestor; None for XML, which the ingestor sniffs, so it reads whichever XML wire formats it
knows) and ``charset`` (when a text body declares one other than UTF-8, the body is decoded from
it; JSON and XML bodies are handed over as they are: JSON is UTF-8 and XML says its encoding
itself). An unknown or missing type raises :class:`UnsupportedMedia` with the reason.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from events.models import InputFormat

TYPES: dict[str, tuple[str, InputFormat | None]] = {
    "text/plain": ("text", "text"),
    "text/html": ("html", "html"),
    "application/xhtml+xml": ("html", "html"),
    "application/json": ("ninjs", "ninjs"),
    "application/ninjs+json": ("ninjs", "ninjs"),
    "application/vnd.iptc.ninjs+json": ("ninjs", "ninjs"),
    "application/xml": ("newsml", None),
    "text/xml": ("newsml", None),
    "application/vnd.iptc.g2.newsitem+xml": ("newsml", None),
    "application/vnd.iptc.g2.newsmessage+xml": ("newsml", None),
}
SUPPORTED = "text/plain, text/html, application/json (ninjs), application/xml (NewsML-G2)"


class UnsupportedMedia(ValueError):
    """The Content-Type is missing, unknown or names an unknown charset."""


@dataclass(frozen=True)
class Media:
    kind: str
    fmt: InputFormat | None
    charset: str | None = None  # a non-UTF-8 charset the body must be decoded from


def input_format(content_type: str | None) -> Media:
    if not content_type or not content_type.strip():
        raise UnsupportedMedia(f"no Content-Type: say what the body is ({SUPPORTED})")
    mime, *params = (part.strip() for part in content_type.split(";"))
    mime = mime.lower()
    if mime not in TYPES:
        raise UnsupportedMedia(f"Content-Type {mime[:100]!r} is not read; send one of {SUPPORTED}")
    kind, fmt = TYPES[mime]
    charset = next((p.split("=", 1)[1].strip().strip('"') for p in params if p.lower().startswith("charset=")), None)
    if charset is None or kind in ("ninjs", "newsml"):
        return Media(kind, fmt)
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        raise UnsupportedMedia(f"unknown charset {charset[:40]!r}") from None
    return Media(kind, fmt, None if name in ("utf-8", "utf-8-sig", "ascii") else name)


def to_utf8(body: bytes, charset: str) -> bytes:
    """``body`` decoded from ``charset``, as UTF-8; UnicodeDecodeError names the offset."""
    return body.decode(charset).encode("utf-8")
