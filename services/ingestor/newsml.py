"""Read IPTC NewsML-G2 text items: a ``newsItem`` document, or a ``newsMessage`` of items.

``parse_newsml(data)`` returns one :class:`~services.ingestor.wire.WireItem` per newsItem (or, in
its place, the :class:`NewsmlError` saying why that item cannot be read: the others are still
read), or raises NewsmlError when the document is not NewsML-G2 or not safe to parse.

Parsed with defusedxml, which refuses a document type declaration outright: entity expansion
("billion laughs") and external entities both need one, and NewsML-G2 (defined by XML Schema)
never does. So such a document is refused at its ``<!DOCTYPE``, before any expansion.

Read, namespace-agnostically: ``guid`` and ``version`` (attributes of newsItem), itemMeta
(provider, versionCreated, firstCreated, embargoed, pubStatus, edNote, a ``sig:kill`` signal),
contentMeta (urgency, contentCreated, located, creator, subject, headline, by, language) and the first inlineXML (XHTML, read as HTML) or inlineData (text) of
the contentSet. Each item is also kept whole (``original``): a newsItem document as received; an
item of a newsMessage as its XML re-serialised (the same content; namespace prefixes may differ).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import datetime
from xml.etree.ElementTree import Element, ParseError, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from services.ingestor.wire import PubStatus, WireError, WireItem, parse_time, parse_urgency

STATUS: dict[str, PubStatus] = {
    "usable": "usable",
    "withheld": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
    "killed": "killed",
}


class NewsmlError(WireError):
    """A NewsML-G2 document or item that cannot be read; the message says why."""


def parse_newsml(data: bytes) -> list[WireItem | WireError]:
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise NewsmlError(f"refused: {_defused_reason(exc)}") from None
    except ParseError as exc:
        raise NewsmlError(f"not well-formed XML ({exc})") from None
    name = _local(root.tag)
    if name == "newsItem":
        return [_item(root, data.decode("utf-8", "replace").lstrip("\ufeff"))]
    if name == "newsMessage":
        items = [e for e in _descendants(root, "newsItem")]
        if not items:
            raise NewsmlError("a newsMessage without any newsItem")
        return [_item(e, tostring(e, encoding="unicode")) for e in items]
    raise NewsmlError(f"root element <{name}> is not a NewsML-G2 newsItem or newsMessage")


def _defused_reason(exc: DefusedXmlException) -> str:
    kind = type(exc).__name__
    if kind == "DTDForbidden":
        return (
            "the document declares a DTD (entity expansion and external entities come with one; NewsML-G2 needs none)"
        )
    if kind == "EntitiesForbidden":
        return "the document declares entities (entity expansion, as in the billion laughs attack)"
    if kind == "ExternalReferenceForbidden":
        return "the document refers to an external entity"
    return f"unsafe XML ({kind})"


def _item(item: Element, original: str) -> WireItem | WireError:
    try:
        return _read(item, original)
    except WireError as exc:
        guid = item.get("guid")
        return NewsmlError(f"newsItem {guid}: {exc}" if guid else str(exc))


def _read(item: Element, original: str) -> WireItem:
    item_class = _attr(_first(item, "itemMeta", "itemClass"), "qcode")
    if item_class and not item_class.endswith(":text"):
        raise NewsmlError(f"itemClass {item_class} is not text; only text items are read")
    status = _status(item)
    body, is_html = _body(item)
    if not body.strip() and status == "usable":
        raise NewsmlError("no text in its contentSet (expected inlineXML or inlineData)")
    meta, content = _first(item, "itemMeta"), _first(item, "contentMeta")
    guid = (item.get("guid") or "").strip() or None
    return WireItem(
        identifier=guid,
        body=body,
        body_is_html=is_html,
        original=original,
        pubstatus=status,
        version=(item.get("version") or "").strip() or None,
        version_created=_time(meta, "versionCreated"),
        published_at=_time(meta, "firstCreated") or _time(content, "contentCreated") or _time(meta, "versionCreated"),
        embargoed_until=_time(meta, "embargoed"),
        urgency=parse_urgency(_text(_first(content, "urgency")), "urgency"),
        headline=_text(_first(content, "headline")),
        byline=_text(_first(content, "by")) or _name(_first(content, "creator")),
        located=_name(_first(content, "located")),
        language=_attr(_first(content, "language"), "tag") or item.get("{http://www.w3.org/XML/1998/namespace}lang"),
        subjects=tuple(
            (_name(s), s.get("qcode") or s.get("uri"))
            for s in _children(content, "subject")
            if _name(s) or s.get("qcode") or s.get("uri")
        ),
        source=_name(_first(meta, "provider"))
        or _attr(_first(meta, "provider"), "literal")
        or _attr(_first(meta, "provider"), "qcode"),
        url=guid if guid and guid.startswith(("http://", "https://")) else None,
        note=_text(_first(meta, "edNote")),
    )


def _status(item: Element) -> PubStatus:
    meta = _first(item, "itemMeta")
    if any((s.get("qcode") or "").endswith(":kill") for s in _children(meta, "signal")):
        return "killed"
    qcode = _attr(_first(meta, "pubStatus"), "qcode")
    if qcode is None:
        return "usable"
    status = STATUS.get(qcode.rsplit(":", 1)[-1].strip().lower())
    if status is None:
        raise NewsmlError(f"pubStatus {qcode[:40]!r} is none of stat:usable, stat:withheld, stat:canceled")
    return status


def _body(item: Element) -> tuple[str, bool]:
    content_set = _first(item, "contentSet")
    for part in list(content_set) if content_set is not None else []:
        kind = _local(part.tag)
        if kind == "inlineXML":
            html = "".join(_html(child) for child in part)
            if html.strip():
                return html, True
        elif kind == "inlineData" and (part.text or "").strip():
            return part.text or "", "html" in (part.get("contenttype") or "").lower()
    return "", False


def _html(element: Element) -> str:
    """The XHTML ``element`` as HTML without namespace prefixes (as a page would have it)."""
    plain = copy.deepcopy(element)
    for e in plain.iter():
        e.tag = _local(e.tag) if isinstance(e.tag, str) else e.tag
        for key in [k for k in e.attrib if k.startswith("{")]:
            e.attrib[_local(key)] = e.attrib.pop(key)
    return tostring(plain, encoding="unicode", method="html")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(parent: Element | None, name: str) -> list[Element]:
    return [] if parent is None else [c for c in parent if _local(c.tag) == name]


def _descendants(parent: Element, name: str) -> Iterator[Element]:
    return (e for e in parent.iter() if _local(e.tag) == name)


def _first(parent: Element | None, *path: str) -> Element | None:
    for name in path:
        found = _children(parent, name)
        parent = found[0] if found else None
    return parent


def _attr(element: Element | None, name: str) -> str | None:
    value = None if element is None else element.get(name)
    return value.strip() if value and value.strip() else None


def _text(element: Element | None) -> str | None:
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())
    return text or None


def _name(element: Element | None) -> str | None:
    if element is None:
        return None
    return _text(_first(element, "name")) or _attr(element, "literal")


def _time(parent: Element | None, name: str) -> datetime | None:
    text = _text(_first(parent, name))
    return parse_time(text, name) if text else None
