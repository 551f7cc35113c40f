"""The projector on the real broker: every enriched event once in the store, bad records parked,
Kafka's committed offsets following what is stored, and a failed write acknowledged nowhere."""

from __future__ import annotations

import sqlite3

import pytest
from kafka import KafkaConsumer, TopicPartition

from events.codec import decode, encode
from events.models import DeadLetter
from events.topics import DEAD_LETTER, ENRICHED
from services.bus.kafka import KafkaPublisher
from services.bus.memory import MemoryPublisher
from services.bus.port import Record
from services.common.metrics import create_metrics
from services.bootstrap import Cluster, build_projector
from services.bus.kafka_consumer import KafkaGroupConsumer
from services.projector.projector import Projector
from services.store.factory import open_store
from services.store.memory import MemoryStore
from tests.conftest import read_topic
from tests.integration.store.factories import article


def _publish(bootstrap: str, topic: str, values: list[tuple[str, bytes]]) -> None:
    publisher = KafkaPublisher(bootstrap, client_id="test-projector")
    publisher.publish([Record(topic, key, value) for key, value in values])
    publisher.close()


def _projector(settings, store, batch_size: int, dead_letters=None, processes: bool = False) -> Projector:  # noqa: ANN001
    """A projector decoding in its own thread, or (``processes``) as `copydesk project` runs it:
    in a decoder process."""
    configured = settings.model_copy(update={"projector_batch_size": batch_size,
                                             "projector_decoder_processes": 1 if processes else 0})
    return build_projector(configured, store, create_metrics(), Cluster(settings.kafka_bootstrap_servers),
                           dead_letters=dead_letters)


def _committed(settings) -> int:  # noqa: ANN001
    """The sum of the projector group's committed offsets on the enriched topic."""
    topic = ENRICHED.name(settings.topic_prefix)
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers, group_id=settings.projector_group,
                             enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
        return sum(consumer.committed(tp) or 0 for tp in partitions)
    finally:
        consumer.close(autocommit=False)


@pytest.mark.parametrize("processes", [False, True], ids=["in-thread", "decoder-process"])
def test_every_event_is_stored_once_and_a_bad_record_is_parked(broker_settings, processes: bool) -> None:
    settings = broker_settings
    events = [article(f"p-{i:03d}", f"Dispatch {i} from the delta.", minutes=i) for i in range(240)]
    values = [(e.article_id, encode(e)) for e in events[:120]]
    values.append(("p-bad", b'{"specversion": "1.0"}'))
    values += [(e.article_id, encode(e)) for e in events[120:]]
    _publish(settings.kafka_bootstrap_servers, ENRICHED.name(settings.topic_prefix), values)

    store = open_store(settings.store_url) if processes else MemoryStore()
    store.migrate()
    assert _projector(settings, store, batch_size=16, processes=processes).run(until_caught_up=True) == 240
    assert store.stats()["articles"] == 240 and store.stats()["versions"] == 240
    assert _committed(settings) == 241  # monitoring offsets cover the parked record too
    (letter,) = read_topic(settings.kafka_bootstrap_servers, DEAD_LETTER.name(settings.topic_prefix), 1)
    assert decode(letter.value, DeadLetter).stage == "projector"

    again = _projector(settings, store, batch_size=16, processes=processes).run(until_caught_up=True)
    assert again == 0 and store.stats()["articles"] == 240  # resumes where the store is
    store.close()


class _FailingStore(MemoryStore):
    """Writes ``good`` batches, then fails every write."""

    def __init__(self, good: int) -> None:
        super().__init__()
        self.good = good

    def apply(self, batch):  # noqa: ANN001, ANN201
        if self.good == 0:
            raise OSError("disk full")
        self.good -= 1
        return super().apply(batch)


def test_a_failed_write_ends_the_run_and_is_not_committed(broker_settings) -> None:
    settings = broker_settings
    events = [article(f"f-{i:03d}", f"Bulletin {i}.", minutes=i) for i in range(60)]
    _publish(settings.kafka_bootstrap_servers, ENRICHED.name(settings.topic_prefix),
             [(e.article_id, encode(e)) for e in events])
    store = _FailingStore(good=2)
    store.migrate()
    with pytest.raises(OSError, match="disk full"):
        _projector(settings, store, batch_size=10, dead_letters=MemoryPublisher()).run(until_caught_up=True)
    stored = store.stats()["articles"]
    assert 0 < stored < 60
    assert _committed(settings) == stored  # exactly the written batches are acknowledged

    store.good = 10**6  # the disk has room again: the rest comes from where the store is
    assert _projector(settings, store, batch_size=10).run(until_caught_up=True) == 60 - stored
    assert store.stats()["articles"] == 60


