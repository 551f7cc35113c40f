"""`copydesk project` rides out broker restarts: events published before the broker stops and
after it is back on the same address all end up in the store, with the same projector process.

The first outage is the reported one (`copydesk broker stop; sleep 15; copydesk broker start`).
Two short ones follow because the failure they catch is a race: a consumer that learns of the
stopping broker's leadership change just before the broker goes (as happens on some stops, not
all) had kafka-python raise out of the projector's loop."""

from __future__ import annotations

import time

import pytest

from events.topics import ENRICHED
from services.broker.local import LocalBroker
from services.store.factory import open_store
from tests.integration.restarts.conftest import publish, wait_for
from tests.integration.store.factories import article

pytestmark = pytest.mark.broker

OUTAGES_S = (15, 2, 2)
PER_ROUND = 10


def test_projector_keeps_consuming_across_broker_restarts(
    own_broker: LocalBroker, own_settings, start_command  # noqa: ANN001
) -> None:
    settings = own_settings
    bootstrap, topic = settings.kafka_bootstrap_servers, ENRICHED.name(settings.topic_prefix)
    events = [article(f"r-{i:03d}", f"Dispatch {i} from the harbour.", minutes=i) for i in range(PER_ROUND * 4)]
    store = open_store(settings.store_url)
    store.migrate()
    projector = start_command(settings, "project")
    try:
        publish(bootstrap, topic, events[:PER_ROUND])
        assert wait_for(lambda: store.stats()["articles"] == PER_ROUND, 30), projector.log()
        for round_, outage in enumerate(OUTAGES_S, start=1):
            own_broker.stop()
            time.sleep(outage)
            assert own_broker.start().bootstrap == bootstrap
            expected = PER_ROUND * (round_ + 1)
            publish(bootstrap, topic, events[expected - PER_ROUND:expected])
            assert wait_for(lambda n=expected: store.stats()["articles"] == n, 20), (
                f"after outage {round_} ({outage} s): {store.stats()['articles']} of {expected} stored\n"
                + projector.log()
            )
        assert projector.proc.poll() is None, projector.log()
    finally:
        store.close()
