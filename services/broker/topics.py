"""Create copydesk's topics explicitly with the admin client (never by auto-creation)."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from events.topics import ALL_TOPICS
from services.common.kafka_security import KafkaSecurity


def ensure_topics(
    bootstrap: str,
    prefix: str = "",
    partitions: int = 6,
    replication: int = 1,
    wait_s: float = 120.0,
    security: KafkaSecurity = KafkaSecurity(),
) -> list[str]:
    """Create every topic of the topic map that does not exist yet; return the names created.

    A broker that cannot be reached is retried with backoff for up to ``wait_s`` seconds (a
    process started while the broker restarts comes up with it), then the error is raised."""
    wanted = {t.name(prefix): TopicShape(t.partitions or partitions) for t in ALL_TOPICS}
    return ensure_named_topics(bootstrap, wanted, replication, wait_s, security)


@dataclass(frozen=True)
class TopicShape:
    """How a topic is created: its partition count and topic-level configs."""

    partitions: int
    config: Mapping[str, str] = field(default_factory=dict)


def ensure_named_topics(
    bootstrap: str,
    wanted: Mapping[str, TopicShape],
    replication: int = 1,
    wait_s: float = 120.0,
    security: KafkaSecurity = KafkaSecurity(),
) -> list[str]:
    """Create each of ``wanted`` that does not exist yet, and return once every partition of the
    created ones has a leader; return the names created. Topics that exist are left as they are."""
    # kafka-python retries the bootstrap with backoff until this timeout
    admin = KafkaAdminClient(
        **security.kafka_python(),
        bootstrap_servers=bootstrap,
        client_id="copydesk-admin",
        bootstrap_timeout_ms=int(wait_s * 1000),
    )
    try:
        existing = set(admin.list_topics())
        missing = [name for name in wanted if name not in existing]
        if missing:
            try:
                admin.create_topics(
                    [
                        NewTopic(
                            name,
                            num_partitions=wanted[name].partitions,
                            replication_factor=replication,
                            topic_configs=dict(wanted[name].config),
                        )
                        for name in missing
                    ]
                )
            except TopicAlreadyExistsError:
                pass  # created concurrently by another process: that is the outcome we wanted
            _await_leaders(admin, missing)
        return missing
    finally:
        admin.close()


def _await_leaders(admin: KafkaAdminClient, names: list[str], timeout: float = 30.0) -> None:
    """Return once every partition of ``names`` has a leader, so the first sends need no retry."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        described = admin.describe_topics(names)
        if all(t.get("partitions") and all(p.get("leader_id", -1) >= 0 for p in t["partitions"]) for t in described):
            return
        time.sleep(0.2)