def test_a_write_failing_in_sqlite_ends_the_run_and_is_not_committed(broker_settings) -> None:
    settings = broker_settings
    events = [article(f"w-{i:03d}", f"Bulletin {i}.", minutes=i) for i in range(60)]
    _publish(settings.kafka_bootstrap_servers, ENRICHED.name(settings.topic_prefix),
             [(e.article_id, encode(e)) for e in events])
    store = open_store(settings.store_url)
    store.migrate()
    refuse = ("CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN (SELECT count(*) FROM articles) >= 20 "
              "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    store._conn.execute(refuse)  # noqa: SLF001 - a store that fails once it holds 20 articles
    with pytest.raises(sqlite3.DatabaseError, match="disk full"):
        _projector(settings, store, batch_size=10, dead_letters=MemoryPublisher(), processes=True).run(until_caught_up=True)
    stored = store.stats()["articles"]
    assert 0 < stored <= 20  # the batch that would pass 20 rolled back whole
    assert _committed(settings) == stored  # exactly the written batches are acknowledged

    store._conn.execute("DROP TRIGGER refuse")  # noqa: SLF001 - the disk has room again
    assert _projector(settings, store, batch_size=10, processes=True).run(until_caught_up=True) == 60 - stored
    assert store.stats()["articles"] == 60
    store.close()


class UnreachablePublisher:
    """A dead-letter topic that never confirms (the broker is away for the dead letter's sake)."""

    def __init__(self) -> None:
        self.attempts = 0

    def publish(self, records) -> None:  # noqa: ANN001
        from services.bus.port import PublishError

        self.attempts += 1
        raise PublishError("not confirmed: broker unreachable")

    def close(self) -> None:
        pass


@pytest.mark.parametrize("processes", [False, True])
def test_a_batch_is_not_stored_before_its_bad_record_is_parked(broker_settings, processes: bool) -> None:
    """The offsets are stored with the batch: were the batch written before its dead letter was
    confirmed, a projector stopped meanwhile would lose the bad record for good."""
    import threading
    import time

    settings = broker_settings
    topic = ENRICHED.name(settings.topic_prefix)
    _publish(settings.kafka_bootstrap_servers, topic, [("a-1", encode(article("a-1", "A bulletin."))), ("a-bad", b"not an event")])
    store = open_store(settings.store_url)
    store.migrate()
    dead_letters = UnreachablePublisher()
    projector = _projector(settings, store, batch_size=10, dead_letters=dead_letters, processes=processes)
    thread = threading.Thread(target=projector.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while dead_letters.attempts < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    projector.stop()
    thread.join(timeout=30)
    try:
        assert dead_letters.attempts >= 2, "the bad record was never parked"
        assert store.offsets(topic) == {}  # nothing stored: a new projector reads both records again
    finally:
        store.close()


def test_a_consumer_that_fetches_nothing_while_records_wait_is_replaced(broker_settings) -> None:
    """Seen in a chaos run: assigned on empty partitions, kafka-python fetched nothing for 15
    minutes while they filled. Here the consumer is stuck on purpose (its partitions paused)."""
    import threading
    import time

    settings = broker_settings
    topic = ENRICHED.name(settings.topic_prefix)
    store = MemoryStore()
    bootstrap = settings.kafka_bootstrap_servers
    consumer = KafkaGroupConsumer(bootstrap, settings.projector_group, stall_patience_s=3)
    projector = Projector(consumer, store, [topic], dead_letters=MemoryPublisher(),
                          dead_letter_topic=DEAD_LETTER.name(settings.topic_prefix), metrics=create_metrics(),
                          batch_size=10)
    thread = threading.Thread(target=projector.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not consumer.client.assignment() and time.monotonic() < deadline:
            time.sleep(0.1)
        stuck = consumer.client
        stuck.pause(*stuck.assignment())
        _publish(bootstrap, topic, [(f"s-{i}", encode(article(f"s-{i}", f"Bulletin {i}."))) for i in range(5)])
        deadline = time.monotonic() + 60
        while store.stats()["articles"] < 5 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert store.stats()["articles"] == 5
        assert consumer.client is not stuck
    finally:
        projector.stop()
        thread.join(timeout=30)
