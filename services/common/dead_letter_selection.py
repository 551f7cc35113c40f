"""Which dead letters a ``copydesk dlq`` command acts on, and how one is shown. Pure: no I/O.

- :class:`Selection`: ``--stage`` (exact) and ``--since`` (failed at or after), both optional.
- :func:`parse_since`: ``--since`` text, an ISO 8601 time (UTC when it names no offset) or a
  duration back from now (``90s``, ``10m``, ``2h``, ``1d``, ``1w``, ``1h30m``).
- :func:`origin` / :func:`status`: a dead letter is identified by the failed record it parks
  (topic, partition, offset), so a record dead-lettered twice is one thing to replay; it is
  ``pending`` until a replay marker names its origin, ``replayed`` after, and
  ``unrecoverable`` when its original bytes are lost (v1 letters decoded with replacement).
- :func:`format_age` and :func:`describe`: the one-line listing.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from events.models import DeadLetter

Origin = tuple[str, int, int]
Status = Literal["pending", "replayed", "unrecoverable"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_DURATION = re.compile(r"(?:\d+[smhdw])+")
_PART = re.compile(r"(\d+)([smhdw])")
_MESSAGE_CHARS = 160


@dataclass(frozen=True)
class Selection:
    """Dead letters of ``stage`` (any when None) that failed at or after ``since`` (any when None)."""

    stage: str | None = None
    since: datetime | None = None

    def matches(self, letter: DeadLetter) -> bool:
        if self.stage is not None and letter.stage != self.stage:
            return False
        return self.since is None or letter.failed_at >= self.since


def parse_since(text: str, now: datetime) -> datetime:
    """The time ``--since text`` means at ``now`` (aware); ValueError naming the accepted forms."""
    text = text.strip()
    if _DURATION.fullmatch(text):
        seconds = sum(int(n) * _UNITS[unit] for n, unit in _PART.findall(text))
        return now - timedelta(seconds=seconds)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"--since {text!r}: give an ISO 8601 time (2026-01-02T03:04:05Z) or a duration (90s, 10m, 2h, 1d, 1w)"
        ) from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def origin(letter: DeadLetter) -> Origin:
    """The failed record a dead letter parks: what a replay sends, and what its marker names."""
    return (letter.topic, letter.partition, letter.offset)


def status(letter: DeadLetter, replayed: Set[Origin]) -> Status:
    """``pending`` (a replay would send it), ``replayed`` (a marker names it) or ``unrecoverable``."""
    if origin(letter) in replayed:
        return "replayed"
    return "pending" if letter.recoverable else "unrecoverable"


def format_age(seconds: float) -> str:
    """Whole seconds, minutes, hours or days, rounded down: ``45s``, ``3m``, ``2h``, ``5d``."""
    seconds = max(0, int(seconds))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def describe(letter: DeadLetter, now: datetime, state: Status) -> str:
    """One line: age, stage, where the failed record is, status, and the error (on one line, cut to 160 characters)."""
    age = format_age((now - letter.failed_at).total_seconds())
    message = " ".join(letter.error_message.split())
    if len(message) > _MESSAGE_CHARS:
        message = message[: _MESSAGE_CHARS - 1] + "…"
    where = f"{letter.topic}[{letter.partition}]@{letter.offset}"
    error = f"{letter.error_type}: {message}" if message else letter.error_type
    return f"{age:>4}  {letter.stage:<10}  {where}  {state:<13}  {error}"
