"""The story state survives its partition moving between workers mid-stream, on the real broker.

The story stage reads the one-partition extracted topic, and its story index (a faust table)
moves with that partition: a worker that takes the partition over recovers the table from its
changelog. A story record committed before the table's changelog writes were acknowledged left
the new owner without earlier placements, and it placed those articles again, elsewhere
(services/processors/tables.py, AcknowledgedTable). That race needs a producer backlog at the
moment of the move: with the fix switched off this test still passed 8 runs of 8, so it shows
that the state survives a move, not that the race is gone (tests/unit/processors/test_agents.py
checks the settling rule itself).

The corpus of tests/integration/stories/corpus.py goes through `copydesk worker`s and the
projector in three phases:

1. one worker, the first half of the articles, until every one of them is placed;
2. a second worker starts in the same group; the moment the group starts to rebalance for it,
   six more articles are published (they wait in the raw topic while the group rebalances, and
   the story partition may move to the new worker with its table);
3. once the group is stable with both workers, the rest: a trickle, and as soon as the first of
   it is placed, the worker that owns the story partition then gets SIGTERM. The partition then
   certainly moves (the other worker is the only one left), while its articles are in flight;
   the last three articles (syndicated copies of reports placed in phase 1, so the new owner
   finds them as duplicates only with the old owner's placements) are published once the old
   owner has exited, so the new owner certainly has articles left to place.

Then the result must be what `copydesk process` gives over the same files: the same stories
(as groups of articles) and the same duplicate_of for every article; every placement event of
an article the same (a redelivery repeats the first placement's events, a placement made without
the earlier ones differs); the store holding each article once. And the owner of the story
partition must have changed at least once while articles were in flight (seen in the workers'
logs, where each says at which offset it based each stream partition after a rebalance, and in
the consumer group's assignment), so the test cannot pass without the move.
"""

from __future__ import annotations

import ast
import re
import signal
import sqlite3
import struct
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.errors import KafkaError

from events.codec import decode
from events.models import ArticleReceived, StoryUpdated
from events.topics import ENRICHED, EXTRACTED, RAW, STORIES
from services.broker.topics import ensure_topics
from services.bus.kafka import KafkaPublisher
from services.bootstrap import Cluster, build_projector
from services.common.metrics import create_metrics
from services.common.settings import Settings
from services.ingestor.publish import publish_articles
from services.ingestor.sources import read_inputs
from services.store.factory import open_store
from tests.integration.stories.corpus import write_corpus
from tests.integration.stories.test_stories_with_workers import (
    _await,
    _await_group,
    _duplicates,
    _groups,
    _placement,
    _process,
    _settled,
)

# A worker logs this once per rebalance (assignment generation), when it bases its stream
# partitions at the group's commits: where it resumes (services/processors/committing.py).
BASED_AT = re.compile(r"stream partitions based at (\{.*?\})\s*$")


