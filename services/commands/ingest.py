"""`copydesk ingest PATH...|-`: publish one ArticleReceived per article to the raw topic.

Each rejected input and each skipped path is named on stderr as it comes (``copydesk: rejected
INPUT: REASON``, ``copydesk: skipped PATH: REASON``); the last line on stdout counts the articles
ingested, the inputs rejected and the paths skipped. The exit status is 1 when anything was
rejected: binary content, no text left after cleaning, unreadable or malformed input.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from events.models import ArticleReceived, ArticleWithdrawn, InputFormat
from events.topics import RAW
from services.bus.port import Publisher
from services.common.metrics import Metrics
from services.common.settings import Settings
from services.ingestor.publish import publish_articles
from services.ingestor.rejections import count_ingest
from services.ingestor.sources import Rejection, Skip, read_inputs

BATCH = 100


@dataclass
class IngestReport:
    """What one ingest did: the articles published (each confirmed by the bus), the inputs rejected
    and the paths skipped, each list in input order."""

    accepted: list[ArticleReceived] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    withdrawn: list[ArticleWithdrawn] = field(default_factory=list)  # wire items withheld, canceled or killed

    def summary(self) -> str:
        withdrawn = f"withdrew {len(self.withdrawn)} article(s), " if self.withdrawn else ""
        return (
            f"ingested {len(self.accepted)} article(s), {withdrawn}rejected {len(self.rejected)} input(s), "
            f"skipped {len(self.skipped)} file(s)"
        )

    @property
    def exit_status(self) -> int:
        return 1 if self.rejected else 0


def ingest_inputs(
    publisher: Publisher,
    topic: str,
    paths: Sequence[str],
    *,
    fmt: InputFormat | None = None,
    source: str | None = None,
    max_bytes: int,
    metrics: Metrics | None = None,
) -> IngestReport:
    """Publish every article with text (confirmed by the bus, in batches) and report the rest
    (counted in ``metrics`` when given).

    An article the cleaning stage would leave without text is rejected here rather than stored
    empty (see :mod:`services.ingestor.emptiness`).
    """
    report = IngestReport()

    def skipped(skip: Skip) -> None:
        report.skipped.append(skip)
        print(f"copydesk: skipped {skip}", file=sys.stderr)

    batch: list[ArticleReceived | ArticleWithdrawn] = []

    def sent(events: list[ArticleReceived | ArticleWithdrawn]) -> None:
        for e in events:
            if isinstance(e, ArticleWithdrawn):
                report.withdrawn.append(e)
            else:
                report.accepted.append(e)

    for item in read_inputs(paths, fmt=fmt, source=source, max_bytes=max_bytes, reject_empty=True, on_skip=skipped):
        if isinstance(item, Rejection):
            report.rejected.append(item)
            print(f"copydesk: rejected {item}", file=sys.stderr)
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            publish_articles(publisher, topic, batch)
            sent(batch)
            batch = []
    if batch:
        publish_articles(publisher, topic, batch)
        sent(batch)
    if metrics is not None:
        count_ingest(metrics, (a.format for a in report.accepted), report.rejected)
    return report


def ingest(
    publisher: Publisher,
    topic: str,
    paths: Sequence[str],
    *,
    fmt: InputFormat | None = None,
    source: str | None = None,
    max_bytes: int,
    metrics: Metrics | None = None,
) -> tuple[list[ArticleReceived], list[Rejection]]:
    """:func:`ingest_inputs` for callers that need only what was sent and what was rejected."""
    report = ingest_inputs(publisher, topic, paths, fmt=fmt, source=source, max_bytes=max_bytes, metrics=metrics)
    return report.accepted, report.rejected


def run(settings: Settings, paths: Sequence[str], fmt: InputFormat | None, source: str | None) -> int:
    from services.bootstrap import build_publisher, connect_cluster

    cluster = connect_cluster(settings, start=False)
    publisher = build_publisher(cluster, "copydesk-ingestor")
    try:
        report = ingest_inputs(
            publisher,
            RAW.name(settings.topic_prefix),
            paths,
            fmt=fmt,
            source=source,
            max_bytes=settings.max_input_bytes,
        )
    finally:
        publisher.close()
    print(report.summary())
    return report.exit_status
