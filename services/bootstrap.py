"""The composition root: builds clients and components from one Settings object.

Entry points (the CLI commands) call these functions and pass the results down; nothing below
reads the environment or builds a client on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from services.broker.jars import ensure_jars
from services.broker.local import LocalBroker
from services.broker.topics import ensure_topics
from services.common.settings import Settings


def local_broker(settings: Settings) -> LocalBroker:
    return LocalBroker(settings.home / "kafka", ensure_jars(settings.broker_cache), heap=settings.broker_heap)


@dataclass
class Cluster:
    """Where Kafka is, and whether this process started the broker (and so must stop it)."""

    bootstrap: str
    started: LocalBroker | None = None

    def release(self) -> None:
        if self.started is not None:
            self.started.stop()


def connect_cluster(settings: Settings, start: bool = True) -> Cluster:
    """The configured cluster, else the local broker (started when ``start`` and not running)."""
    if settings.kafka_bootstrap_servers:
        cluster = Cluster(settings.kafka_bootstrap_servers)
    else:
        broker = local_broker(settings)
        running = broker.status()
        if running is not None:
            cluster = Cluster(running.bootstrap)
        elif start:
            cluster = Cluster(broker.start().bootstrap, started=broker)
        else:
            raise SystemExit("no broker: set KAFKA_BOOTSTRAP_SERVERS or run `copydesk broker start`")
    ensure_topics(cluster.bootstrap, settings.topic_prefix, settings.topic_partitions, settings.topic_replication)
    return cluster


def open_configured_store(settings: Settings):  # noqa: ANN201 - returns a Store
    from services.store.factory import open_store

    url = settings.store_url
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    store = open_store(url)
    store.migrate()
    return store


def build_extractor(settings: Settings):  # noqa: ANN201 - returns an EntityExtractor
    from services.processors.entities import EntityExtractor, load_pipeline

    return EntityExtractor(load_pipeline(settings.spacy_model))