def test_the_story_state_survives_its_partition_moving_to_another_worker_mid_stream(
    kafka_bootstrap: str, unique_prefix: str, tmp_path: Path, start_worker: Callable
) -> None:
    started_at = time.monotonic()
    folder = tmp_path / "desk"
    planted = write_corpus(folder)
    articles = [a for a in read_inputs([str(folder)], max_bytes=10**6) if isinstance(a, ArticleReceived)]
    assert len(articles) == 30
    by_input = {Path(a.input).relative_to(folder).as_posix(): a for a in articles}
    name = {a.article_id: path for path, a in by_input.items()}
    first_half, second_half = articles[:15], articles[15:]  # in file order: every event has articles in both
    # The second half: harbourtimes' reports of events 3-5 and northpost's of 0-2 while the group
    # rebalances for the second worker; then northpost's of 3-5 and the copies of 3-5 as a trickle
    # during which the story partition's owner is stopped; last the copies of reports 0-2, which
    # were placed in phase 1.
    tail = [by_input[f"syndicated/event{e}.txt"] for e in range(3)]
    during_join = second_half[:6]
    trickle = [a for a in second_half[6:] if a not in tail]
    assert {a.article_id for a in during_join + trickle + tail} == {a.article_id for a in second_half}
    assert all(by_input[original] in first_half for copy, original in planted if by_input[copy] in tail)

    prefix = unique_prefix
    settings = Settings(
        kafka_bootstrap_servers=kafka_bootstrap, topic_prefix=prefix, topic_partitions=3,
        consumer_group=f"{prefix}processors", projector_group=f"{prefix}projector", home=tmp_path / "home",
        database_url=f"sqlite:///{tmp_path / 'store.db'}", stall_seconds=10,
        projector_decoder_processes=0,
        log_level="INFO",  # each worker logs where it based its stream partitions after each rebalance
    )
    group = settings.consumer_group
    extracted = EXTRACTED.name(prefix)
    ensure_topics(kafka_bootstrap, prefix, partitions=3)
    store = open_store(settings.store_url)
    store.migrate()
    observer = StoryObserver(kafka_bootstrap, STORIES.name(prefix))
    projector = build_projector(settings, store, cluster=Cluster(kafka_bootstrap), metrics=create_metrics())
    projector_thread = threading.Thread(target=projector.run, daemon=True)
    publisher = KafkaPublisher(kafka_bootstrap, client_id=f"{prefix}ingest")
    workers: list = []
    timeline: list[str] = []

    def note(line: str) -> None:
        timeline.append(f"{time.monotonic() - started_at:6.1f}s {line}")

    def publish(batch: list[ArticleReceived]) -> None:
        publish_articles(publisher, RAW.name(prefix), batch)
        note("published " + ", ".join(name[a.article_id] for a in batch))

    def placed(batch: list[ArticleReceived]) -> Callable[[], bool]:
        return lambda: {a.article_id for a in batch} <= observer.placed_ids()

    try:
        # Phase 1: one worker, the first half.
        workers.append(start_worker(settings))
        _await_group(kafka_bootstrap, group, 1, workers)
        projector_thread.start()
        observer.start()
        publish(first_half)
        _await(placed(first_half), 150, "the first half placed", workers)
        note(f"first half placed; owner {_owner(kafka_bootstrap, group, extracted)}")

        # Phase 2: a second worker; six articles as soon as the group rebalances for it.
        workers.append(start_worker(settings))
        state, members = _await_state(
            kafka_bootstrap, group, lambda state, members: state != "Stable" or len(members) == 2, 150,
            "the group rebalancing for the second worker", workers)
        publish(during_join)
        note(f"(the group was {state} with {len(members)} member(s) then)")
        _await_group(kafka_bootstrap, group, 2, workers)
        _await(placed(during_join), 150, "the articles published during the join placed", workers)
        time.sleep(3)  # a worker that just joined can make the group rebalance once more
        _await_group(kafka_bootstrap, group, 2, workers)
        owner_member = _owner(kafka_bootstrap, group, extracted)
        owner = _owning_worker(workers, extracted)
        note(f"group stable with 2 members; story partition owned by member {owner_member}, "
             f"worker-{owner} by the logs; committed {_committed(kafka_bootstrap, group, extracted)}")

        # Phase 3: a trickle; its first placement stops the owner; the tail once it has exited.
        stopped = None
        for article in trickle:
            publish([article])
            if stopped is None and observer.placed_ids() & {a.article_id for a in trickle}:
                stopped = _sigterm(workers[owner], note, owner)
            time.sleep(0.15)
        if stopped is None:
            _await(lambda: bool(observer.placed_ids() & {a.article_id for a in trickle}), 150,
                   "a placement of the trickle", workers)
            stopped = _sigterm(workers[owner], note, owner)
        workers[owner].proc.wait(timeout=30)
        note(f"worker-{owner} exited ({workers[owner].proc.returncode}); "
             f"{len(observer.placed_ids() & {a.article_id for a in trickle})} of the trickle placed by then; "
             f"committed {_committed(kafka_bootstrap, group, extracted)}")
        publish(tail)
        survivor = [w for i, w in enumerate(workers) if i != owner]
        _await_group(kafka_bootstrap, group, 1, survivor)
        new_owner_member = _owner(kafka_bootstrap, group, extracted)
        note(f"group stable with 1 member; story partition owned by member {new_owner_member}; "
             f"committed {_committed(kafka_bootstrap, group, extracted)}")

        # The end: everything placed and stored.
        _await(lambda: store.stats()["articles"] >= len(articles), 150, "every article stored", workers)
        _await(placed(articles), 120, "every placement's events", workers)
        topics = [ENRICHED.name(prefix), STORIES.name(prefix)]
        _await(lambda: _settled(kafka_bootstrap, store, topics), 120, "the projector at the end of both topics", workers)
        assert all(w.proc.poll() is None for w in survivor), "a worker exited:\n" + "\n".join(w.log() for w in workers)
        stored = {a.article_id: _placement(store.get_article(a.article_id)) for a in articles}
        extracted_end = _end(kafka_bootstrap, extracted)
    finally:
        observer.stop()
        publisher.close()
        projector.stop()
        projector_thread.join(timeout=60)
        store.close()
        for worker in workers:
            worker.stop()
    changes = observer.changes()
    offline = _process(folder, tmp_path / "offline")
    logs = [w.log_path.read_text(errors="replace") for w in workers]

    takeovers = _takeovers(logs, extracted)
    note(f"story partition takeovers (worker, resumed at offset): {takeovers}; extracted topic ends at {extracted_end}")
    report = "\n".join(timeline)
    print(report)

    def show(article_id: str) -> str:
        events = [f"{c.change} {c.story_id}" + (f" merging {list(c.merged)}" if c.merged else "")
                  + (f" dup of {name.get(c.duplicate_of, c.duplicate_of)}" if c.duplicate_of else "")
                  for c in changes if c.article_id == article_id]
        return (f"{name[article_id]} ({article_id}): stream {stored[article_id]}, offline {offline[article_id]}, "
                f"story events {events}")

    # No article placed twice, differently: a redelivery repeats the placement's events exactly.
    placements: dict[str, set[tuple]] = {}
    for c in changes:
        if c.change != "revised":
            placements.setdefault(c.article_id, set()).add((c.story_id, c.change, tuple(c.merged), c.duplicate_of))
    assert set(placements) == set(name), f"articles without a placement event: {set(name) - set(placements)}"
    twice = [a for a, events in placements.items() if len(events) > 1]
    assert not twice, f"{len(twice)} article(s) placed again otherwise:\n" + "\n".join(map(show, twice)) + f"\n{report}"

    # The same stories and duplicates as `copydesk process` over the same files.
    assert set(stored) == set(offline) == set(name)
    stream_groups, offline_groups = _groups(stored), _groups(offline)
    if stream_groups != offline_groups:
        differing = {a for group in stream_groups if group not in offline_groups for a in group}
        raise AssertionError(
            "the stream grouped otherwise than `copydesk process`:\n"
            f"stream:  {[[name[a] for a in g] for g in stream_groups]}\n"
            f"offline: {[[name[a] for a in g] for g in offline_groups]}\n" + "\n".join(map(show, sorted(differing)))
            + f"\n{report}")
    wrong = [a for a in name if _duplicates(stored)[a] != _duplicates(offline)[a]]
    assert not wrong, "duplicate_of differs from `copydesk process`:\n" + "\n".join(map(show, wrong)) + f"\n{report}"
    for copy, original in planted:
        copy_id, original_id = by_input[copy].article_id, by_input[original].article_id
        assert stored[copy_id] == (stored[original_id][0], original_id), show(copy_id)
    assert len(stream_groups) == 6

    # The store holds each article once, and each in one story.
    with sqlite3.connect(tmp_path / "store.db") as db:
        rows = db.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone()
        in_stories = db.execute("SELECT coalesce(sum(article_count), 0) FROM stories").fetchone()[0]
    assert rows == (len(articles), len(articles)), rows
    assert in_stories == len(articles), f"the stories count {in_stories} articles"

    # The story partition's owner changed while articles were in flight: a worker other than the
    # first took it over short of the topic's end (it had articles left to place). Without that,
    # the checks above prove nothing. It usually resumes past offset 0, so the earlier placements
    # must come from the table it recovered. Once in nine runs the new owner based the partition
    # at 0 and placed everything again (at-least-once allows it): not seen again since the worker
    # bases partitions once per rebalance, and only those whose commit it read (a partition
    # assigned while it read the commits was taken for one without a commit, based at 0; see
    # LedgerConsumer.perform_seek), though that race was found in the code, not caught in a log.
    # A run at 0 would still check the recovered table against re-placement.
    assert owner_member is not None and new_owner_member is not None and owner_member != new_owner_member, report
    moved = takeovers[1:]  # the first is worker-0 getting the partition when it started alone
    assert moved, f"the story partition never moved to another worker\n{report}"
    assert any(offset < extracted_end for _, offset in moved), (
        f"the story partition moved, but not mid-stream: the new owner resumed at "
        f"{[offset for _, offset in moved]} of {extracted_end} records\n{report}")


