"""Read IPTC ninjs documents (1.x ``body_text``/``body_html`` and 2.x ``bodies``/``headlines``).

``parse_ninjs(data)`` returns the items of a document (one object, or a list of objects), each
as a :class:`~services.ingestor.wire.WireItem`, or in its place the :class:`NinjsError` saying why
that item is malformed (the others are still read); a document that is not ninjs at all raises
NinjsError.

Read: uri (else guid, else url: the identity), version, versioncreated, firstcreated /
contentcreated (publication), pubstatus (usable, withheld, canceled; ``killed`` is read as a kill
too), embargoed, urgency, headline(s), body_text / body_html / bodies, byline, located, language,
subject, ednote, and the provider: ``provider``, ``infosources``, ``source`` or
``copyrightholder``. Each item is also kept verbatim (``original``, JSON), so nothing else is lost.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeGuard

import orjson

from services.ingestor.wire import PubStatus, WireError, WireItem, parse_time, parse_urgency

PUBSTATUS: dict[str, PubStatus] = {
    "usable": "usable",
    "withheld": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
    "killed": "killed",
}


class NinjsError(WireError):
    """Malformed ninjs; the message says what is wrong."""


def parse_ninjs(data: bytes) -> list[WireItem | WireError]:
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise NinjsError(f"not JSON ({exc})") from None
    items = doc if isinstance(doc, list) else [doc]
    if not items:
        raise NinjsError("an empty list: no ninjs items")
    return [_item(obj) for obj in items]


def _item(obj: Any) -> WireItem | WireError:
    if not isinstance(obj, dict):
        return NinjsError(f"a ninjs item must be a JSON object, not {type(obj).__name__}")
    try:
        return _read(obj)
    except WireError as exc:
        return NinjsError(str(exc))


def _read(obj: dict) -> WireItem:
    status = _pubstatus(obj)
    body, is_html = _body(obj)
    if not body.strip() and status == "usable":
        raise NinjsError("no body (expected body_text, body_html or bodies[].value)")
    identifier = next((obj[k].strip() for k in ("uri", "guid", "url") if _text(obj.get(k))), None)
    url = next(
        (obj[k].strip() for k in ("url", "uri", "guid") if _text(obj.get(k)) and obj[k].strip().startswith("http")),
        None,
    )
    version = obj.get("version")
    return WireItem(
        identifier=identifier,
        body=body,
        body_is_html=is_html,
        original=orjson.dumps(obj).decode(),
        pubstatus=status,
        version=str(version).strip() if isinstance(version, (str, int)) and str(version).strip() else None,
        version_created=_time(obj, "versioncreated"),
        published_at=next(
            (t for k in ("firstcreated", "versioncreated", "contentcreated") if (t := _time(obj, k))), None
        ),
        embargoed_until=_time(obj, "embargoed"),
        urgency=parse_urgency(obj.get("urgency"), "urgency"),
        headline=_headline(obj),
        byline=_byline(obj),
        located=_plain(obj.get("located")),
        language=_plain(obj.get("language")),
        subjects=_subjects(obj.get("subject")),
        source=_source(obj),
        url=url,
        note=_plain(obj.get("ednote")),
    )


def _text(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip())


def _plain(value: object) -> str | None:
    return value.strip() if _text(value) else None


def _pubstatus(obj: dict) -> PubStatus:
    value = obj.get("pubstatus")
    if value is None:
        return "usable"
    status = PUBSTATUS.get(str(value).strip().lower())
    if status is None:
        raise NinjsError(f"pubstatus {str(value)[:30]!r} is none of usable, withheld, canceled")
    return status


def _body(obj: dict) -> tuple[str, bool]:
    if _text(obj.get("body_text")):
        return obj["body_text"], False
    if _text(obj.get("body_html")):
        return obj["body_html"], True
    bodies = obj.get("bodies")
    if isinstance(bodies, list):
        for part in bodies:
            if isinstance(part, dict) and _text(part.get("value")):
                return part["value"], "html" in str(part.get("contenttype", "")).lower()
    return "", False


def _headline(obj: dict) -> str | None:
    if isinstance(obj.get("headline"), str):
        return obj["headline"].strip() or None
    heads = obj.get("headlines")
    if isinstance(heads, list):
        for h in heads:
            if isinstance(h, dict) and _text(h.get("value")):
                return h["value"].strip()
    return None


def _byline(obj: dict) -> str | None:
    if _text(obj.get("byline")):
        return obj["byline"].strip()
    bylines = obj.get("bylines")  # ninjs 2.x: [{"byline": ...}]
    if isinstance(bylines, list):
        names = [b["byline"].strip() for b in bylines if isinstance(b, dict) and _text(b.get("byline"))]
        return ", ".join(names) or None
    return None


def _subjects(value: object) -> tuple[tuple[str | None, str | None], ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for s in value:
        if isinstance(s, dict):
            name, code = _plain(s.get("name")), _plain(s.get("code")) or _plain(s.get("uri"))
            if name or code:
                out.append((name, code))
    return tuple(out)


def _source(obj: dict) -> str | None:
    for key in ("provider", "infosources", "source", "copyrightholder"):
        value = obj.get(key)
        if isinstance(value, list):  # infosources: [{"name", "role", "uri"}]; a publisher first
            named = [v for v in value if isinstance(v, dict) and _text(v.get("name"))]
            named.sort(key=lambda v: "publisher" not in str(v.get("role", "")).lower())
            value = named[0] if named else None
        if _text(value):
            return value.strip()
        if isinstance(value, dict) and _text(value.get("name")):
            return value["name"].strip()
    return None


def _time(obj: dict, key: str) -> datetime | None:
    value = obj.get(key)
    return parse_time(value, key) if _text(value) else None
