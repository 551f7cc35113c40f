"""`copydesk dlq list|replay` on the real broker: dead letters are listed with their filters, and
a replay puts each failed record's original bytes back on its topic exactly once, however often
it runs."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import timedelta

import orjson
import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import ConfigResource, ConfigResourceType

from events.codec import decode, encode
from events.models import DeadLetter
from events.topics import CLEANED, DEAD_LETTER, ENRICHED, EXTRACTED, RAW, STORIES
from services.bus.kafka import KafkaPublisher
from services.bus.port import Record
from services.common.dead_letters import dead_letter
from tests.conftest import REPO, read_topic, settings_env

pytestmark = pytest.mark.broker

BIG_BINARY = random.Random(18).randbytes(1_500_000) + b"\xff"  # about 2 MB of base64: more than one default fetch


def copydesk(settings, *args: str) -> subprocess.CompletedProcess:  # noqa: ANN001
    return subprocess.run([sys.executable, "-m", "services.cli", *args], cwd=REPO, env=settings_env(settings),
                          capture_output=True, text=True, timeout=180)


def read_all(bootstrap: str, topic: str) -> list[tuple[int, bytes | None, bytes | None]]:
    """Every record of ``topic`` up to its end: (partition, key, value), partition by partition."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                             max_partition_fetch_bytes=64 * 1024 * 1024, fetch_max_bytes=64 * 1024 * 1024)
    try:
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic))]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        end = consumer.end_offsets(tps)
        found: dict[int, list] = {tp.partition: [] for tp in tps}
        while any(consumer.position(tp) < end[tp] for tp in tps):
            for tp, records in consumer.poll(timeout_ms=1000).items():
                found[tp.partition] += [(r.partition, r.key, r.value) for r in records if r.offset < end[tp]]
        return [record for p in sorted(found) for record in found[p]]
    finally:
        consumer.close()


def v1_letter(article_id: str, topic: str, partition: int, offset: int, payload: str) -> bytes:
    """A dead letter as version 1 wrote it (its value decoded as UTF-8 with replacement)."""
    return orjson.dumps({
        "specversion": "1.0", "id": f"v1-{offset}", "source": "urn:copydesk",
        "type": "dev.copydesk.message.dead-lettered.v1", "subject": article_id, "partitionkey": article_id,
        "data": {"article_id": article_id, "stage": "enrichment", "topic": topic, "partition": partition,
                 "offset": offset, "error_type": "RuntimeError", "error_message": "spaCy fell over",
                 "payload": payload, "failed_at": "2026-01-02T03:04:05+00:00"},
    })


