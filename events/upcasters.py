"""Upcasters lift an old event payload, one version at a time, to the current version.

Register a function for ``(event_type, from_version)`` that takes the payload dict of that
version and returns the payload of ``from_version + 1``. Models stay strict: instead of making
fields optional for old producers, an upcaster fills them in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
