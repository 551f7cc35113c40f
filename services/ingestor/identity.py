"""Stable article identity: the same article ingested twice gets the same id.

The id comes from the article's own identifier (guid, uri or url) when it has one, otherwise
from the hash of its normalised content. ``content_hash`` always identifies the version.
"""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import urlsplit


def normalise_content(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, trimmed: layout changes are not new versions."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_content(text).encode("utf-8")).hexdigest()


def normalise_identifier(identifier: str) -> str:
    """URLs compare without scheme, fragment, trailing slash or host case; other ids are trimmed."""
    parts = urlsplit(identifier.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        path = parts.path.rstrip("/")
        return parts.netloc.lower() + path + (f"?{parts.query}" if parts.query else "")
    return identifier.strip()


def article_id(identifier: str | None, text: str) -> str:
    """``a-`` + 24 hex digits; from the identifier when given, else from the normalised content."""
    basis = (
        "id:" + normalise_identifier(identifier)
        if identifier and identifier.strip()
        else "content:" + content_hash(text)
    )
    return "a-" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]
