"""Turn paths (files, directories, ``-`` for stdin) into ArticleReceived events.

Every input yields either events or a :class:`Rejection` naming the input and the reason; a bad
input never stops the others. Formats: plain text (``.txt``/``.text``), HTML (``.html``/``.htm``)
and ninjs JSON (``.json``) by extension; any other file (``.xml`` among them), and stdin, is
sniffed (ninjs, NewsML-G2, HTML, other XML, or text). A wire item (ninjs, NewsML-G2) that is
withheld, canceled or killed yields an ArticleWithdrawn instead; a wire item without its own id is
rejected (its updates could not be told from new articles). Whatever the format, binary content is
rejected (a few stray control bytes are tolerated and stripped: see
:mod:`services.ingestor.binary`), and so is an input with no text. A directory is read recursively
through :mod:`services.ingestor.listing`: every file in it is read as above, and what the listing
passes over (hidden files, FIFOs) is reported as a :class:`Skip`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from events.models import ArticleReceived, ArticleWithdrawn, InputFormat, Subject
from services.ingestor.binary import strip_control_bytes, strip_control_chars, why_not_text
from services.ingestor.emptiness import empty_reason
from services.ingestor.identity import article_id, content_hash
from services.ingestor.listing import list_directory
from services.ingestor.newsml import parse_newsml
from services.ingestor.ninjs import parse_ninjs
from services.ingestor.outcomes import Rejection, Skip
from services.ingestor.page_source import page_source
from services.ingestor.sidecar import SidecarError, SidecarReader
from services.ingestor.wire import WireError, WireItem

__all__ = ["EXTENSIONS", "Rejection", "Skip", "read_inputs"]

EXTENSIONS: dict[str, InputFormat] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "ninjs",
}
# Other extensions (.xml among them) are sniffed.

# Bounded: attribute values are capped in length, and only the page head is scanned.
_CANONICAL = re.compile(
    rb"""<(?:link[^>]{0,300}?rel=["']canonical["'][^>]{0,300}?href=["']([^"'<>]{1,2000})["']"""
    rb"""|meta[^>]{0,300}?property=["']og:url["'][^>]{0,300}?content=["']([^"'<>]{1,2000})["'])""",
    re.IGNORECASE,
)
_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset=["']?([A-Za-z0-9_\-]{1,40})""", re.IGNORECASE)
_HEAD_BYTES = 200_000
UNKNOWN_SOURCE = "unknown"  # an input nothing names the source of (see the README: Sources)
_HTML_TAG = re.compile(rb"<(?:html|body|p|div|article|!doctype)\b", re.IGNORECASE)
# A NewsML-G2 root element (optionally prefixed) in the head of an XML document; the head is
# bounded (2,000 bytes) and the pattern has no nested repetition.
_NEWSML_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,30}:)?news(?:Item|Message)[\s>/]")


def read_inputs(
    paths: Iterable[str],
    *,
    fmt: InputFormat | None = None,
    source: str | None = None,
    max_bytes: int = 20 * 1024 * 1024,
    stdin: BinaryIO | None = None,
    reject_empty: bool = False,
    on_skip: Callable[[Skip], None] | None = None,
) -> Iterator[ArticleReceived | ArticleWithdrawn | Rejection]:
    """Yield one ArticleReceived per article (or a Rejection per bad input), in input order.

    ``reject_empty``: also reject an article the cleaning stage would leave without text (one
    cleaning pass per article; off for callers that clean it themselves or skip cleaning).
    ``on_skip`` is called, in order, with each path a directory listing passes over.
    """
    sidecars = SidecarReader()
    for given in paths:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield Rejection("-", f"larger than the {max_bytes // (1024 * 1024)} MB input limit")
                continue
            yield from _from_bytes("-", data, fmt, source or "stdin", reject_empty)
            continue
        path = Path(given)
        if not path.is_dir():
            yield from _from_file(given, path, fmt, source, max_bytes, reject_empty, sidecars, None)
            continue
        listed = False
        for entry in list_directory(path):
            if isinstance(entry, Skip):
                if on_skip is not None:
                    on_skip(entry)
                continue
            listed = True
            if isinstance(entry, Rejection):
                yield entry
            else:
                yield from _from_file(str(entry), entry, fmt, source, max_bytes, reject_empty, sidecars, path)
        if not listed:
            yield Rejection(given, "directory holds no files to ingest")


