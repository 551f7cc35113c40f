"""Opaque pagination cursors: the sort key of the last item of a page, base64url-encoded JSON.

A cursor is only ever produced by the store and handed back unchanged by the client; anything
else is refused with InvalidQuery naming the cursor.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import orjson

from services.store.port import InvalidQuery

MAX_CURSOR_CHARS = 1024


def encode(kind: str, key: Sequence[object]) -> str:
    """A cursor of ``kind`` (which list it belongs to) positioned after ``key``."""
    raw = orjson.dumps([kind, *key])
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(kind: str, cursor: str, shape: tuple[type, ...]) -> list[Any]:
    """The key carried by ``cursor``: its values have the types of ``shape``, in order.

    Raises InvalidQuery when the cursor is not one this store made for a list of ``kind``.
    """
    if len(cursor) > MAX_CURSOR_CHARS:
        raise InvalidQuery(f"cursor: longer than {MAX_CURSOR_CHARS} characters")
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = orjson.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (UnicodeEncodeError, binascii.Error, ValueError) as exc:
        raise InvalidQuery(f"cursor: not a cursor of this API ({exc.__class__.__name__})") from None
    if not isinstance(value, list) or len(value) != len(shape) + 1 or value[0] != kind:
        raise InvalidQuery(f"cursor: not a cursor for this list ({kind})")
    key = value[1:]
    for item, wanted in zip(key, shape, strict=True):
        if type(item) is not wanted:
            raise InvalidQuery(f"cursor: not a cursor for this list ({kind})")
    return key


def decode_time(text: str) -> str:
    """``text`` unchanged when it is an ISO 8601 time; InvalidQuery naming the cursor if not."""
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise InvalidQuery("cursor: not a cursor of this API (bad time)") from None
    return text
