"""Stories are the same however many workers run, and `copydesk process` places articles as the
stream does (issue 20, part 1), on the real broker.

The same articles (tests/integration/stories/corpus.py: six events told by four outlets each, and
a syndicated copy of one report per event) go through one `copydesk worker`, then through two
workers sharing the partitions, each run on topics and a store of its own with the projector of
`copydesk project`; then through `copydesk process`. Story ids are named after the first article
the story stage placed in them, which depends on arrival order; so the stories are compared as
groups of articles, and duplicate_of as it is.
"""

from __future__ import annotations

import logging
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import orjson
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.errors import KafkaError

from events.codec import decode
from events.models import ArticleReceived, StoryUpdated
from events.topics import ENRICHED, RAW, STORIES
from services.broker.topics import ensure_topics
from services.bus.kafka import KafkaPublisher
from services.bootstrap import Cluster, build_projector
from services.common.metrics import create_metrics
from services.common.settings import Settings
from services.ingestor.publish import publish_articles
from services.ingestor.sources import read_inputs
from services.store.factory import open_store
from tests.conftest import REPO, read_topic, settings_env
from tests.integration.stories.corpus import write_corpus

Placement = dict[str, tuple[str | None, str | None]]  # article_id -> (story_id, duplicate_of)


def test_two_workers_and_copydesk_process_give_the_stories_and_duplicates_of_one_worker(
    kafka_bootstrap: str, unique_prefix: str, tmp_path: Path, start_worker: Callable
) -> None:
    folder = tmp_path / "desk"
    planted = write_corpus(folder)
    articles = [a for a in read_inputs([str(folder)], max_bytes=10**6) if isinstance(a, ArticleReceived)]
    assert len(articles) == 30
    by_input = {Path(a.input).relative_to(folder).as_posix(): a.article_id for a in articles}

    one_stored, one_changes = _stream(kafka_bootstrap, f"{unique_prefix}one.", tmp_path / "one", articles, 1,
                                      start_worker)
    two_stored, two_changes = _stream(kafka_bootstrap, f"{unique_prefix}two.", tmp_path / "two", articles, 2,
                                      start_worker)
    offline = _process(folder, tmp_path / "offline")

    assert set(one_stored) == set(two_stored) == set(offline) == set(by_input.values())
    name = {article_id: path for path, article_id in by_input.items()}

    def named(placed: Placement) -> list[list[str]]:
        return [[name[a] for a in group] for group in _groups(placed)]

    assert named(two_stored) == named(one_stored), "two workers grouped otherwise than one"
    def changes_of(changes: list[StoryUpdated], placed: Placement) -> list[str]:
        differing = {a for a in placed if two_stored[a][1] != one_stored[a][1]}
        return [f"{c.change} {name[c.article_id]} -> {name.get(c.duplicate_of or '', c.duplicate_of)}"
                for c in changes if c.article_id in differing or c.duplicate_of in differing]

    def order(changes: list[StoryUpdated]) -> list[str]:
        return [f"{c.change[0]} {name[c.article_id]}" + (f" -> {name[c.duplicate_of]}" if c.duplicate_of else "")
                for c in changes]

    assert _duplicates(two_stored) == _duplicates(one_stored), (
        f"two workers found other duplicates than one: one {changes_of(one_changes, one_stored)}, "
        f"two {changes_of(two_changes, two_stored)}; story events with one worker: {order(one_changes)}; "
        f"with two: {order(two_changes)}")
    # `copydesk process` prints each article as it is placed; it reads the files in order, each
    # original before its copy, so what it prints is final (the stream's store has the merges and
    # revisions of articles that reached the story stage before the articles they go with)
    assert named(offline) == named(one_stored), "copydesk process grouped otherwise than the stream"
    assert _duplicates(offline) == _duplicates(one_stored), "copydesk process found other duplicates than the stream"
    for copy, original in planted:  # a syndicated copy points at the report it copies, in its story
        copy_id, original_id = by_input[copy], by_input[original]
        assert one_stored[copy_id] == (one_stored[original_id][0], original_id)
    assert sum(1 for _, duplicate_of in one_stored.values() if duplicate_of) == len(planted)
    assert len(_groups(one_stored)) > 1