class StoryObserver:
    """Reads the stories topic from its start in a thread of its own, as the workers write it."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self._consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=50)
        self._consumer.assign([TopicPartition(topic, 0)])
        self._consumer.seek_to_beginning()
        self._changes: list[StoryUpdated] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                for records in self._consumer.poll(timeout_ms=100).values():
                    decoded = [decode(r.value, StoryUpdated) for r in records]
                    with self._lock:
                        self._changes.extend(decoded)
        finally:
            self._consumer.close()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=30)

    def changes(self) -> list[StoryUpdated]:
        with self._lock:
            return list(self._changes)

    def placed_ids(self) -> set[str]:
        return {c.article_id for c in self.changes() if c.change != "revised"}


def _sigterm(worker, note: Callable[[str], None], index: int) -> float:  # noqa: ANN001
    worker.proc.send_signal(signal.SIGTERM)
    note(f"SIGTERM to worker-{index}, the story partition's owner")
    return time.monotonic()


def _describe(bootstrap: str, group: str) -> tuple[str | None, dict[str, set[tuple[str, int]]]]:
    """The group's state and each member's assigned partitions (None: no such group yet)."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        described = admin.describe_groups([group])
    except KafkaError:
        return None, {}
    finally:
        admin.close()
    info = described[group] if isinstance(described, dict) else described[0]
    field = info.get if isinstance(info, Mapping) else (lambda key: getattr(info, key, None))
    members = {}
    for member in field("members") or ():
        get = member.get if isinstance(member, Mapping) else (lambda key, m=member: getattr(m, key, None))
        members[get("member_id")] = _assigned(get("member_assignment"))
    return field("group_state") or field("state"), members


