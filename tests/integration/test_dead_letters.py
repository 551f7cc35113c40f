"""A message that fails a stage goes to the dead-letter topic with where it came from and why,
and the stream goes on with the next message."""

from kafka import KafkaProducer

from events.codec import decode
from events.models import ArticleCleaned, DeadLetter
from events.topics import CLEANED, DEAD_LETTER, RAW
from services.bus.kafka import KafkaPublisher
from services.commands.ingest import ingest
from tests.conftest import read_topic


def test_poison_message_is_parked_and_the_next_one_processed(broker_settings, start_worker, tmp_path):
    settings = broker_settings
    raw = RAW.name(settings.topic_prefix)
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, acks="all")
    poison = producer.send(raw, key=b"a-poison", value=b'{"specversion": "1.0", "not": "an event"}', partition=0).get(30)
    producer.close()
    story = tmp_path / "wire" / "story.txt"
    story.parent.mkdir()
    story.write_text("The river rose by two metres overnight, officials in the valley town said on Sunday.\n")
    publisher = KafkaPublisher(settings.kafka_bootstrap_servers)
    (good,), _ = ingest(publisher, raw, [str(story)], max_bytes=10**6)
    publisher.close()

    worker = start_worker(settings)
    (letter_record,) = read_topic(settings.kafka_bootstrap_servers, DEAD_LETTER.name(settings.topic_prefix), 1)
    letter = decode(letter_record.value, DeadLetter)
    assert (letter.article_id, letter.stage, letter.topic, letter.partition, letter.offset) == (
        "a-poison", "cleaning", raw, 0, poison.offset
    ), worker.log()
    assert letter.error_type == "DecodeError" and "envelope" in letter.error_message
    assert letter.payload == '{"specversion": "1.0", "not": "an event"}'
    (cleaned_record,) = read_topic(settings.kafka_bootstrap_servers, CLEANED.name(settings.topic_prefix), 1)
    assert decode(cleaned_record.value, ArticleCleaned).article_id == good.article_id