def test_list_filters_and_replay_sends_each_original_record_once(broker_settings):
    settings = broker_settings
    bootstrap, prefix = settings.kafka_bootstrap_servers, settings.topic_prefix
    raw, cleaned, enriched = RAW.name(prefix), CLEANED.name(prefix), ENRICHED.name(prefix)
    text = '{"headline": "Zürich — “quoted”", "nul": "\\u0000"}'.encode()

    def parked(stage, topic, partition, offset, key, value, ago=timedelta(0)):  # noqa: ANN001, ANN202
        letter = dead_letter(stage=stage, topic=topic, partition=partition, offset=offset, key=key, value=value,
                             exc=ValueError(f"{stage} could not take it"))
        return letter.model_copy(update={"failed_at": letter.failed_at - ago})

    letters = [
        parked("cleaning", raw, 1, 100, b"a-text", text),
        parked("cleaning", raw, 2, 101, b"a-bin\xff", BIG_BINARY),
        parked("cleaning", raw, 2, 101, b"a-bin\xff", BIG_BINARY),  # dead-lettered twice (redelivered)
        parked("projector", enriched, 0, 5, b"a-empty", b""),
        parked("enrichment", cleaned, 0, 9, None, b"old \x00 bytes", ago=timedelta(hours=3)),
    ]
    dlq = DEAD_LETTER.name(prefix)
    publisher = KafkaPublisher(bootstrap, client_id="test-dlq")
    publisher.publish([Record(dlq, letter.article_id, encode(letter)) for letter in letters])
    publisher.publish([
        Record(dlq, "a-v1", v1_letter("a-v1", cleaned, 1, 3, "exact v1 text")),
        Record(dlq, "a-lossy", v1_letter("a-lossy", cleaned, 2, 4, "bin\ufffdary")),
        Record(dlq, "a-elsewhere", encode(parked("cleaning", dlq, 0, 1, b"a-elsewhere", b"loop"))),
        Record(dlq, "junk", b"not a dead letter"),
    ])
    publisher.close()

    listed = copydesk(settings, "dlq", "list")
    assert listed.returncode == 1 and "not a dead letter: not JSON" in listed.stderr  # the junk record
    lines = [line for line in listed.stdout.splitlines() if f"{dlq}[" not in line]
    assert len(lines) == 7, listed.stdout
    # oldest first: the two v1 letters (January), the enrichment failure of 3 hours ago, then the rest
    assert sorted(line.split()[1:4] for line in lines[:2]) == [
        ["enrichment", f"{cleaned}[1]@3", "pending"], ["enrichment", f"{cleaned}[2]@4", "unrecoverable"]
    ]
    assert lines[2].split()[:4] == ["3h", "enrichment", f"{cleaned}[0]@9", "pending"]
    assert [line.split(maxsplit=1)[1] for line in lines[3:]].count(
        f"cleaning    {raw}[2]@101  pending        ValueError: cleaning could not take it"
    ) == 2
    assert f"cleaning    {raw}[1]@100  pending        ValueError: cleaning could not take it" in listed.stdout
    assert lines[3].split()[0].endswith("s")  # seconds old

    only_projector = copydesk(settings, "dlq", "list", "--stage", "projector")
    assert [line.split()[1:4] for line in only_projector.stdout.splitlines()] == [
        ["projector", f"{enriched}[0]@5", "pending"]
    ]
    recent = copydesk(settings, "dlq", "list", "--since", "1h")
    assert len(recent.stdout.splitlines()) == 5 and "@9" not in recent.stdout and "@3 " not in recent.stdout
    assert copydesk(settings, "dlq", "list", "--since", "soon").returncode == 2

    first = copydesk(settings, "dlq", "replay", "--stage", "projector")
    assert first.returncode == 1, first.stderr  # the junk record has no stage to filter it out by
    assert first.stdout.splitlines() == [
        f"replayed projector {enriched}[0]@5 -> {enriched}[0]@0",
        "replayed 1 dead letter(s), 0 already replayed, 1 not replayed",
    ]
    second = copydesk(settings, "dlq", "replay")
    assert second.returncode == 1  # the lossy v1 letter, the letter from no input topic, the junk
    assert f"{cleaned}[2]@4: not replayed: the original bytes are lost" in second.stderr
    assert f"{dlq}[0]@1: not replayed: {dlq} is not the input topic of a stage here" in second.stderr
    assert second.stdout.splitlines()[-1] == "replayed 4 dead letter(s), 2 already replayed, 3 not replayed"
    third = copydesk(settings, "dlq", "replay")
    assert third.stdout.splitlines() == ["replayed 0 dead letter(s), 6 already replayed, 3 not replayed"]

    assert read_all(bootstrap, raw) == [(1, b"a-text", text), (2, b"a-bin\xff", BIG_BINARY)]
    assert read_all(bootstrap, cleaned) == [(0, None, b"old \x00 bytes"), (1, b"a-v1", b"exact v1 text")]
    assert read_all(bootstrap, enriched) == [(0, b"a-empty", b"")]

    after = copydesk(settings, "dlq", "list").stdout.splitlines()
    assert [line.split()[3] for line in after].count("replayed") == 6 and len(after) == 8
    assert len(read_all(bootstrap, dlq)) == 9  # nothing was sent to the dead-letter topic


