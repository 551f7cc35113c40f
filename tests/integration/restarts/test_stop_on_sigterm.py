"""`copydesk worker` and `copydesk project` end within 10 s of SIGTERM while the broker is down.

Each is first seen working (its output arrives), so its own signal handling is in place; then
the broker stops, and the signal comes while the Kafka clients retry a broker that is gone.
Before: faust's stop hung for good, and the projector's dead-letter producer held it for 60 s."""

from __future__ import annotations

import time

import pytest

from events.topics import ENRICHED, RAW
from services.broker.local import LocalBroker
from services.bus.kafka import KafkaPublisher
from services.commands.ingest import ingest
from services.commands.worker import HARD_EXIT_STATUS
from services.store.factory import open_store
from tests.conftest import read_topic
from tests.integration.restarts.conftest import publish, sigterm, wait_for
from tests.integration.store.factories import article
from tests.integration.test_worker_crash import write_articles

pytestmark = pytest.mark.broker

STOP_BOUND_S = 10.0
CLIENTS_RETRYING_S = 3.0  # after the broker stopped: both clients are then in their retry loops


def test_projector_stops_within_10s_of_sigterm_while_the_broker_is_down(
    own_broker: LocalBroker, own_settings, start_command  # noqa: ANN001
) -> None:
    settings = own_settings
    store = open_store(settings.store_url)
    store.migrate()
    projector = start_command(settings, "project")
    try:
        events = [article(f"s-{i}", f"Dispatch {i} from the quay.", minutes=i) for i in range(5)]
        publish(settings.kafka_bootstrap_servers, ENRICHED.name(settings.topic_prefix), events)
        assert wait_for(lambda: store.stats()["articles"] == len(events), 30), projector.log()
    finally:
        store.close()

    own_broker.stop()
    time.sleep(CLIENTS_RETRYING_S)
    (seconds,) = sigterm([projector], STOP_BOUND_S)

    assert seconds is not None, f"the projector still ran {STOP_BOUND_S:.0f} s after SIGTERM\n" + projector.log()
    assert projector.proc.returncode == 0, projector.log()  # a clean stop, not the deadline's hard exit


def test_worker_stops_within_10s_of_sigterm_while_the_broker_is_down(
    own_broker: LocalBroker, own_settings, start_command, tmp_path  # noqa: ANN001
) -> None:
    settings = own_settings
    bootstrap = settings.kafka_bootstrap_servers
    worker = start_command(settings, "worker")
    write_articles(tmp_path / "in", 1)
    publisher = KafkaPublisher(bootstrap)
    accepted, _ = ingest(publisher, RAW.name(settings.topic_prefix), [str(tmp_path / "in")], max_bytes=10**6)
    publisher.close()
    assert len(accepted) == 1
    assert read_topic(bootstrap, ENRICHED.name(settings.topic_prefix), 1, timeout_ms=120_000), worker.log()

    own_broker.stop()
    time.sleep(CLIENTS_RETRYING_S)
    (seconds,) = sigterm([worker], STOP_BOUND_S)

    assert seconds is not None, f"the worker still ran {STOP_BOUND_S:.0f} s after SIGTERM\n" + worker.log()
    # faust's own stop may hang inside its Kafka consumer thread: then the stop deadline ends it.
    assert worker.proc.returncode in (0, HARD_EXIT_STATUS), worker.log()
