"""At-least-once end to end: SIGKILL the processors worker mid-run over a few hundred articles,
restart it, and the store holds every article exactly once."""

import sys
import threading
import time
import traceback

from events.topics import ENRICHED, RAW
from services.bus.kafka import KafkaPublisher
from services.commands.ingest import ingest
from services.common.metrics import create_metrics
from services.bootstrap import Cluster, build_projector
from services.store.factory import open_store
from tests.conftest import read_topic

N_ARTICLES = 300
PEOPLE = ["Maria Lopez", "Chen Wei", "Amara Okafor", "John Smith", "Olga Petrova", "Ravi Kumar"]
PLACES = ["Lisbon", "Nairobi", "Toronto", "Hanoi", "Oslo", "Lima"]


def write_articles(folder, n):
    for i in range(n):
        source = folder / f"source{i % 3}"
        source.mkdir(parents=True, exist_ok=True)
        person, place = PEOPLE[i % len(PEOPLE)], PLACES[(i * 7) % len(PLACES)]
        (source / f"story{i:04d}.txt").write_text(
            f"Officials in {place} said on Monday that about {1000 + i} people had been evacuated after the storm.\n\n"
            f"{person}, who leads the regional council, told reporters that more than {i + 12} schools were closed "
            f"and that repairs would cost ${i + 3} million.\n\n"
            f"Story number {i} ends here with a quote: \"We will rebuild,\" {person.split()[-1]} said.\n"
        )


class EnrichedCount:
    """Records on a topic so far (the sum of its partitions' end offsets), read without consuming."""

    def __init__(self, bootstrap, topic):
        from kafka import KafkaConsumer, TopicPartition

        self._consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
        partitions = self._consumer.partitions_for_topic(topic) or set()
        assert partitions, f"topic {topic} has no partitions"
        self._partitions = [TopicPartition(topic, p) for p in sorted(partitions)]

    def __call__(self):
        return sum(self._consumer.end_offsets(self._partitions).values())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._consumer.close()


def wait_for(predicate, timeout, interval=0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def wait_for_progress(count, target, stall, timeout):
    """True once count() >= target; False when it stops growing for ``stall`` seconds or at ``timeout``."""
    deadline = time.monotonic() + timeout
    last, last_change = count(), time.monotonic()
    while time.monotonic() < deadline:
        now = count()
        if now >= target:
            return True
        if now != last:
            last, last_change = now, time.monotonic()
        elif time.monotonic() - last_change > stall:
            return False
        time.sleep(0.5)
    return False


def diagnosis(settings, reader, thread: threading.Thread) -> str:
    """Which side is stuck: how many articles reached the enriched topic, and what the projector does."""
    enriched = read_topic(settings.kafka_bootstrap_servers, ENRICHED.name(settings.topic_prefix), 10**6, 5_000)
    frame = sys._current_frames().get(thread.ident)
    stack = "".join(traceback.format_stack(frame)[-8:]) if frame else "(thread ended)"
    return (
        f"store: {reader.stats()['articles']} articles; enriched topic: {len(enriched)} records, "
        f"{len({r.key for r in enriched})} distinct keys; projector thread alive: {thread.is_alive()}\n{stack}"
    )


def test_sigkill_mid_run_loses_and_duplicates_nothing(broker_settings, start_worker, tmp_path):
    settings = broker_settings
    bootstrap = settings.kafka_bootstrap_servers
    write_articles(tmp_path / "in", N_ARTICLES)
    store = open_store(settings.store_url)
    store.migrate()
    reader = open_store(settings.store_url)
    small = settings.model_copy(update={"projector_batch_size": 50, "projector_batch_ms": 100,
                                        "projector_decoder_processes": 0})
    projector = build_projector(small, store, create_metrics(), Cluster(bootstrap))
    thread = threading.Thread(target=projector.run, daemon=True)
    thread.start()
    try:
        worker = start_worker(settings)
        publisher = KafkaPublisher(bootstrap)
        accepted, rejected = ingest(publisher, RAW.name(settings.topic_prefix), [str(tmp_path / "in")], max_bytes=10**6)
        publisher.close()
        assert len(accepted) == N_ARTICLES and not rejected

        # Kill as soon as the worker's output reaches the enriched topic: a warm worker can finish
        # all the articles within a second or two. Watching the topic, not the store, keeps the
        # kill independent of the projector (whose first assignment can wait on topic metadata).
        with EnrichedCount(bootstrap, ENRICHED.name(settings.topic_prefix)) as enriched:
            assert wait_for(lambda: enriched() > 0, 180, interval=0.05), worker.log()
            worker.kill()
            killed_at = enriched()
        assert killed_at < N_ARTICLES, "the worker finished before it could be killed mid-run"

        restarted = start_worker(settings)
        # No supervision: a stalled partition is the worker's own job (it seeks back to the record
        # that holds the commit), so the one restarted worker must finish the run by itself.
        finished = wait_for_progress(lambda: reader.stats()["articles"], N_ARTICLES, stall=90, timeout=360)
        assert finished, diagnosis(settings, reader, thread) + restarted.log()
        time.sleep(2)  # let any redelivered duplicates arrive too
        stats = reader.stats()
        assert stats["articles"] == N_ARTICLES
        stored = reader.article_versions()
        assert {a.article_id for a in accepted} == set(stored)
        assert all(len(hashes) == 1 for hashes in stored.values())
        # Child rows were replaced, not appended, when an article was delivered twice.
        sample = reader.get_article(accepted[0].article_id)
        assert len(sample["figures"]) == len({(f["start"], f["end"]) for f in sample["figures"]})
    finally:
        projector.stop()
        thread.join(timeout=30)
        reader.close()