def test_the_worker_parks_a_binary_poison_record_byte_for_byte(broker_settings, start_worker):
    settings = broker_settings
    raw = RAW.name(settings.topic_prefix)
    poison = b"\x89PNG\r\n\x1a\n\x00\xff not an event " + bytes(range(256))
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, acks="all")
    sent = producer.send(raw, key=b"a-png\xfe", value=poison, partition=1).get(30)
    producer.close()
    worker = start_worker(settings)
    (record,) = read_topic(settings.kafka_bootstrap_servers, DEAD_LETTER.name(settings.topic_prefix), 1)
    letter = decode(record.value, DeadLetter)
    assert (letter.stage, letter.topic, letter.partition, letter.offset) == ("cleaning", raw, 1, sent.offset), worker.log()
    assert (letter.payload_encoding, letter.key_encoding) == ("base64", "base64")
    assert (letter.original_key(), letter.original_value()) == (b"a-png\xfe", poison)


def test_a_30_mb_binary_value_is_listed_and_replayed(broker_settings):
    """Its dead letter is about 40 MB of base64: the dlq command's clients take 64 MiB. The two
    topics allow such records here whatever the broker's default (a topic-level override)."""
    settings = broker_settings
    bootstrap, prefix = settings.kafka_bootstrap_servers, settings.topic_prefix
    raw, dlq = RAW.name(prefix), DEAD_LETTER.name(prefix)
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, name, configs={"max.message.bytes": str(64 * 1024 * 1024)})
                         for name in (raw, dlq)])
    admin.close()
    value = random.Random(30).randbytes(30 * 1000 * 1000)
    letter = dead_letter(stage="cleaning", topic=raw, partition=0, offset=7, key=b"a-huge", value=value,
                         exc=ValueError("too large to clean"))
    assert letter.payload_encoding == "base64" and len(letter.payload) == 40_000_000
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=64 * 1024 * 1024)
    producer.send(dlq, key=letter.article_id.encode(), value=encode(letter)).get(60)
    producer.close()

    listed = copydesk(settings, "dlq", "list")
    assert [line.split()[1:4] for line in listed.stdout.splitlines()] == [["cleaning", f"{raw}[0]@7", "pending"]], listed.stderr
    replayed = copydesk(settings, "dlq", "replay")
    assert replayed.stdout.splitlines()[-1] == "replayed 1 dead letter(s), 0 already replayed, 0 not replayed", replayed.stderr
    assert read_all(bootstrap, raw) == [(0, b"a-huge", value)]


def test_the_story_stage_and_the_projector_of_story_changes_can_be_replayed_too(broker_settings):
    """The story agent reads the extracted topic and the projector also reads the stories topic:
    their dead letters go back there."""
    settings = broker_settings
    bootstrap, prefix = settings.kafka_bootstrap_servers, settings.topic_prefix
    extracted, stories = EXTRACTED.name(prefix), STORIES.name(prefix)
    letters = [
        dead_letter(stage="stories", topic=extracted, partition=0, offset=4, key=b"a-story", value=b"placed?",
                    exc=ValueError("story state unreadable")),
        dead_letter(stage="projector", topic=stories, partition=0, offset=2, key=b"s-1", value=b"merged?",
                    exc=ValueError("unknown story")),
    ]
    publisher = KafkaPublisher(bootstrap, client_id="test-dlq")
    publisher.publish([Record(DEAD_LETTER.name(prefix), letter.article_id, encode(letter)) for letter in letters])
    publisher.close()

    replay = copydesk(settings, "dlq", "replay")
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert replay.stdout.splitlines()[-1] == "replayed 2 dead letter(s), 0 already replayed, 0 not replayed"
    assert read_all(bootstrap, extracted) == [(0, b"a-story", b"placed?")]
    assert read_all(bootstrap, stories) == [(0, b"s-1", b"merged?")]
