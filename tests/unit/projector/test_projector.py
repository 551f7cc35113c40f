"""The projector's loop on the in-memory bus and store: no broker, no processes."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

import orjson
import pytest

from events.codec import decode, encode
from events.models import ArticleWithdrawn, DeadLetter, StoryUpdated
from services.bus.memory import MemoryBroker, MemoryConsumer, MemoryPublisher
from services.bus.port import Partition, PublishError, Record
from services.common.metrics import Metrics, create_metrics
from services.projector.projector import Projector, flatten
from services.store.memory import MemoryStore
from tests.unit.api.sample import follow_up, harbour_article

TOPIC, STORIES, DLQ = "enriched", "stories", "dead-letters"


def _projector(consumer: MemoryConsumer, store: MemoryStore, dead_letters: MemoryPublisher | None = None,
               metrics: Metrics | None = None, batch_size: int = 3) -> Projector:
    return Projector(consumer, store, [TOPIC, STORIES], dead_letters or MemoryPublisher(), DLQ,
                     metrics or create_metrics(), batch_size=batch_size)


def _fill(broker: MemoryBroker, count: int, partitions: int = 1) -> list[str]:
    ids = [f"a-{i:02d}" for i in range(count)]
    for i, aid in enumerate(ids):
        broker.append(TOPIC, aid.encode(), encode(harbour_article(aid)), partition=i % partitions)
    return ids


def _ok(metrics: Metrics, outcome: str = "ok") -> float:
    return metrics.registry.get_sample_value("copydesk_messages_total", {"stage": "projector", "outcome": outcome}) or 0


def test_flatten_gives_rows_for_each_event_kind_and_an_error_for_anything_else() -> None:
    article = orjson.loads(flatten(encode(harbour_article())))
    story = orjson.loads(flatten(encode(StoryUpdated(article_id="a", story_id="s-1", change="merged",
                                                     merged=("s-2",), source="wire", at=datetime.now(timezone.utc)))))
    withdrawn = orjson.loads(flatten(encode(ArticleWithdrawn(article_id="a", source="wire", input="kill.json",
                                                             status="canceled", item_id="urn:1",
                                                             received_at=datetime.now(timezone.utc)))))
    assert isinstance(article["rows"], list)
    assert story["rows"]["merged"] == ["s-2"]
    assert "withdrawal" in withdrawn["rows"]
    assert "error" in orjson.loads(flatten(b"not an event")) and "error" in orjson.loads(flatten(None))


def test_every_record_is_stored_once_with_its_offsets_and_committed() -> None:
    broker, store = MemoryBroker(partitions=2), MemoryStore()
    ids = _fill(broker, 7, partitions=2)
    metrics = create_metrics()
    assert _projector(broker.consumer("g"), store, metrics=metrics).run(until_caught_up=True) == 7
    assert store.article_versions().keys() == set(ids)
    assert store.offsets(TOPIC) == {0: 4, 1: 3}
    assert broker.committed["g"] == {Partition(TOPIC, 0): 4, Partition(TOPIC, 1): 3}
    assert _ok(metrics) == 7 and metrics.registry.get_sample_value("copydesk_projector_lag") == 0


def test_a_new_run_resumes_where_the_store_is_not_where_the_group_committed() -> None:
    broker, store = MemoryBroker(), MemoryStore()
    _fill(broker, 4)
    assert _projector(broker.consumer("g"), store).run(until_caught_up=True) == 4
    broker.committed["g"] = {Partition(TOPIC, 0): 0}  # the group's offsets lost: the store decides
    broker.append(TOPIC, b"a-new", encode(follow_up("a-new")))
    metrics = create_metrics()
    assert _projector(broker.consumer("g"), store, metrics=metrics).run(until_caught_up=True) == 1
    assert _ok(metrics, "skipped") == 0  # nothing read twice


def test_a_record_that_is_no_event_is_parked_with_its_bytes_and_the_rest_stored() -> None:
    broker, store, dead = MemoryBroker(), MemoryStore(), MemoryPublisher()
    broker.append(TOPIC, b"a-1", encode(harbour_article("a-1")))
    broker.append(TOPIC, b"bad", b"\xff not json")
    broker.append(TOPIC, b"a-2", encode(harbour_article("a-2")))
    assert _projector(broker.consumer("g"), store, dead).run(until_caught_up=True) == 2
    (letter,) = dead.on(DLQ)
    parked = decode(letter.value, DeadLetter)
    assert (parked.stage, parked.offset, parked.original_value()) == ("projector", 1, b"\xff not json")
    assert store.offsets(TOPIC) == {0: 3}


class _Unreachable(MemoryPublisher):
    def __init__(self, projector_stop: threading.Event) -> None:
        super().__init__()
        self.attempts, self.projector_stop = 0, projector_stop

    def publish(self, records: list[Record]) -> None:  # type: ignore[override]
        self.attempts += 1
        if self.attempts == 2:
            self.projector_stop.set()  # the projector is stopped while the letter is unconfirmed
        raise PublishError("broker unreachable")


def test_a_batch_is_not_written_while_its_dead_letter_is_unconfirmed() -> None:
    broker, store = MemoryBroker(), MemoryStore()
    broker.append(TOPIC, b"a-1", encode(harbour_article("a-1")))
    broker.append(TOPIC, b"bad", b"not an event")
    projector = _projector(broker.consumer("g"), store)
    projector.dead_letters = dead = _Unreachable(projector._stop)  # noqa: SLF001 - stop() from inside publish
    projector.run(until_caught_up=True)
    assert dead.attempts == 2
    assert store.offsets(TOPIC) == {} and store.stats()["articles"] == 0  # read again by the next run


def test_the_batch_being_decoded_is_written_before_its_partitions_are_revoked() -> None:
    """The second poll rebalances while the first batch is still being decoded: were it not written
    first, the partition would be assigned again from offset 0 and the batch read twice."""
    broker, store, metrics = MemoryBroker(), MemoryStore(), create_metrics()
    _fill(broker, 6)
    consumer = broker.consumer("g")
    consumer.rebalance_at = 2
    assert _projector(consumer, store, metrics=metrics, batch_size=3).run(until_caught_up=True) == 6
    assert metrics.registry.get_sample_value("copydesk_records_consumed_total", {"stage": "projector"}) == 6
    assert _ok(metrics, "skipped") == 0 and broker.committed["g"] == {Partition(TOPIC, 0): 6}


def test_a_bus_error_is_retried_and_the_run_goes_on() -> None:
    broker, store = MemoryBroker(), MemoryStore()
    _fill(broker, 2)
    consumer = broker.consumer("g")
    consumer.fail_next = 2
    projector = _projector(consumer, store)
    projector._backoff.first_s = 0.001  # noqa: SLF001 - no need to wait in a unit test
    assert projector.run(until_caught_up=True) == 2


def test_stop_ends_the_run_and_closes_what_the_projector_owns() -> None:
    broker, store, dead = MemoryBroker(), MemoryStore(), MemoryPublisher()
    consumer = broker.consumer("g")
    projector = _projector(consumer, store, dead)
    thread = threading.Thread(target=projector.run)
    thread.start()
    projector.stop()
    thread.join(timeout=10)
    assert not thread.is_alive() and consumer.closed and dead.closed


def test_a_failed_write_ends_the_run_and_commits_nothing_of_it() -> None:
    class Full(MemoryStore):
        def apply(self, batch):  # noqa: ANN001, ANN201
            raise OSError("disk full")

    broker = MemoryBroker()
    _fill(broker, 2)
    with pytest.raises(OSError, match="disk full"):
        _projector(broker.consumer("g"), Full()).run(until_caught_up=True)
    assert broker.committed == {}


def test_a_written_article_observes_its_latency_since_receipt_and_a_story_change_none() -> None:
    broker, store, metrics = MemoryBroker(), MemoryStore(), create_metrics()
    event = harbour_article()
    broker.append(TOPIC, b"a", encode(event))
    broker.append(STORIES, b"s", encode(StoryUpdated(article_id="a", story_id="s-1", change="opened", source="wire",
                                                     at=datetime.now(timezone.utc))))
    age = datetime.now(timezone.utc).timestamp() - event.received_at.timestamp()
    _projector(broker.consumer("g"), store, metrics=metrics).run(until_caught_up=True)
    assert metrics.registry.get_sample_value("copydesk_end_to_end_seconds_count") == 1
    assert metrics.registry.get_sample_value("copydesk_end_to_end_seconds_sum") >= age
