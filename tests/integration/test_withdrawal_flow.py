"""A canceled wire item on the real broker: the ingestor sends its ArticleWithdrawn to the enriched
topic, the projector (a decoder process, as `copydesk project` runs) stores it, and the
article, stored before or after, is hidden with its history kept."""

from __future__ import annotations

import orjson

from events.codec import encode
from events.topics import ENRICHED, RAW
from services.bus.kafka import KafkaPublisher
from services.bus.port import Record
from services.commands.ingest import ingest_inputs
from services.common.metrics import create_metrics
from services.ingestor.identity import article_id
from services.bootstrap import Cluster, build_projector
from services.store.factory import open_store
from services.store.port import ArticleFilter
from tests.integration.store.factories import article


def test_a_canceled_item_reaches_the_projector_and_hides_its_article(broker_settings, tmp_path) -> None:  # noqa: ANN001
    settings = broker_settings
    bootstrap, prefix = settings.kafka_bootstrap_servers, settings.topic_prefix
    aid = article_id("urn:example:kill-1", "")
    kept = article("a-kept", "A story nobody withdrew.", minutes=1)
    killed = article(aid, "A story the agency later killed.", minutes=2)
    publisher = KafkaPublisher(bootstrap, client_id="test-withdrawal")
    try:
        publisher.publish([Record(ENRICHED.name(prefix), e.article_id, encode(e)) for e in (kept, killed)])
        doc = tmp_path / "kill.json"
        doc.write_bytes(orjson.dumps({"uri": "urn:example:kill-1", "pubstatus": "canceled", "ednote": "Legal"}))
        report = ingest_inputs(publisher, RAW.name(prefix), [str(doc)], max_bytes=10**6)
    finally:
        publisher.close()
    assert [w.article_id for w in report.withdrawn] == [aid] and not report.accepted and not report.rejected

    store = open_store(settings.store_url)
    store.migrate()
    projector = build_projector(settings.model_copy(update={"projector_batch_size": 16, "projector_decoder_processes": 1}),
                                store, create_metrics(), Cluster(bootstrap))
    assert projector.run(until_caught_up=True) == 3
    assert [i["article_id"] for i in store.list_articles(ArticleFilter(), None, 10).items] == ["a-kept"]
    assert store.get_article(aid) is None
    history = store.get_versions(aid)
    assert history["withdrawn"]["status"] == "canceled" and history["withdrawn"]["reason"] == "Legal"
    store.close()