def _groups(placed: Placement) -> list[list[str]]:
    """The stories as sorted groups of article ids, whatever the stories are called."""
    stories: dict[str | None, list[str]] = {}
    for article_id, (story_id, _) in placed.items():
        stories.setdefault(story_id, []).append(article_id)
    return sorted(sorted(members) for members in stories.values())


def _duplicates(placed: Placement) -> dict[str, str | None]:
    return {article_id: duplicate_of for article_id, (_, duplicate_of) in placed.items()}


def _stream(
    bootstrap: str, prefix: str, folder: Path, articles: list[ArticleReceived], workers: int, start_worker: Callable,
    published: list[ArticleReceived] | None = None,
) -> tuple[Placement, list[StoryUpdated]]:
    """The articles through ``workers`` workers and the projector, on topics under ``prefix``:
    where the store has each of them, and the story events in order. ``published``: the raw
    records in the order published, when not ``articles`` once each (an article published twice)."""
    settings = Settings(
        kafka_bootstrap_servers=bootstrap, topic_prefix=prefix, topic_partitions=3,
        consumer_group=f"{prefix}processors", projector_group=f"{prefix}projector", home=folder / "home",
        database_url=f"sqlite:///{folder / 'store.db'}", stall_seconds=10,
        projector_decoder_processes=0,
    )
    folder.mkdir(parents=True)
    ensure_topics(bootstrap, prefix, partitions=3)
    started = [start_worker(settings) for _ in range(workers)]
    _await_group(bootstrap, settings.consumer_group, workers, started)
    time.sleep(10)  # a worker that just joined can make the group rebalance once more
    _await_group(bootstrap, settings.consumer_group, workers, started)
    store = open_store(settings.store_url)
    store.migrate()
    projector = build_projector(settings, store, cluster=Cluster(bootstrap), metrics=create_metrics())
    thread = threading.Thread(target=projector.run, daemon=True)
    thread.start()
    try:
        publisher = KafkaPublisher(bootstrap, client_id=f"{prefix}ingest")
        publish_articles(publisher, RAW.name(prefix), articles if published is None else published)
        publisher.close()
        _await(lambda: store.stats()["articles"] >= len(articles), 240, "every article stored", started)
        # An article's story events are sent after it, so it may be stored before they are written.
        _await(lambda: len(_placements(bootstrap, prefix)) >= len(articles), 120, "every placement's events", started)
        topics = [ENRICHED.name(prefix), STORIES.name(prefix)]
        _await(lambda: _settled(bootstrap, store, topics), 120, "the projector at the end of both topics", started)
        assert all(w.proc.poll() is None for w in started), "a worker exited:\n" + "\n".join(w.log() for w in started)
        _await_group(bootstrap, settings.consumer_group, workers, started)  # all of them still in the group
        stored = {a.article_id: _placement(store.get_article(a.article_id)) for a in articles}
        assert sorted(set(_placements(bootstrap, prefix))) == sorted(a.article_id for a in articles)
        changes = [decode(r.value, StoryUpdated) for r in read_topic(bootstrap, STORIES.name(prefix), 10**6, 2_000)]
    finally:
        projector.stop()
        thread.join(timeout=60)
        store.close()
        for worker in started:
            worker.stop()
    return stored, changes


