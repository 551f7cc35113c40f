"""Turn paths (files, directories, ``-`` for stdin) into ArticleReceived events.

Every input yields either events or one :class:`Rejection` naming the input and the reason;
a bad input never stops the others. Formats: plain text (``.txt`` and anything else that is
UTF-8 text), HTML (``.html``/``.htm``, or sniffed), ninjs JSON (``.json``, or sniffed).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from events.models import ArticleReceived, InputFormat
from services.ingestor.identity import article_id, content_hash
from services.ingestor.ninjs import NinjsError, parse_ninjs

EXTENSIONS: dict[str, InputFormat] = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".json": "ninjs"}

# Bounded: attribute values are capped in length, and only the page head is scanned.
_CANONICAL = re.compile(
    rb"""<(?:link[^>]{0,300}?rel=["']canonical["'][^>]{0,300}?href=["']([^"'<>]{1,2000})["']"""
    rb"""|meta[^>]{0,300}?property=["']og:url["'][^>]{0,300}?content=["']([^"'<>]{1,2000})["'])""",
    re.IGNORECASE,
)
_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset=["']?([A-Za-z0-9_\-]{1,40})""", re.IGNORECASE)
_HEAD_BYTES = 200_000


@dataclass(frozen=True)
class Rejection:
    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


def read_inputs(
    paths: Iterable[str],
    *,
    fmt: InputFormat | None = None,
    source: str | None = None,
    max_bytes: int = 20 * 1024 * 1024,
    stdin: BinaryIO | None = None,
) -> Iterator[ArticleReceived | Rejection]:
    """Yield one ArticleReceived per article (or a Rejection per bad input), in input order."""
    for given in paths:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield Rejection("-", f"larger than the {max_bytes // (1024 * 1024)} MB input limit")
                continue
            yield from _from_bytes("-", data, fmt or _sniff(data), source or "stdin")
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            candidates = [p for p in files if fmt is not None or p.suffix.lower() in EXTENSIONS]
            if not candidates:
                yield Rejection(given, "directory holds no article files (.txt, .html, .htm, .json)")
                continue
            for file in candidates:
                yield from _from_file(str(file), file, fmt, source, max_bytes)
        else:
            yield from _from_file(given, path, fmt, source, max_bytes)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _from_file(
    given: str, path: Path, fmt: InputFormat | None, source: str | None, max_bytes: int
) -> Iterator[ArticleReceived | Rejection]:
    try:
        size = path.stat().st_size
        if not path.is_file():
            yield Rejection(given, "not a regular file")
            return
        if size > max_bytes:
            yield Rejection(given, f"{size / (1024 * 1024):.1f} MB is larger than the {max_bytes // (1024 * 1024)} MB input limit")
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield Rejection(given, "no such file or directory")
        return
    except OSError as exc:
        yield Rejection(given, f"cannot be read ({exc.strerror or exc})")
        return
    form = fmt or EXTENSIONS.get(path.suffix.lower()) or _sniff(data)
    yield from _from_bytes(given, data, form, source or path.resolve().parent.name or "unknown")


def _sniff(data: bytes) -> InputFormat:
    head = data[:2000].lstrip()
    if head[:1] in (b"{", b"["):
        return "ninjs"
    if head[:1] == b"<" and re.search(rb"<(?:html|body|p|div|article|!doctype)\b", head[:2000], re.IGNORECASE):
        return "html"
    return "text"


def _from_bytes(given: str, data: bytes, fmt: InputFormat, source: str) -> Iterator[ArticleReceived | Rejection]:
    if not data.strip():
        yield Rejection(given, "empty input: no article text")
        return
    if b"\x00" in data[:65536]:
        yield Rejection(given, "binary data (NUL bytes), not an article")
        return
    if fmt == "ninjs":
        yield from _from_ninjs(given, data, source)
        return
    text = _decode(given, data, fmt)
    if isinstance(text, Rejection):
        yield text
        return
    url = None
    if fmt == "html":
        match = _CANONICAL.search(data[:_HEAD_BYTES])
        if match:
            url = (match.group(1) or match.group(2)).decode("utf-8", "replace").strip() or None
    yield _event(given, fmt, text, source, identifier=url, url=url)


def _decode(given: str, data: bytes, fmt: InputFormat) -> str | Rejection:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if fmt == "html":
            declared = _CHARSET.search(data[:_HEAD_BYTES])
            if declared:
                try:
                    return data.decode(declared.group(1).decode("ascii"))
                except (LookupError, UnicodeDecodeError):
                    pass
        return Rejection(given, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})")


def _from_ninjs(given: str, data: bytes, source: str) -> Iterator[ArticleReceived | Rejection]:
    try:
        items = parse_ninjs(data)
    except NinjsError as exc:
        yield Rejection(given, f"malformed ninjs: {exc}")
        return
    for item in items:
        yield _event(
            given,
            "ninjs",
            item.body,
            item.source or source,
            identifier=item.identifier,
            url=item.identifier if item.identifier and item.identifier.startswith("http") else None,
            headline=item.headline,
            published_at=item.published_at,
        )


def _event(
    given: str,
    fmt: InputFormat,
    text: str,
    source: str,
    *,
    identifier: str | None,
    url: str | None,
    headline: str | None = None,
    published_at: datetime | None = None,
) -> ArticleReceived:
    return ArticleReceived(
        article_id=article_id(identifier, text),
        source=source,
        input=given,
        format=fmt,
        content=text,
        content_hash=content_hash(text),
        headline=headline,
        url=url,
        published_at=published_at,
        received_at=datetime.now(timezone.utc),
    )
