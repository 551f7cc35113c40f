"""Ingest rejections are counted by a fixed kind, never by their free-text reason."""

import pytest

from services.common.metrics import REJECTION_KINDS, create_metrics
from services.ingestor.outcomes import Rejection
from services.ingestor.rejections import count_ingest, rejection_kind


@pytest.mark.parametrize(("reason", "kind"), [
    ("larger than the 20 MB input limit", "too-large"),
    ("31.2 MB is larger than the 20 MB input limit", "too-large"),
    ("binary content (PNG image), not an article", "binary"),
    ("binary content (40% control bytes), not an article", "binary"),
    ("not UTF-8 text (invalid byte 0xff at offset 3)", "not-utf8"),
    ("UTF-16 text; only UTF-8 is read (re-encode the file as UTF-8)", "not-utf8"),
    ("malformed ninjs: 'body_text' is not a string", "malformed"),
    ("XML that is not HTML; only text, HTML and ninjs JSON are read", "unsupported"),
    ("XML that is neither HTML nor NewsML-G2; only text, HTML, ninjs JSON and NewsML-G2 are read", "unsupported"),
    ("malformed NewsML-G2: refused: the document declares a DTD (...)", "malformed"),
    ("item 2: no id (uri or guid): a ninjs item needs one to be told apart from its updates", "malformed"),
    ("not a regular file", "unsupported"),
    ("no such file or directory", "unreadable"),
    ("cannot be read (Permission denied)", "unreadable"),
    ("empty input: no article text", "empty"),
    ("nothing left after cleaning: only navigation", "empty"),
    ("directory holds no files to ingest", "empty"),
    ("the moon is in the wrong phase", "other"),
])
def test_each_reason_has_its_kind(reason, kind):
    assert rejection_kind(reason) == kind
    assert kind in REJECTION_KINDS


def test_count_ingest_counts_accepted_by_format_and_rejected_by_kind():
    metrics = create_metrics()
    count_ingest(metrics, ["html", "html", "text"], [Rejection("/srv/a.bin", "binary content (PNG image), not an article")])
    get = metrics.registry.get_sample_value
    assert get("copydesk_ingested_total", {"format": "html", "outcome": "ok"}) == 2
    assert get("copydesk_ingested_total", {"format": "unknown", "outcome": "rejected"}) == 1
    assert get("copydesk_ingest_rejected_total", {"reason": "binary"}) == 1
    assert get("copydesk_ingest_rejected_total", {"reason": "empty"}) == 0
