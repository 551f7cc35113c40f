"""Upcasters lift an old event payload, one version at a time, to the current version.

Register a function for ``(event_type, from_version)`` that takes the payload dict of that
version and returns the payload of ``from_version + 1``. Models stay strict: instead of making
fields optional for old producers, an upcaster fills them in. An upcaster validates the old
payload against its frozen model in :mod:`events.legacy` first, so a malformed old event is
rejected with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from events.legacy import DeadLetterV1

Payload = dict[str, Any]
Upcaster = Callable[[Payload], Payload]

_UPCASTERS: dict[tuple[str, int], Upcaster] = {}


def register(event_type: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
    def decorate(fn: Upcaster) -> Upcaster:
        _UPCASTERS[(event_type, from_version)] = fn
        return fn

    return decorate


def upcast(event_type: str, version: int, target: int, payload: Payload) -> Payload:
    """Apply upcasters from ``version`` to ``target``; raise ValueError when a step is missing."""
    if version > target:
        raise ValueError(f"{event_type} v{version} is newer than this reader (v{target})")
    while version < target:
        step = _UPCASTERS.get((event_type, version))
        if step is None:
            raise ValueError(f"no upcaster for {event_type} v{version} -> v{version + 1}")
        payload = step(payload)
        version += 1
    return payload


@register("dev.copydesk.message.dead-lettered", 1)
def dead_letter_v1_to_v2(payload: Payload) -> Payload:
    """v1 kept the value as UTF-8 with replacement and the key only as ``article_id``.

    The text is exact when it holds no U+FFFD (the original was valid UTF-8), else marked
    ``utf-8-replaced``: not recoverable. The key is ``article_id`` (``"unknown"`` stood for no
    key), exact unless it holds U+FFFD or has the 200 characters it was cut to. A v1 letter of
    a record without value reads as an empty value: v1 wrote ``""`` for both.
    """
    v1 = DeadLetterV1.model_validate(payload).model_dump(mode="json")
    key = None if v1["article_id"] == "unknown" else v1["article_id"]
    key_lost = key is not None and ("\ufffd" in key or len(key) >= 200)
    return {
        **v1,
        "key": key,
        "key_encoding": "utf-8-replaced" if key_lost else "utf-8",
        "payload_encoding": "utf-8-replaced" if "\ufffd" in v1["payload"] else "utf-8",
    }
