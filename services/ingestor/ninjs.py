"""Read IPTC ninjs documents (1.x ``body_text``/``body_html`` and 2.x ``bodies``/``headlines``).

``parse_ninjs(data)`` returns the items of a document (one object, or a list of objects), each
as a :class:`NinjsItem`, or raises :class:`NinjsError` with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson


class NinjsError(ValueError):
    """Malformed ninjs; the message says what is wrong."""


@dataclass(frozen=True)
class NinjsItem:
    identifier: str | None
    headline: str | None
    body: str
    body_is_html: bool
    source: str | None
    published_at: datetime | None


def parse_ninjs(data: bytes) -> list[NinjsItem]:
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise NinjsError(f"not JSON ({exc})") from None
    items = doc if isinstance(doc, list) else [doc]
    if not items:
        raise NinjsError("an empty list: no ninjs items")
    return [_item(obj, i) for i, obj in enumerate(items)]


def _item(obj: Any, index: int) -> NinjsItem:
    where = f"item {index}: " if index else ""
    if not isinstance(obj, dict):
        raise NinjsError(f"{where}a ninjs item must be a JSON object, not {type(obj).__name__}")
    body, is_html = _body(obj)
    if not body.strip():
        raise NinjsError(f"{where}no body (expected body_text, body_html or bodies[].value)")
    identifier = next((obj[k] for k in ("guid", "uri", "url") if isinstance(obj.get(k), str) and obj[k].strip()), None)
    return NinjsItem(
        identifier=identifier,
        headline=_headline(obj),
        body=body,
        body_is_html=is_html,
        source=_source(obj),
        published_at=_time(obj, where),
    )


def _body(obj: dict) -> tuple[str, bool]:
    if isinstance(obj.get("body_text"), str) and obj["body_text"].strip():
        return obj["body_text"], False
    if isinstance(obj.get("body_html"), str) and obj["body_html"].strip():
        return obj["body_html"], True
    bodies = obj.get("bodies")
    if isinstance(bodies, list):
        for part in bodies:
            if isinstance(part, dict) and isinstance(part.get("value"), str) and part["value"].strip():
                return part["value"], "html" in str(part.get("contenttype", "")).lower()
    return "", False


def _headline(obj: dict) -> str | None:
    if isinstance(obj.get("headline"), str):
        return obj["headline"].strip() or None
    heads = obj.get("headlines")
    if isinstance(heads, list):
        for h in heads:
            if isinstance(h, dict) and isinstance(h.get("value"), str) and h["value"].strip():
                return h["value"].strip()
    return None


def _source(obj: dict) -> str | None:
    for key in ("copyrightholder", "provider"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            return value["name"].strip()
    return None


def _time(obj: dict, where: str) -> datetime | None:
    for key in ("firstcreated", "versioncreated", "contentcreated"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            try:
                return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            except ValueError:
                raise NinjsError(f"{where}{key} is not an ISO 8601 time: {value[:40]!r}") from None
    return None
