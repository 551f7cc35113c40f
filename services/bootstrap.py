"""The composition root: builds clients and components from one Settings object.

Entry points (the CLI commands) call these functions and pass the results down; nothing below
reads the environment or builds a client on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from services.broker.jars import ensure_jars
from services.broker.local import LocalBroker
from services.broker.topics import ensure_topics
from services.common.kafka_security import KafkaSecurity, KafkaSecurityError
from services.common.settings import Settings


def local_broker(settings: Settings) -> LocalBroker:
    return LocalBroker(settings.home / "kafka", ensure_jars(settings.broker_cache), heap=settings.broker_heap)


@dataclass
class Cluster:
    """Where Kafka is, how clients connect to it, and whether this process started the broker
    (and so must stop it)."""

    bootstrap: str
    started: LocalBroker | None = None
    security: KafkaSecurity = field(default_factory=KafkaSecurity)

    def release(self) -> None:
        if self.started is not None:
            self.started.stop()


def connect_cluster(settings: Settings, start: bool = True) -> Cluster:
    """The configured cluster, else the local broker (started when ``start`` and not running).
    The security settings apply to a configured cluster; the local broker is plaintext."""
    if settings.kafka_bootstrap_servers:
        cluster = Cluster(settings.kafka_bootstrap_servers, security=kafka_security(settings))
    else:
        broker = local_broker(settings)
        running = broker.status()
        if running is not None:
            cluster = Cluster(running.bootstrap)
        elif start:
            cluster = Cluster(broker.start().bootstrap, started=broker)
        else:
            raise SystemExit("no broker: set KAFKA_BOOTSTRAP_SERVERS or run `copydesk broker start`")
    from kafka.errors import KafkaError

    try:
        ensure_topics(cluster.bootstrap, settings.topic_prefix, settings.topic_partitions, settings.topic_replication,
                      security=cluster.security)
    except KafkaError as exc:
        hint = " (are the SASL username and password right?)" if cluster.security.sasl else ""
        raise SystemExit(f"copydesk: Kafka at {cluster.bootstrap} over {cluster.security.protocol} cannot be "
                         f"used: {type(exc).__name__}: {exc}{hint}") from None
    return cluster


def kafka_security(settings: Settings) -> KafkaSecurity:
    """How clients connect to the configured cluster; incomplete settings stop the process with
    the setting's name."""
    try:
        return KafkaSecurity.from_settings(settings)
    except KafkaSecurityError as exc:
        raise SystemExit(f"copydesk: {exc}") from None


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


def intake_token(settings: Settings) -> str:
    """The push intake's bearer token: COPYDESK_INTAKE_TOKEN, else the first line of
    COPYDESK_INTAKE_TOKEN_FILE (a mounted secret). The intake never runs without one."""
    token = (settings.intake_token or "").strip()
    if not token and settings.intake_token_file is not None:
        try:
            lines = settings.intake_token_file.read_text(encoding="utf-8").strip().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise SystemExit(f"copydesk: intake token file {settings.intake_token_file}: cannot be read ({exc})") from None
        token = lines[0].strip() if lines else ""
    if not token:
        raise SystemExit("copydesk: the intake needs a token: set COPYDESK_INTAKE_TOKEN or COPYDESK_INTAKE_TOKEN_FILE")
    return token


def build_intake(settings: Settings, publisher):  # noqa: ANN001, ANN201 - a Publisher in, a FastAPI app out
    """The push intake app publishing to the raw topic, bodies bounded by COPYDESK_MAX_INPUT_BYTES."""
    from events.topics import RAW
    from services.intake.app import create_intake_app

    return create_intake_app(publisher, RAW.name(settings.topic_prefix), token=intake_token(settings),
                             max_body_bytes=settings.max_input_bytes)