def _from_file(
    given: str,
    path: Path,
    fmt: InputFormat | None,
    source: str | None,
    max_bytes: int,
    reject_empty: bool,
    sidecars: SidecarReader,
    root: Path | None,
) -> Iterator[ArticleReceived | ArticleWithdrawn | Rejection]:
    """One file's events; ``root``: the directory given to ingest it, None for a file given itself."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            yield Rejection(given, "not a regular file")
            return
        if size > max_bytes:
            yield Rejection(
                given, f"{size / (1024 * 1024):.1f} MB is larger than the {max_bytes // (1024 * 1024)} MB input limit"
            )
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield Rejection(given, "no such file or directory")
        return
    except OSError as exc:
        yield Rejection(given, f"cannot be read ({exc.strerror or exc})")
        return
    form = fmt or EXTENSIONS.get(path.suffix.lower())
    if source is None:  # never the folder's name: two outlets' files in one folder are two sources
        try:
            source = sidecars.source_of(path, root)
        except SidecarError as exc:
            yield Rejection(given, str(exc))
            return
    yield from _from_bytes(given, data, form, source or UNKNOWN_SOURCE, reject_empty)


def _sniff(data: bytes) -> InputFormat | None:
    """The format ``data`` looks like; None for XML that is neither HTML nor NewsML-G2 (RSS: not read)."""
    head = data[:2000].lstrip()
    if head[:1] in (b"{", b"["):
        return "ninjs"
    if head[:1] == b"<":
        if _NEWSML_ROOT.match(head) or head.startswith((b"<?xml", b"<!DOCTYPE", b"<!--")) and _NEWSML_ROOT.search(head):
            return "newsml"
        if _HTML_TAG.search(head):
            return "html"
        if head.startswith(b"<?xml"):
            return None
    return "text"


def _from_bytes(
    given: str, data: bytes, fmt: InputFormat | None, source: str, reject_empty: bool
) -> Iterator[ArticleReceived | ArticleWithdrawn | Rejection]:
    """The events of one input's bytes; ``fmt`` None: sniffed."""
    not_text = why_not_text(data)
    if not_text is not None:
        yield Rejection(given, not_text)
        return
    stripped = strip_control_bytes(data)
    if not stripped.strip():
        yield Rejection(given, "empty input: no article text")
        return
    fmt = fmt or _sniff(stripped)
    if fmt is None:
        yield Rejection(
            given, "XML that is neither HTML nor NewsML-G2; only text, HTML, ninjs JSON and NewsML-G2 are read"
        )
        return
    if fmt in ("ninjs", "newsml"):
        yield from _from_wire(given, stripped, fmt, source, reject_empty)
        return
    text = _decode(given, data, fmt)  # the file's own bytes, so a reported offset points into the file
    if isinstance(text, Rejection):
        yield text
        return
    text = strip_control_chars(text)
    if reject_empty and (why := empty_reason(text, fmt)) is not None:
        yield Rejection(given, f"nothing left after cleaning: {why}")
        return
    url = None
    if fmt == "html":
        head = data[:_HEAD_BYTES]
        match = _CANONICAL.search(head)
        if match:
            url = (match.group(1) or match.group(2)).decode("utf-8", "replace").strip() or None
        source = page_source(head, url) or source
    yield _event(given, fmt, text, source, identifier=url, url=url)


def _decode(given: str, data: bytes, fmt: InputFormat) -> str | Rejection:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if fmt == "html" and (page := decode_declared(data)) is not None:
            return page
        return Rejection(given, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})")


def decode_declared(page: bytes) -> str | None:
    """``page`` decoded with the charset its head declares (``<meta charset=...>`` or the
    http-equiv content type), or None when it declares none, an unknown one, or one its bytes do
    not decode in. The ingestor reads HTML this way when the bytes are not UTF-8."""
    declared = _CHARSET.search(page[:_HEAD_BYTES])
    if declared is None:
        return None
    try:
        return page.decode(declared.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _from_wire(
    given: str, data: bytes, fmt: InputFormat, source: str, reject_empty: bool
) -> Iterator[ArticleReceived | ArticleWithdrawn | Rejection]:
    """One event per item of a ninjs or NewsML-G2 document: an ArticleReceived for a usable item,
    an ArticleWithdrawn for a withheld, canceled or killed one. A bad item (malformed, without id,
    no text) is rejected on its own; the others are still read."""
    parse, name = (parse_ninjs, "ninjs") if fmt == "ninjs" else (parse_newsml, "NewsML-G2")
    try:
        items = parse(data)
    except WireError as exc:
        yield Rejection(given, f"malformed {name}: {exc}")
        return
    for index, item in enumerate(items):
        where = f"item {index}: " if len(items) > 1 else ""
        if isinstance(item, WireError):
            yield Rejection(given, f"{where}malformed {name}: {item}")
            continue
        if item.identifier is None:
            # A wire item is identified by its own id: without one, an update could not be told
            # from a new article, so no content-hash id is made up for it.
            yield Rejection(
                given, f"{where}no id ({_ID_FIELDS[fmt]}): a {name} item needs one to be told apart from its updates"
            )
            continue
        if item.withdrawn:
            yield _withdrawal(given, item, item.source or source)
            continue
        body = strip_control_chars(item.body)  # JSON and XML carry control characters escaped
        if reject_empty and (why := empty_reason(body, fmt)) is not None:
            yield Rejection(given, f"{where}nothing left after cleaning the body: {why}")
            continue
        yield _event(
            given,
            fmt,
            body,
            item.source or source,
            identifier=item.identifier,
            url=item.url,
            headline=_one_line(item.headline),
            published_at=item.published_at,
            wire=item,
        )


_ID_FIELDS = {"ninjs": "uri or guid", "newsml": "the newsItem's guid"}


def _one_line(text: str | None) -> str | None:
    return strip_control_chars(text or "").strip() or None


def _withdrawal(given: str, item: WireItem, source: str) -> ArticleWithdrawn:
    assert item.identifier is not None
    return ArticleWithdrawn(
        article_id=article_id(item.identifier, ""),
        source=source,
        input=given,
        status=item.pubstatus,
        item_id=item.identifier,
        item_version=item.version,
        reason=_one_line(item.note),
        received_at=datetime.now(UTC),
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
    wire: WireItem | None = None,
) -> ArticleReceived:
    fields = (
        {}
        if wire is None
        else {
            "item_id": wire.identifier,
            "item_version": wire.version,
            "version_created_at": wire.version_created,
            "urgency": wire.urgency,
            "embargoed_until": wire.embargoed_until,
            "byline": _one_line(wire.byline),
            "located": _one_line(wire.located),
            "language": wire.language,
            "subjects": tuple(Subject(name=n, code=c) for n, c in wire.subjects),
            "original": wire.original,
        }
    )
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
        received_at=datetime.now(UTC),
        **fields,
    )
