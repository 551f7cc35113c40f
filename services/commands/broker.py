"""`copydesk broker fetch|start|stop|status`: the local single-node Kafka broker."""

from __future__ import annotations

from services.bootstrap import local_broker
from services.broker.jars import ensure_jars
from services.broker.topics import ensure_topics
from services.common.settings import Settings


def run(settings: Settings, action: str) -> int:
    if action == "fetch":
        print(f"kafka jars: {ensure_jars(settings.broker_cache)}")
        return 0
    if settings.kafka_bootstrap_servers:
        print(f"KAFKA_BOOTSTRAP_SERVERS is set ({settings.kafka_bootstrap_servers}): copydesk manages no broker")
        return 0 if action == "status" else 1
    broker = local_broker(settings)
    if action == "start":
        info = broker.start()
        ensure_topics(info.bootstrap, settings.topic_prefix, settings.topic_partitions, settings.topic_replication)
        print(f"broker running at {info.bootstrap} (pid {info.pid}); export KAFKA_BOOTSTRAP_SERVERS={info.bootstrap}")
        return 0
    if action == "stop":
        print("broker stopped" if broker.stop() else "no broker was running")
        return 0
    running = broker.status()
    print(f"running at {running.bootstrap} (pid {running.pid})" if running else "not running")
    return 0 if running else 3
