"""The end-to-end latency the projector observes: receipt (received_at) to written into the store."""

from events.codec import encode
from services.bus.memory import MemoryBroker, MemoryConsumer, MemoryPublisher
from services.common.metrics import create_metrics
from services.projector.projector import Projector, latencies
from services.store.memory import MemoryStore
from services.store.port import FlatDelivery
from services.store.rows import rows_of
from tests.unit.api.sample import follow_up, harbour_article


def test_each_written_article_has_its_seconds_since_receipt():
    events = [harbour_article(), follow_up()]
    deliveries = [FlatDelivery(rows_of(e), "enriched", 0, i) for i, e in enumerate(events)]
    now = max(e.received_at for e in events).timestamp() + 2.5
    seconds = latencies(deliveries, now)
    assert seconds == tuple(now - e.received_at.timestamp() for e in events)
    assert min(seconds) == 2.5


class _FromTheStart(MemoryConsumer):
    """Ignores where the store is: every record is delivered again."""

    def subscribe(self, topics, start_at, on_revoke):  # noqa: ANN001, ANN201
        super().subscribe(topics, lambda partitions: {}, on_revoke)


def test_a_redelivered_article_adds_no_latency():
    """An event at or below its partition's stored offset was queryable already: its age is no latency."""
    broker, store = MemoryBroker(), MemoryStore()
    broker.append("enriched", b"a", encode(harbour_article()))
    Projector(broker.consumer("g"), store, ["enriched"], MemoryPublisher(), "dlq", create_metrics()).run(
        until_caught_up=True)
    broker.append("enriched", b"f", encode(follow_up()))
    metrics = create_metrics()
    again = Projector(_FromTheStart(broker, "g"), store, ["enriched"], MemoryPublisher(), "dlq", metrics)
    assert again.run(until_caught_up=True) == 1
    assert metrics.registry.get_sample_value("copydesk_end_to_end_seconds_count") == 1
    assert metrics.registry.get_sample_value("copydesk_messages_total", {"stage": "projector", "outcome": "skipped"}) == 1
