"""Read one input's bytes with the ingestor and publish its events.

The ingestor's public reading (:func:`services.ingestor.sources.read_inputs` on a byte stream, as
for stdin) decides the format (given, or sniffed when None), the identity, the source when the
input names one, and what is rejected; this module only names the input and publishes, so any
format the ingestor learns is accepted here too. Events are published, and confirmed by the bus,
before ``accept`` returns; a :class:`~services.bus.port.PublishError` propagates (nothing is
reported accepted that the bus did not confirm).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from events.models import ArticleReceived, ArticleWithdrawn, InputFormat
from services.bus.port import Publisher
from services.ingestor.outcomes import Rejection
from services.ingestor.publish import publish_articles
from services.ingestor.sources import read_inputs


@dataclass(frozen=True)
class Read:
    events: tuple[ArticleReceived | ArticleWithdrawn, ...]
    rejected: tuple[Rejection, ...]


def read_one(name: str, data: bytes, *, fmt: InputFormat | None, source: str, max_bytes: int) -> Read:
    """The events and rejections of one input; ``name`` replaces the stream's ``-`` in both."""
    events: list[ArticleReceived | ArticleWithdrawn] = []
    rejected: list[Rejection] = []
    stream = io.BytesIO(data)
    for item in read_inputs(["-"], fmt=fmt, source=source, max_bytes=max_bytes, stdin=stream, reject_empty=True):
        if isinstance(item, Rejection):
            rejected.append(Rejection(name, item.reason))
        elif getattr(item, "input", None) == "-":
            events.append(item.model_copy(update={"input": name}))
        else:
            events.append(item)
    return Read(tuple(events), tuple(rejected))


def accept(
    publisher: Publisher, topic: str, name: str, data: bytes, *, fmt: InputFormat | None, source: str, max_bytes: int
) -> Read:
    """:func:`read_one`, then publish its events (confirmed) to ``topic``."""
    read = read_one(name, data, fmt=fmt, source=source, max_bytes=max_bytes)
    if read.events:
        publish_articles(publisher, topic, read.events)
    return read
