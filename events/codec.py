"""Encode events to Kafka record values and decode them back, with orjson, never pickle.

``encode`` wraps an event in a structured-mode CloudEvent (see :mod:`events.envelope`);
``decode`` checks the envelope, upcasts old versions and validates the payload against the
model, raising :class:`DecodeError` with the reason on anything malformed.
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import TypeVar, cast, overload

import orjson
from pydantic import ValidationError, create_model

from events import envelope as ce
from events.models import EVENT_CLASSES, Event
from events.upcasters import upcast

E = TypeVar("E", bound=Event)

_BY_TYPE: dict[str, type[Event]] = {cls.event_type: cls for cls in EVENT_CLASSES}


class DecodeError(ValueError):
    """A record value that is not a valid copydesk CloudEvent; the message says why."""


def event_id(event: Event) -> str:
    """Deterministic CloudEvents id: the same event content always gets the same id."""
    digest = hashlib.sha256(orjson.dumps(event.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS))
    return digest.hexdigest()[:32]


def to_envelope(event: Event) -> dict:
    payload = event.model_dump(mode="json")
    return {
        "specversion": ce.SPEC_VERSION,
        "id": event_id(event),
        "source": ce.SOURCE,
        "type": ce.versioned_type(event.event_type, event.event_version),
        "subject": event.record_key,
        "time": ce.now_utc().isoformat(),
        "datacontenttype": "application/json",
        "dataschema": f"{ce.SCHEMA_BASE}{event.event_type}.v{event.event_version}",
        "partitionkey": event.record_key,
        "data": payload,
    }


def encode(event: Event) -> bytes:
    return orjson.dumps(to_envelope(event))


@cache
def _typed_envelope(cls: type[Event]) -> type[ce.Envelope]:
    """The envelope with ``data`` typed as ``cls``: JSON to a validated event in one pass."""
    return create_model(f"{cls.__name__}Envelope", __base__=ce.Envelope, data=(cls, ...))


@overload
def decode(value: bytes | str, expect: type[E]) -> E: ...


@overload
def decode(value: bytes | str, expect: tuple[type[Event], ...] | None = None) -> Event: ...


def decode(value: bytes | str, expect: type[Event] | tuple[type[Event], ...] | None = None) -> Event:
    """Decode one record value; ``expect`` restricts the accepted event class (or classes).

    With ``expect``, a value of its current version is first validated straight from JSON
    (about a fifth cheaper than parsing to Python objects and validating those), trying the
    classes in the order given. Anything that fails that takes the general path, which upcasts
    older versions and explains a rejection.
    """
    expected = (expect,) if isinstance(expect, type) else expect or ()
    for wanted in expected:
        try:
            envelope = _typed_envelope(wanted).model_validate_json(value)
        except ValidationError:
            continue
        if envelope.type == ce.versioned_type(wanted.event_type, wanted.event_version):
            return cast(Event, envelope.data)  # the typed envelope's data is a validated ``wanted``
    try:
        raw = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise DecodeError(f"not JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise DecodeError("not a JSON object")
    try:
        env = ce.Envelope.model_validate(raw)
    except ValidationError as exc:
        raise DecodeError(f"not a CloudEvents 1.0 envelope: {_first_error(exc)}") from None
    try:
        base_type, version = ce.split_type(env.type)
    except ValueError as exc:
        raise DecodeError(str(exc)) from None
    cls = _BY_TYPE.get(base_type)
    if cls is None:
        raise DecodeError(f"unknown event type {env.type!r}")
    if expected and cls not in expected:
        raise DecodeError(f"expected {' or '.join(c.event_type for c in expected)}, got {base_type}")
    try:
        payload = upcast(base_type, version, cls.event_version, dict(env.data))
        return cls.model_validate(payload)
    except (ValueError, ValidationError) as exc:
        reason = _first_error(exc) if isinstance(exc, ValidationError) else str(exc)
        raise DecodeError(f"invalid {env.type} payload: {reason}") from None


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "(root)"
    more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {err.get('msg')}{more}"
