"""`copydesk ingest` against the real broker: confirmed, keyed by article_id, partitioned by source."""

import time

import pytest

from events.codec import decode
from events.models import ArticleReceived
from events.topics import RAW
from services.bus.kafka import KafkaPublisher
from services.bus.port import PublishError, Record
from services.commands.ingest import ingest
from tests.conftest import SEEDS, read_topic


def test_ingest_publishes_one_event_per_article(broker_settings, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    publisher = KafkaPublisher(broker_settings.kafka_bootstrap_servers)
    try:
        accepted, rejected = ingest(publisher, RAW.name(broker_settings.topic_prefix),
                                    [str(p) for p in SEEDS] + [str(bad)], max_bytes=10_000_000, source="desk")
    finally:
        publisher.close()
    assert len(accepted) == 2 and [r.input for r in rejected] == [str(bad)]
    records = read_topic(broker_settings.kafka_bootstrap_servers, RAW.name(broker_settings.topic_prefix), 2)
    events = [decode(r.value, ArticleReceived) for r in records]
    assert {e.article_id for e in events} == {a.article_id for a in accepted}
    assert all(r.key.decode() == decode(r.value).article_id for r in records)
    assert {e.source for e in events} == {"desk"}  # --source names inputs that name none (the seeds' sidecar gives way)
    assert len({r.partition for r in records}) == 1  # same source -> same partition
    assert all(dict(r.headers)["content-type"].startswith(b"application/cloudevents+json") for r in records)


def test_a_topic_that_never_becomes_available_is_a_publish_error_within_the_timeout(broker_settings):
    publisher = KafkaPublisher(broker_settings.kafka_bootstrap_servers, timeout_s=2)
    started = time.monotonic()
    try:
        with pytest.raises(PublishError, match="not sent within 2 s"):
            publisher.publish([Record(f"{broker_settings.topic_prefix}no-such-topic", "k", b"v")])
    finally:
        publisher.close()
    assert time.monotonic() - started < 30
