"""The consumer contract (services.bus.port.Consumer), run against the in-memory twin and real Kafka:
assignment starts where ``start_at`` says, records come in offset order per partition, commits
reach the group, a rebalance first calls ``on_revoke``, and a closed consumer leaves the group."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from services.broker.topics import TopicShape, ensure_named_topics
from services.bus.kafka_consumer import KafkaGroupConsumer
from services.bus.memory import MemoryBroker
from services.bus.memory import MemoryConsumer
from services.bus.port import Consumer, Partition, Received

PARTITIONS = 2


@dataclass
class Bus:
    """One implementation of the bus: a fresh topic, a way to fill it, consumers in a group, and
    a way to read the group's committed offsets."""

    topic: str
    append: Callable[[list[tuple[int, bytes]]], None]  # (partition, value)
    consumer: Callable[[str], Consumer]
    committed: Callable[[str], dict[Partition, int]]
    poll_s: float
    rebalance: Callable[[Consumer, str], Callable[[], None]]  # make the group rebalance; returns a cleanup


def _memory() -> Bus:
    broker = MemoryBroker(PARTITIONS)
    topic = "contract"

    def append(values: list[tuple[int, bytes]]) -> None:
        for partition, value in values:
            broker.append(topic, b"k", value, partition)

    def rebalance(consumer: Consumer, group: str) -> Callable[[], None]:
        assert isinstance(consumer, MemoryConsumer)
        consumer.rebalance_at = 1
        return lambda: None

    return Bus(topic, append, broker.consumer, lambda group: broker.committed.get(group, {}), 0.0, rebalance)


def _kafka(bootstrap: str) -> Iterator[Bus]:
    topic = f"contract-{uuid.uuid4().hex[:8]}"
    ensure_named_topics(bootstrap, {topic: TopicShape(PARTITIONS)})
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")

    def append(values: list[tuple[int, bytes]]) -> None:
        for partition, value in values:
            producer.send(topic, key=b"k", value=value, partition=partition)
        producer.flush(timeout=60)

    def committed(group: str) -> dict[Partition, int]:
        reader = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
        try:
            found = {p: reader.committed(TopicPartition(topic, p)) for p in range(PARTITIONS)}
        finally:
            reader.close(autocommit=False)
        return {Partition(topic, p): offset for p, offset in found.items() if offset is not None}

    def consumer(group: str) -> Consumer:
        return KafkaGroupConsumer(bootstrap, group, session_timeout_s=10)

    def rebalance(_: Consumer, group: str) -> Callable[[], None]:
        """A second member joins the group, polling in a thread until the cleanup."""
        joined, done = KafkaGroupConsumer(bootstrap, group, session_timeout_s=10), threading.Event()
        joined.subscribe([topic], lambda partitions: {}, lambda partitions: None)

        def poll() -> None:
            while not done.is_set():
                joined.poll(0.2, 10)

        thread = threading.Thread(target=poll, daemon=True)
        thread.start()

        def cleanup() -> None:
            done.set()
            thread.join(timeout=30)
            joined.close()

        return cleanup

    try:
        yield Bus(topic, append, consumer, committed, 0.5, rebalance)
    finally:
        producer.close()


@pytest.fixture(params=["memory", "kafka"])
def bus(request: pytest.FixtureRequest) -> Iterator[Bus]:
    if request.param == "memory":
        yield _memory()
    else:
        yield from _kafka(request.getfixturevalue("kafka_bootstrap"))


def _poll_until(consumer: Consumer, count: int, poll_s: float, timeout_s: float = 60) -> list[Received]:
    got: list[Received] = []
    deadline = time.monotonic() + timeout_s
    while len(got) < count and time.monotonic() < deadline:
        got += consumer.poll(poll_s, 100)
    return got


def _by_partition(records: list[Received]) -> dict[int, list[bytes | None]]:
    out: dict[int, list[bytes | None]] = {}
    for r in records:
        out.setdefault(r.partition, []).append(r.value)
    return out