def _process(folder: Path, home: Path) -> Placement:
    """`copydesk process` over the corpus folder: each article as it was placed."""
    env = settings_env(Settings(home=home))
    done = subprocess.run([sys.executable, "-m", "services.cli", "process", str(folder)], cwd=REPO, env=env,
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    lines = [orjson.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return {a["article_id"]: (a["story_id"], a["duplicate_of"]) for a in lines}


def _placement(article: Mapping | None) -> tuple[str | None, str | None]:
    assert article is not None
    return article["story_id"], article["duplicate_of"]


def _placements(bootstrap: str, prefix: str) -> list[str]:
    """The articles placed so far, by the stories topic (revisions left out)."""
    records = read_topic(bootstrap, STORIES.name(prefix), 10**6, 2_000)
    return [c.article_id for c in (decode(r.value, StoryUpdated) for r in records) if c.change != "revised"]


def _settled(bootstrap: str, store, topics: list[str], quiet_s: float = 3.0) -> bool:  # noqa: ANN001
    """Whether the store has applied every record of ``topics`` and none came for ``quiet_s``."""
    before = _ends(bootstrap, topics)
    if any(store.offsets(topic) != ends for topic, ends in before.items()):
        return False
    time.sleep(quiet_s)
    return _ends(bootstrap, topics) == before


def _ends(bootstrap: str, topics: list[str]) -> dict[str, dict[int, int]]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        out = {}
        for topic in topics:
            tps = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
            out[topic] = {tp.partition: end for tp, end in consumer.end_offsets(tps).items() if end}
        return out
    finally:
        consumer.close()


def _await_group(bootstrap: str, group: str, members: int, workers: list, timeout: float = 180) -> None:
    """Until ``group`` is stable with ``members`` members (every worker in it, partitions shared)."""
    logging.getLogger("kafka.admin._groups").setLevel(logging.ERROR)  # faust's member metadata is not Kafka's

    def stable() -> bool:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap)
        try:
            described = admin.describe_groups([group])
        except KafkaError:  # no such group yet: no worker has joined
            return False
        finally:
            admin.close()
        info = described[group] if isinstance(described, dict) else described[0]
        field = info.get if isinstance(info, Mapping) else (lambda name: getattr(info, name, None))
        return (field("group_state") or field("state")) == "Stable" and len(field("members") or ()) == members

    _await(stable, timeout, f"{members} worker(s) in group {group}", workers)


def _await(predicate: Callable[[], bool], timeout: float, what: str, workers: list) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}\n" + "\n".join(w.log() for w in workers))
        time.sleep(0.5)


def test_the_corpus_groups_the_same_in_any_arrival_order(tmp_path: Path) -> None:
    """What the comparison above relies on: with two workers articles reach the story stage in
    another order, and an incremental clustering may group differently where evidence is thin.
    On this corpus it must not (random orders, and one source's articles after another's as a
    worker takes a partition's batch), so that a difference there is the workers' doing."""
    from services.bootstrap import build_extractor
    from services.processors.pipeline import extracted_from, handle_received, placement
    from services.processors.stories import StoryState

    folder = tmp_path / "desk"
    planted = write_corpus(folder)
    articles = [a for a in read_inputs([str(folder)], max_bytes=10**6) if isinstance(a, ArticleReceived)]
    extractor = build_extractor(Settings())
    cleaned = [handle_received(a, lambda key: 0, 3)[0] for a in articles]  # nothing learned: no line repeats
    extracted = [extracted_from(c, extractor.extract(c.body)) for c in cleaned]
    by_source: dict[str, list] = {}
    for article in extracted:
        by_source.setdefault(article.source, []).append(article)
    sources = sorted(by_source)
    orders = [[a for s in sources[k:] + sources[:k] for a in by_source[s]] for k in range(len(sources))]
    for seed in range(12):
        order = list(extracted)
        random.Random(seed).shuffle(order)
        orders.append(order)
    outcomes = set()
    for order in orders:
        state = StoryState({})
        stories: dict[str, str] = {}
        duplicates: dict[str, str | None] = {}
        into: dict[str, str] = {}
        for article in order:
            placed, changes = placement(article, state)
            stories[placed.article_id], duplicates[placed.article_id] = placed.story_id, placed.duplicate_of
            for change in changes:
                into.update(dict.fromkeys(change.merged, change.story_id))
                if change.change == "revised":
                    duplicates[change.article_id] = change.duplicate_of
        def surviving(story: str) -> str:
            while story in into:
                story = into[story]
            return story
        final = {a: (surviving(s), duplicates[a]) for a, s in stories.items()}
        outcomes.add((tuple(map(tuple, _groups(final))), tuple(sorted(_duplicates(final).items(), key=str))))
    assert len(outcomes) == 1, f"{len(outcomes)} different outcomes in {len(orders)} orders"
    (groups, duplicates), = outcomes
    assert len(groups) == 6 and sum(1 for _, d in duplicates if d) == len(planted)
