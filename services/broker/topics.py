"""Create copydesk's topics explicitly with the admin client (never by auto-creation)."""

from __future__ import annotations

import time

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from events.topics import ALL_TOPICS


def ensure_topics(bootstrap: str, prefix: str = "", partitions: int = 6, replication: int = 1) -> list[str]:
    """Create every topic of the topic map that does not exist yet; return the names created."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="copydesk-admin")
    try:
        existing = set(admin.list_topics())
        wanted = [t.name(prefix) for t in ALL_TOPICS if t.name(prefix) not in existing]
        if wanted:
            try:
                admin.create_topics(
                    [NewTopic(name, num_partitions=partitions, replication_factor=replication) for name in wanted]
                )
            except TopicAlreadyExistsError:
                pass  # created concurrently by another process: that is the outcome we wanted
            _await_leaders(admin, wanted)
        return wanted
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
