"""The end-to-end latency the projector observes: receipt (received_at) to written into the store."""

from datetime import datetime, timezone

from services.projector.writer import latencies, write
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


def test_a_written_batch_carries_its_latencies():
    event = harbour_article()
    before = datetime.now(timezone.utc).timestamp()
    written = write(MemoryStore(), [("enriched", 0, 0)], [rows_of(event)])
    assert len(written.latencies) == 1
    assert written.latencies[0] >= before - event.received_at.timestamp()


def test_a_redelivered_article_adds_no_latency():
    """An event at or below its partition's stored offset was queryable already: its age is no latency."""
    store, event = MemoryStore(), harbour_article()
    write(store, [("enriched", 0, 0)], [rows_of(event)])
    again = write(store, [("enriched", 0, 0), ("enriched", 0, 1)], [rows_of(event), rows_of(follow_up())])
    assert (again.applied, again.skipped) == (1, 1)
    assert len(again.latencies) == 1
