"""CloudEvents 1.0 envelope, Kafka protocol binding in **structured content mode**.

Each Kafka record value is one JSON CloudEvent (``content-type: application/cloudevents+json``)
whose ``data`` member is the event payload; the record key is the ``article_id`` (the
CloudEvents ``partitionkey`` extension carries the same value). Structured mode was chosen
over binary mode because the whole event then travels in the value: it survives tools and
mirrors that drop headers, and a subscriber needs only a JSON parser. Producers also set the
``content-type`` header so binding-aware consumers recognise the mode.

The ``type`` attribute is ``<event_type>.v<event_version>`` (e.g.
``dev.copydesk.article.received.v1``); ``dataschema`` names the JSON Schema written by
``copydesk schemas``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

CONTENT_TYPE = "application/cloudevents+json; charset=utf-8"
SPEC_VERSION = "1.0"
SOURCE = "urn:copydesk"
SCHEMA_BASE = "urn:copydesk:schema:"


class Envelope(BaseModel):
    """A CloudEvents 1.0 structured-mode event as it appears on the wire."""

    model_config = ConfigDict(frozen=True, extra="allow")

    specversion: str = Field(pattern=r"^1\.0$")
    id: str = Field(min_length=1)
    source: str = Field(min_length=1)
    type: str = Field(min_length=1)
    subject: str | None = None
    time: datetime | None = None
    datacontenttype: str | None = "application/json"
    dataschema: str | None = None
    partitionkey: str | None = None
    data: dict[str, Any]


def versioned_type(event_type: str, version: int) -> str:
    return f"{event_type}.v{version}"


def split_type(ce_type: str) -> tuple[str, int]:
    """``dev.copydesk.article.received.v1`` -> (``dev.copydesk.article.received``, 1)."""
    base, _, tail = ce_type.rpartition(".v")
    if not base or not tail.isdigit():
        raise ValueError(f"CloudEvents type {ce_type!r} has no '.v<version>' suffix")
    return base, int(tail)


def now_utc() -> datetime:
    return datetime.now(UTC)
