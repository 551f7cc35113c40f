"""Per-source learning through the real worker: a footer recurring across one source's articles
is removed from later articles, a sentence seen once is kept, and the learned counts survive a
worker restart (they live in a faust table backed by a changelog topic)."""

import re
import time
import urllib.request

from kafka import KafkaConsumer

from events.codec import decode
from events.models import ArticleCleaned
from events.topics import CLEANED, RAW
from services.broker.local import free_port
from services.bus.kafka import KafkaPublisher
from services.commands.ingest import ingest

FOOTER = "Readers can reach the regional desk by writing to the address on page two."
TOPICS = ["harbour", "railway", "library", "orchard", "bridge", "market", "museum", "stadium", "canal", "forest"]


def article(i: int) -> str:
    topic = TOPICS[i % len(TOPICS)]
    return (
        f"Residents debated the future of the {topic} at a meeting on evening number {i}.\n"
        f"The council said the {topic} plan number {i} would be decided after a public consultation next spring.\n"
        f"{FOOTER}\n"
    )


def publish(settings, folder, start, stop):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, stop):
        (folder / f"a{i:03d}.txt").write_text(article(i))
    publisher = KafkaPublisher(settings.kafka_bootstrap_servers)
    try:
        paths = [str(folder / f"a{i:03d}.txt") for i in range(start, stop)]
        accepted, rejected = ingest(publisher, RAW.name(settings.topic_prefix), paths, source="gazette", max_bytes=10**6)
    finally:
        publisher.close()
    assert not rejected
    return [a.article_id for a in accepted]


def cleaned_events(settings, wanted_ids, timeout=180):
    consumer = KafkaConsumer(CLEANED.name(settings.topic_prefix), bootstrap_servers=settings.kafka_bootstrap_servers,
                             auto_offset_reset="earliest", enable_auto_commit=False, consumer_timeout_ms=2000)
    found: dict[str, ArticleCleaned] = {}
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not set(wanted_ids) <= set(found):
            for record in consumer:
                event = decode(record.value, ArticleCleaned)
                found[event.article_id] = event
    finally:
        consumer.close()
    return found


def test_footer_is_learned_per_source_and_survives_a_restart(broker_settings, start_worker, tmp_path):
    settings = broker_settings.model_copy(update={"repeat_threshold": 3, "metrics_port": free_port()})
    worker = start_worker(settings)
    first_ids = publish(settings, tmp_path / "in", 0, 20)
    events = cleaned_events(settings, first_ids)
    assert set(first_ids) <= set(events), worker.log()
    ordered = [events[i] for i in first_ids]
    # Early articles keep the footer (seen fewer than 3 times before); later ones lose it as learned-repeat.
    assert FOOTER in ordered[0].body
    for later in ordered[5:]:
        assert FOOTER not in later.body
        assert any(r.reason == "learned-repeat" and r.text == FOOTER for r in later.removed)
    # Sentences that appear once are never dropped for repetition.
    for i, event in enumerate(ordered):
        assert f"evening number {i}." in event.body and f"plan number {i} " in event.body

    worker.stop()
    restarted = start_worker(settings)
    (new_id,) = publish(settings, tmp_path / "in", 20, 21)
    after = cleaned_events(settings, [new_id])[new_id]
    assert FOOTER not in after.body, restarted.log()
    assert any(r.reason == "learned-repeat" for r in after.removed)
    assert "evening number 20." in after.body

    # The restarted worker's Prometheus endpoint counts what it did.
    metrics = urllib.request.urlopen(f"http://127.0.0.1:{settings.metrics_port}/metrics", timeout=10).read().decode()
    cleaned_ok = re.search(r'^copydesk_messages_total\{outcome="ok",stage="cleaning"\} ([0-9.]+)$', metrics, re.M)
    assert cleaned_ok and float(cleaned_ok.group(1)) >= 1
    assert 'copydesk_boilerplate_removed_total{reason="learned-repeat"}' in metrics
