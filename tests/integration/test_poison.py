"""Poison and oversize records land on the dead-letter topic with their original bytes, while one
worker process carries on (never restarted) and every good article reaches the store."""

import random
import time

from kafka import KafkaProducer

from events.codec import decode
from events.models import ArticleReceived, DeadLetter
from events.topics import DEAD_LETTER, RAW
from services.bus.kafka import KafkaPublisher
from services.ingestor.publish import publish_articles
from services.ingestor.sources import read_inputs
from services.store.factory import open_store
from tests.conftest import read_topic
from tests.integration.chaos.corpus import poison_records, write_articles

GOOD, POISON = 60, 100


def test_poison_is_parked_byte_for_byte_and_the_worker_carries_on(broker_settings, start_worker, start_projector, tmp_path):
    seed = random.SystemRandom().randrange(10**6)
    print(f"poison seed: {seed}")
    rng = random.Random(seed)
    settings, bootstrap = broker_settings, broker_settings.kafka_bootstrap_servers
    raw = RAW.name(settings.topic_prefix)
    write_articles(tmp_path / "in", GOOD, sources=6, rng=rng)
    articles = [a for a in read_inputs([str(tmp_path / "in")], max_bytes=10**6) if isinstance(a, ArticleReceived)]
    poison = poison_records(POISON, rng)
    assert {p.kind for p in poison} >= {"invalid-json", "wrong-types", "not-utf8", "unknown-version", "empty", "oversize"}

    store = open_store(settings.store_url)
    store.migrate()
    start_projector(settings, store)
    worker = start_worker(settings)
    try:
        publisher = KafkaPublisher(bootstrap)
        producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=64 * 1024 * 1024)
        sent = {}  # (partition, offset) -> original value
        for i, record in enumerate(poison):  # poison between the good articles
            if i % 20 == 0:
                publish_articles(publisher, raw, articles[i // 20 * 12:(i // 20 + 1) * 12])
            meta = producer.send(raw, key=record.key, value=record.value).get(timeout=120)
            sent[(meta.partition, meta.offset)] = record.value
        producer.close()
        publisher.close()

        deadline = time.monotonic() + 300
        while store.stats()["articles"] < GOOD and time.monotonic() < deadline:
            assert worker.proc.poll() is None, worker.log()
            time.sleep(0.5)
        assert store.stats()["articles"] == GOOD, worker.log()
        letters = [decode(r.value, DeadLetter) for r in read_topic(bootstrap, DEAD_LETTER.name(settings.topic_prefix), POISON, 120_000)]
        parked = {(l.partition, l.offset): l for l in letters if l.topic == raw}
        assert set(parked) == set(sent), f"seed {seed}: not parked: {sorted(set(sent) - set(parked))[:5]}"
        for where, value in sent.items():
            letter = parked[where]
            assert letter.stage == "cleaning" and letter.error_type and letter.error_message
            assert letter.original_value() == value, f"seed {seed}: {where} came back different"
        oversize = next(l for l in letters if len(l.payload) > 20 * 1024 * 1024)
        assert "limit" in oversize.error_message
        assert worker.proc.poll() is None, "the worker died"  # one process all along: 0 restarts
    finally:
        store.close()
