"""A store of another layout, met by the projector's process on the real broker: rebuilt from the
log and swapped in before projecting; met by a reader (the API, `copydesk query`): refused,
naming the command that rebuilds it."""

from __future__ import annotations

import pytest

from events.codec import encode
from events.topics import ENRICHED
from services.bootstrap import open_configured_store
from services.bus.kafka import KafkaPublisher
from services.bus.port import Record
from services.commands import project
from services.store.factory import open_store
from services.store.schema import LAYOUT_TABLE, LAYOUT_VERSION
from tests.integration.store.factories import article, delivered


def _publish_articles(settings, count: int) -> None:  # noqa: ANN001
    publisher = KafkaPublisher(settings.kafka_bootstrap_servers, client_id="test-rebuild")
    topic = ENRICHED.name(settings.topic_prefix)
    events = [article(f"r-{i:03d}", f"Dispatch {i} from the river port.", minutes=i) for i in range(count)]
    publisher.publish([Record(topic, e.article_id, encode(e)) for e in events])
    publisher.close()


def _store_of_an_older_layout(settings) -> None:  # noqa: ANN001
    """The configured SQLite store as an older copydesk left it: one article, layout one behind."""
    store = open_store(settings.store_url)
    store.migrate()
    store.apply(delivered([article("stale-1", "An article only the old database holds.")]))
    with store._write():
        store._exec(f"UPDATE {LAYOUT_TABLE} SET version = ?", (LAYOUT_VERSION - 1,))
    store.close()


def test_the_projector_rebuilds_a_store_of_another_layout_from_the_log(broker_settings) -> None:  # noqa: ANN001
    settings = broker_settings
    _publish_articles(settings, 30)
    _store_of_an_older_layout(settings)

    assert project.run(settings, until_caught_up=True, replay=False) == 0

    store = open_store(settings.store_url)
    store.migrate()  # the current layout now: no LayoutMismatch
    try:
        assert store.stats()["articles"] == 30  # the log's articles, not the old database's
        assert store.get_article("stale-1") is None
        assert sum(store.offsets(ENRICHED.name(settings.topic_prefix)).values()) == 30
    finally:
        store.close()


def test_a_reader_is_refused_a_store_of_another_layout(broker_settings) -> None:  # noqa: ANN001
    _store_of_an_older_layout(broker_settings)
    with pytest.raises(SystemExit, match=rf"layout {LAYOUT_VERSION - 1}.*`copydesk project` rebuilds it"):
        open_configured_store(broker_settings)