def _fill(bus: Bus, per_partition: int) -> None:
    bus.append([(p, f"{p}-{i}".encode()) for i in range(per_partition) for p in range(PARTITIONS)])


def _group() -> str:
    return f"contract-{uuid.uuid4().hex[:8]}"


def test_each_partition_starts_where_start_at_says_else_at_its_beginning(bus: Bus) -> None:
    _fill(bus, 5)
    asked: list[list[Partition]] = []

    def start_at(partitions: list[Partition]) -> dict[Partition, int]:
        asked.append(partitions)
        return {Partition(bus.topic, 0): 3}

    consumer = bus.consumer(_group())
    consumer.subscribe([bus.topic], start_at, lambda partitions: None)
    try:
        got = _poll_until(consumer, 7, bus.poll_s)
    finally:
        consumer.close()
    assert asked and sorted(asked[-1]) == [Partition(bus.topic, p) for p in range(PARTITIONS)]
    assert _by_partition(got) == {0: [b"0-3", b"0-4"], 1: [f"1-{i}".encode() for i in range(5)]}
    assert all(isinstance(r, Received) and r.offset == int(r.value.split(b"-")[1]) for r in got if r.value)


def test_commits_reach_the_group_and_lags_count_what_is_left(bus: Bus) -> None:
    _fill(bus, 4)
    group = _group()
    consumer = bus.consumer(group)
    consumer.subscribe([bus.topic], lambda partitions: {}, lambda partitions: None)
    try:
        got = _poll_until(consumer, 8, bus.poll_s)
        assert len(got) == 8
        consumer.commit({Partition(bus.topic, 0): 4, Partition(bus.topic, 1): 2})
        lags = consumer.lags()
        assert set(lags) == {Partition(bus.topic, p) for p in range(PARTITIONS)}
        assert all(lag in (0, None) for lag in lags.values())
    finally:
        consumer.close()
    assert bus.committed(group) == {Partition(bus.topic, 0): 4, Partition(bus.topic, 1): 2}


def test_the_committed_offsets_do_not_decide_where_consumption_resumes(bus: Bus) -> None:
    _fill(bus, 3)
    group = _group()
    first = bus.consumer(group)
    first.subscribe([bus.topic], lambda partitions: {}, lambda partitions: None)
    try:
        assert len(_poll_until(first, 6, bus.poll_s)) == 6
        first.commit({Partition(bus.topic, p): 3 for p in range(PARTITIONS)})
    finally:
        first.close()
    again = bus.consumer(group)
    again.subscribe([bus.topic], lambda partitions: {}, lambda partitions: None)  # "from the beginning"
    try:
        assert len(_poll_until(again, 6, bus.poll_s)) == 6
    finally:
        again.close()


def test_a_closed_consumer_polls_no_more(bus: Bus) -> None:
    consumer = bus.consumer(_group())
    consumer.subscribe([bus.topic], lambda partitions: {}, lambda partitions: None)
    consumer.poll(bus.poll_s, 10)
    consumer.close()
    with pytest.raises(Exception):  # noqa: B017, PT011 - the twin and kafka-python raise their own errors
        consumer.poll(bus.poll_s, 10)


def test_a_rebalance_calls_on_revoke_inside_poll_before_the_partitions_move(bus: Bus) -> None:
    _fill(bus, 2)
    group, revoked = _group(), []
    consumer = bus.consumer(group)
    consumer.subscribe([bus.topic], lambda partitions: {}, revoked.append)
    cleanup: Callable[[], None] = lambda: None
    try:
        assert len(_poll_until(consumer, 4, bus.poll_s)) == 4
        assert not revoked
        cleanup = bus.rebalance(consumer, group)
        deadline = time.monotonic() + 60
        while not revoked and time.monotonic() < deadline:
            consumer.poll(bus.poll_s, 10)
        assert revoked and set(revoked[0]) == {Partition(bus.topic, p) for p in range(PARTITIONS)}
    finally:
        cleanup()
        consumer.close()
