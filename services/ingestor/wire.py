"""One wire item (a ninjs object, a NewsML-G2 newsItem) as the ingestor reads it, whatever its format.

:mod:`services.ingestor.ninjs` and :mod:`services.ingestor.newsml` each turn a document into
``WireItem``s; :mod:`services.ingestor.sources` turns a usable one into an ArticleReceived and a
withdrawn one into an ArticleWithdrawn. ``original`` is the item verbatim, so what no field here
carries is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

PubStatus = Literal["usable", "withheld", "canceled", "killed"]
WITHDRAWN: frozenset[str] = frozenset({"withheld", "canceled", "killed"})


class WireError(ValueError):
    """A malformed wire document; the message says what is wrong (and which item)."""


@dataclass(frozen=True)
class WireItem:
    identifier: str | None
    body: str
    body_is_html: bool
    original: str
    pubstatus: PubStatus = "usable"
    version: str | None = None
    version_created: datetime | None = None
    published_at: datetime | None = None
    embargoed_until: datetime | None = None
    urgency: int | None = None
    headline: str | None = None
    byline: str | None = None
    located: str | None = None
    language: str | None = None
    subjects: tuple[tuple[str | None, str | None], ...] = ()  # (name, code)
    source: str | None = None
    url: str | None = None
    note: str | None = None  # the editor's note (ninjs ednote, NewsML-G2 edNote)

    @property
    def withdrawn(self) -> bool:
        return self.pubstatus in WITHDRAWN


def parse_time(value: str, what: str) -> datetime:
    """An ISO 8601 time (``Z`` allowed; a time without offset is UTC); WireError naming ``what``."""
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise WireError(f"{what} is not an ISO 8601 time: {text[:40]!r}") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def parse_urgency(value: object, what: str) -> int | None:
    """Urgency 1..9 (an int or a digit string); None when absent; WireError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).strip().isdigit():
        raise WireError(f"{what} is not a number from 1 to 9: {str(value)[:20]!r}")
    number = int(str(value).strip())
    if not 1 <= number <= 9:
        raise WireError(f"{what} is not a number from 1 to 9: {number}")
    return number
