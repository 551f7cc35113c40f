"""Arbitrary bytes carried exactly in a JSON string, with their encoding named beside them.

``carry(data)`` returns ``(text, encoding)``: the bytes decoded as UTF-8 when they are valid
UTF-8 (``"utf-8"``, readable in any JSON viewer), else their standard base64 with padding
(``"base64"``, RFC 4648). ``None`` (a Kafka record without key or value) is carried as
``(None, "utf-8")``. ``recover`` inverts it byte for byte: ``recover(*carry(b)) == b`` for every
``b``, ``None`` included. Strict UTF-8 refuses surrogates and overlong forms, so a decoded text
always encodes back to the very bytes it came from.

``"utf-8-replaced"`` names text an older producer decoded *with replacement characters*: the
original bytes are not known, and ``recover`` raises :class:`NotRecoverable` for it. Nothing
writes it today; it is what the upcaster gives dead letters of version 1 whose text holds
U+FFFD (see :mod:`events.upcasters`).
"""

from __future__ import annotations

import base64
import binascii
from typing import Literal

Encoding = Literal["utf-8", "base64", "utf-8-replaced"]


class NotRecoverable(ValueError):
    """The carried text does not determine the original bytes."""


def carry(data: bytes | None) -> tuple[str | None, Encoding]:
    """``data`` as JSON-safe text and the encoding that turns it back into ``data``."""
    if data is None:
        return None, "utf-8"
    try:
        return bytes(data).decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(data).decode("ascii"), "base64"


def recover(text: str | None, encoding: Encoding) -> bytes | None:
    """The original bytes of ``text`` carried in ``encoding``; ``None`` stays ``None``."""
    if encoding == "utf-8-replaced":
        raise NotRecoverable("decoded with replacement characters by an older producer; the original bytes are lost")
    if text is None:
        return None
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "base64":
        try:
            return base64.b64decode(text, validate=True)
        except binascii.Error as exc:
            raise NotRecoverable(f"not valid base64: {exc}") from None
    raise ValueError(f"unknown encoding {encoding!r}")