def _assigned(assignment: object) -> set[tuple[str, int]]:
    """The partitions of a member assignment, as kafka-python decoded it or as the raw bytes of
    the consumer protocol (version, [topic, [partition]], user data)."""
    if not assignment:
        return set()
    if hasattr(assignment, "partitions"):
        return {(tp.topic, tp.partition) for tp in assignment.partitions()}
    if isinstance(assignment, Mapping):
        pairs = assignment.get("assigned_partitions") or assignment.get("assignment") or ()
        out = set()
        for entry in pairs:
            topic, partitions = (entry.get("topic"), entry.get("partitions")) if isinstance(entry, Mapping) else entry
            out.update((topic, p) for p in partitions)
        return out
    data = bytes(assignment)  # type: ignore[call-overload]
    pos = 2
    (topics,) = struct.unpack_from(">i", data, pos)
    pos += 4
    out = set()
    for _ in range(topics):
        (length,) = struct.unpack_from(">h", data, pos)
        topic = data[pos + 2:pos + 2 + length].decode()
        pos += 2 + length
        (count,) = struct.unpack_from(">i", data, pos)
        out.update((topic, p) for p in struct.unpack_from(f">{count}i", data, pos + 4))
        pos += 4 + 4 * count
    return out


def _owner(bootstrap: str, group: str, topic: str) -> str | None:
    """The member the group assigned ``topic``'s partition 0 to."""
    _, members = _describe(bootstrap, group)
    owners = [member for member, partitions in members.items() if (topic, 0) in partitions]
    assert len(owners) <= 1, owners
    return owners[0] if owners else None


def _await_state(bootstrap: str, group: str, predicate: Callable[[str | None, dict], bool], timeout: float,
                 what: str, workers: list) -> tuple[str | None, dict]:
    seen: list = []

    def met() -> bool:
        state, members = _describe(bootstrap, group)
        seen[:] = [state, members]
        return predicate(state, members)

    deadline = time.monotonic() + timeout
    while not met():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}\n" + "\n".join(w.log() for w in workers))
        time.sleep(0.1)
    return seen[0], seen[1]


def _based_at(log: str, topic: str) -> list[int | None]:
    """From a worker's log, after each rebalance in order: the offset it resumed ``topic``'s
    partition 0 at, or None when it did not get that partition."""
    return [ast.literal_eval(found.group(1)).get(f"{topic}[0]")
            for line in log.splitlines() if (found := BASED_AT.search(line))]


def _owning_worker(workers: list, topic: str, timeout: float = 60) -> int:
    """The index of the worker whose latest rebalance gave it ``topic``'s partition 0."""
    deadline = time.monotonic() + timeout
    while True:
        latest = [_based_at(w.log_path.read_text(errors="replace"), topic)[-1:] for w in workers]
        owners = [i for i, last in enumerate(latest) if last and last[0] is not None]
        if len(owners) == 1:
            return owners[0]
        if time.monotonic() > deadline:
            raise AssertionError(f"no one owner of {topic} in the workers' logs: {latest}\n"
                                 + "\n".join(w.log() for w in workers))
        time.sleep(0.5)


def _takeovers(logs: list[str], topic: str) -> list[tuple[int, int]]:
    """(worker, offset) each time a worker got ``topic``'s partition 0 without having held it
    at its previous rebalance (a worker keeping the partition keeps its table too)."""
    out = []
    for index, log in enumerate(logs):
        previous = None
        for offset in _based_at(log, topic):
            if offset is not None and previous is None:
                out.append((index, offset))
            previous = offset
    return out


def _committed(bootstrap: str, group: str, topic: str) -> int | str | None:
    """The group's committed offset of ``topic``'s partition 0 (for the report)."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        offsets = admin.list_group_offsets({group: [TopicPartition(topic, 0)]})[group]
        committed = offsets.get(TopicPartition(topic, 0))
        return None if committed is None else committed.offset
    except Exception as exc:  # noqa: BLE001 - diagnostics only
        return repr(exc)
    finally:
        admin.close()


def _end(bootstrap: str, topic: str) -> int:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        tp = TopicPartition(topic, 0)
        return consumer.end_offsets([tp])[tp]
    finally:
        consumer.close()

