"""The kind of a rejection's reason, for the ``copydesk_ingest_rejected_total{reason}`` metric.

A :class:`~services.ingestor.outcomes.Rejection` carries a sentence for people, naming sizes and
bytes; a metric label needs one of a few fixed values (``REJECTION_KINDS``). ``rejection_kind``
reads the kind from the sentence's fixed wording (see ``sources``, ``binary``, ``listing``); a
sentence it does not know is ``other``.
"""

from __future__ import annotations

from collections.abc import Iterable

from services.common.metrics import Metrics
from services.ingestor.outcomes import Rejection

# First match wins: (kind, phrases any of which marks it). Plain substring tests, no regex.
_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("too-large", ("input limit",)),
    ("binary", ("binary content",)),
    ("not-utf8", ("not utf-8", "only utf-8 is read")),
    ("malformed", ("malformed", "no id (")),  # a wire item without its id is malformed too
    ("unsupported", ("xml that is not html", "xml that is neither html nor newsml-g2", "not a regular file")),
    ("unreadable", ("cannot be read", "no such file")),
    ("empty", ("empty", "nothing left after cleaning", "no article text", "holds no files")),
)


def rejection_kind(reason: str) -> str:
    """One of REJECTION_KINDS for a rejection's ``reason``."""
    lowered = reason.lower()
    for kind, phrases in _KINDS:
        if any(phrase in lowered for phrase in phrases):
            return kind
    return "other"


def count_ingest(metrics: Metrics, formats: Iterable[str], rejected: Iterable[Rejection]) -> None:
    """Count articles accepted (by format) and inputs rejected (by kind; format ``unknown``)."""
    for fmt in formats:
        metrics.ingested.labels(fmt, "ok").inc()
    for rejection in rejected:
        metrics.ingested.labels("unknown", "rejected").inc()
        metrics.rejected_inputs.labels(rejection_kind(rejection.reason)).inc()
