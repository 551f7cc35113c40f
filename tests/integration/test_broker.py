"""The real broker: reachable, KRaft, topics created explicitly, auto-creation off."""

import pytest
from kafka import KafkaAdminClient, KafkaProducer
from kafka.errors import KafkaTimeoutError

from events.topics import ALL_TOPICS
from kafka.admin import ConfigResource, ConfigResourceType

from services.broker.topics import TopicShape, ensure_named_topics, ensure_topics


def test_topics_are_created_explicitly_with_partitions(kafka_bootstrap, unique_prefix):
    created = ensure_topics(kafka_bootstrap, unique_prefix, partitions=4)
    assert sorted(created) == sorted(t.name(unique_prefix) for t in ALL_TOPICS)
    assert ensure_topics(kafka_bootstrap, unique_prefix, partitions=4) == []  # idempotent
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    try:
        described = admin.describe_topics([t.name(unique_prefix) for t in ALL_TOPICS])
        fixed = {t.name(unique_prefix): t.partitions for t in ALL_TOPICS}
        assert all(len(d["partitions"]) == (fixed[d["name"]] or 4) for d in described)
        assert any(fixed.values())  # the story stage's input has one partition whatever the setting
    finally:
        admin.close()


def test_named_topics_are_created_once_with_their_partitions_and_configs(kafka_bootstrap, unique_prefix):
    name = f"{unique_prefix}table-changelog"
    wanted = {name: TopicShape(2, {"cleanup.policy": "compact"})}
    assert ensure_named_topics(kafka_bootstrap, wanted) == [name]
    assert ensure_named_topics(kafka_bootstrap, wanted) == []
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    try:
        assert len(admin.describe_topics([name])[0]["partitions"]) == 2
        response = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name, ["cleanup.policy"])])
        (by_name,) = response.values()
        assert by_name[name]["cleanup.policy"]["value"] == "compact"
    finally:
        admin.close()


def test_broker_does_not_auto_create_topics(kafka_bootstrap, unique_prefix):
    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap, max_block_ms=3000)
    try:
        with pytest.raises(KafkaTimeoutError):
            producer.send(f"{unique_prefix}never-declared", b"x").get(timeout=5)
    finally:
        producer.close(timeout=2)
