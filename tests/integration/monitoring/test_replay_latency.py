"""End-to-end latency on the real broker, as `copydesk project` and `copydesk replay` build the
projector: projecting observes each article's age since receipt when written; a replay, whose
events were received long before, observes none."""

from __future__ import annotations

from datetime import datetime, timezone

from events.codec import encode
from events.topics import ENRICHED
from services.bus.kafka import KafkaPublisher
from services.bus.port import Record
from services.bootstrap import Cluster, build_projector
from services.common.metrics import create_metrics
from services.store.factory import open_store
from tests.integration.store.factories import T0, article

ARTICLES = 20


def latency_count(metrics) -> float:  # noqa: ANN001
    return metrics.registry.get_sample_value("copydesk_end_to_end_seconds_count")


def test_projecting_observes_latency_and_a_replay_does_not(broker_settings) -> None:
    settings, bootstrap = broker_settings, broker_settings.kafka_bootstrap_servers
    articles = [article(f"a-{i:02d}", f"Article {i} about the harbour.", minutes=i) for i in range(ARTICLES)]
    publisher = KafkaPublisher(bootstrap, client_id="test-replay-latency")
    publisher.publish([Record(ENRICHED.name(settings.topic_prefix), a.article_id, encode(a)) for a in articles])
    publisher.close()
    store = open_store(settings.store_url)
    store.migrate()
    try:
        projected = create_metrics()
        assert build_projector(settings, store, cluster=Cluster(bootstrap), metrics=projected).run(until_caught_up=True) == ARTICLES
        assert latency_count(projected) == ARTICLES
        age = (datetime.now(timezone.utc) - T0).total_seconds()
        # every article was received at T0 or a few minutes after: all land in the top bucket
        assert age > 3600 and projected.registry.get_sample_value("copydesk_end_to_end_seconds_bucket", {"le": "3600.0"}) == 0

        store.reset()
        replayed = create_metrics()
        assert build_projector(settings, store, cluster=Cluster(bootstrap), metrics=replayed, replay=True).run(until_caught_up=True) == ARTICLES
        assert latency_count(replayed) == 0
        assert replayed.registry.get_sample_value("copydesk_messages_total", {"stage": "projector", "outcome": "ok"}) == ARTICLES
    finally:
        store.close()
