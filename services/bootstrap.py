"""The composition root: builds clients and components from one Settings object.

Entry points (the CLI commands) call these functions and pass the results down; nothing below
reads the environment or builds a client on its own. Each long-running process is assembled
here whole: the worker (``build_worker``), the read API (``build_api``), the push intake
(``build_intake``), the projector (``build_projector``), and the publishers and metrics
endpoints they share.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from services.broker.jars import ensure_jars
from services.broker.local import LocalBroker
from services.broker.topics import ensure_topics
from services.common.kafka_security import KafkaSecurity, KafkaSecurityError
from services.common.settings import Settings

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the builders import what they build lazily: a command pays only for its own
    import faust
    from fastapi import FastAPI

    from services.bus.kafka import KafkaPublisher
    from services.bus.port import Publisher
    from services.commands.process import OfflinePipeline
    from services.common.metrics import Metrics
    from services.processors.entities import EntityExtractor
    from services.projector.projector import Projector
    from services.store.port import Store


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
        ensure_topics(
            cluster.bootstrap,
            settings.topic_prefix,
            settings.topic_partitions,
            settings.topic_replication,
            security=cluster.security,
        )
    except KafkaError as exc:
        hint = " (are the SASL username and password right?)" if cluster.security.sasl else ""
        raise SystemExit(
            f"copydesk: Kafka at {cluster.bootstrap} over {cluster.security.protocol} cannot be "
            f"used: {type(exc).__name__}: {exc}{hint}"
        ) from None
    return cluster


def kafka_security(settings: Settings) -> KafkaSecurity:
    """How clients connect to the configured cluster; incomplete settings stop the process with
    the setting's name."""
    try:
        return KafkaSecurity.from_settings(settings)
    except KafkaSecurityError as exc:
        raise SystemExit(f"copydesk: {exc}") from None


def open_configured_store(settings: Settings, rebuild_from: Cluster | None = None) -> Store:
    """The configured store with the current layout (an empty database gets it).

    The store is a projection of the log, so a database of another layout is not upgraded: with
    ``rebuild_from`` (the projector's processes pass their cluster) the log is replayed into a
    fresh database that is then swapped in (``services.store.rebuild``); without it the process
    stops, naming the database and the command that rebuilds it.
    """
    from services.store.factory import open_store
    from services.store.port import LayoutMismatch

    url = settings.store_url
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    store = open_store(url)
    try:
        store.migrate()
        return store
    except LayoutMismatch as mismatch:
        store.close()
        if rebuild_from is None:
            raise SystemExit(f"copydesk: {mismatch}. `copydesk project` rebuilds it from the log") from None
        log.warning("copydesk: %s; rebuilding it from the log", mismatch)
    rebuild_store(settings, rebuild_from)
    store = open_store(url)
    store.migrate()
    return store


def rebuild_store(settings: Settings, cluster: Cluster) -> int:
    """Replay the log of ``cluster`` into a fresh database of the current layout and swap it in
    for the configured store; return the events applied. The replay runs in a consumer group of
    its own, so it takes no partitions from the projectors of the group it is rebuilding for.
    A swap the database's other users hold up past their grace stops the process, saying so."""
    from services.common.metrics import create_metrics
    from services.store.rebuild import RebuildBusy, SwapRefused, rebuild
    from services.store.schema import LAYOUT_VERSION

    def replay(fresh: Store) -> int:
        group = f"{settings.projector_group}-rebuild-{LAYOUT_VERSION}"
        return build_projector(settings, fresh, create_metrics(), cluster, replay=True, group=group).run(
            until_caught_up=True
        )

    try:
        applied = rebuild(settings.store_url, replay)
    except (SwapRefused, RebuildBusy) as exc:
        raise SystemExit(f"copydesk: store {settings.store_url} not rebuilt: {exc}") from None
    log.warning("copydesk: store rebuilt from the log (%d events) and swapped in", applied)
    return applied


def build_extractor(settings: Settings) -> EntityExtractor:
    from services.processors.entities import EntityExtractor, load_pipeline

    return EntityExtractor(load_pipeline(settings.spacy_model))


def build_offline_pipeline(settings: Settings, skip_cleaning: bool) -> OfflinePipeline:
    """The stages of the stream in one process, without a broker (``copydesk process`` and ``load``)."""
    from services.commands.process import OfflinePipeline

    return OfflinePipeline(
        build_extractor(settings),
        settings.repeat_threshold,
        skip_cleaning,
        settings.duplicate_window,
        settings.story_window,
    )


def intake_token(settings: Settings) -> str:
    """The push intake's bearer token: COPYDESK_INTAKE_TOKEN, else the first line of
    COPYDESK_INTAKE_TOKEN_FILE (a mounted secret). The intake never runs without one."""
    token = (settings.intake_token or "").strip()
    if not token and settings.intake_token_file is not None:
        try:
            lines = settings.intake_token_file.read_text(encoding="utf-8").strip().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise SystemExit(
                f"copydesk: intake token file {settings.intake_token_file}: cannot be read ({exc})"
            ) from None
        token = lines[0].strip() if lines else ""
    if not token:
        raise SystemExit("copydesk: the intake needs a token: set COPYDESK_INTAKE_TOKEN or COPYDESK_INTAKE_TOKEN_FILE")
    return token


def build_intake(settings: Settings, publisher: Publisher) -> FastAPI:
    """The push intake app publishing to the raw topic, bodies bounded by COPYDESK_MAX_INPUT_BYTES."""
    from events.topics import RAW
    from services.intake.app import create_intake_app

    return create_intake_app(
        publisher,
        RAW.name(settings.topic_prefix),
        token=intake_token(settings),
        max_body_bytes=settings.max_input_bytes,
    )


def build_publisher(cluster: Cluster, client_id: str, timeout_s: float = 60.0) -> KafkaPublisher:
    """A Kafka publisher to ``cluster`` (confirmed, idempotent writes; see services.bus.kafka)
    that waits up to ``timeout_s`` for each confirmation."""
    from services.bus.kafka import KafkaPublisher

    return KafkaPublisher(cluster.bootstrap, client_id=client_id, timeout_s=timeout_s, security=cluster.security)


def serve_metrics(settings: Settings, metrics: Metrics, port_offset: int = 0) -> None:
    """Serve ``metrics`` on /metrics at COPYDESK_METRICS_PORT + ``port_offset`` (nothing when the port is 0)."""
    from prometheus_client import start_http_server

    if settings.metrics_port:
        start_http_server(settings.metrics_port + port_offset, addr=settings.metrics_host, registry=metrics.registry)


def build_worker(settings: Settings) -> faust.Worker:
    """The processors worker: the faust app with its agents on the configured cluster, its
    changelog topics created, its metrics served; ``execute_from_commandline()`` runs it."""
    from services.broker.local import free_port
    from services.broker.topics import ensure_named_topics
    from services.commands.worker import bounded_stop_worker
    from services.common.metrics import create_metrics
    from services.processors.app import changelog_topics, create_app

    cluster = connect_cluster(settings, start=False)
    metrics = create_metrics()
    serve_metrics(settings, metrics)
    web_port = settings.worker_web_port or free_port()
    app = create_app(
        settings.model_copy(update={"worker_web_port": web_port}),
        cluster.bootstrap,
        build_extractor(settings),
        metrics,
        security=cluster.security,
    )
    ensure_named_topics(cluster.bootstrap, changelog_topics(app), settings.topic_replication, security=cluster.security)
    app.conf.datadir.parent.mkdir(parents=True, exist_ok=True)  # faust creates only the last folder
    return bounded_stop_worker(app, settings.log_level)


def build_api(settings: Settings) -> tuple[FastAPI, Store]:
    """The read API and editor pages over the configured store (COPYDESK_API_TOKEN guards them
    when set); the caller closes the store when the server stops."""
    from services.api.app import create_app

    store = open_configured_store(settings)
    return create_app(store, token=settings.api_token), store


# How long the projector's dead-letter publisher waits for Kafka to confirm a letter (the projector
# tries again until it does) and, at the end, to close: kafka-python's close waits for it all along
# while the broker is unreachable, so with the publisher's 60 s a stop overran its bound.
DEAD_LETTER_TIMEOUT_S = 5.0


def build_projector(
    settings: Settings,
    store: Store,
    metrics: Metrics,
    cluster: Cluster,
    *,
    replay: bool = False,
    dead_letters: Publisher | None = None,
    group: str | None = None,
) -> Projector:
    """The projector of the enriched and story topics into ``store``, in consumer group ``group``
    (default COPYDESK_PROJECTOR_GROUP), decoding in COPYDESK_PROJECTOR_DECODER_PROCESSES processes;
    dead letters go to ``dead_letters`` (default: a Kafka publisher of its own). A ``replay``
    observes no end-to-end latency (its events were received long before)."""
    from events.topics import DEAD_LETTER, ENRICHED, STORIES
    from services.bus.kafka_consumer import KafkaGroupConsumer
    from services.common.pool_map import PoolMap
    from services.projector.collector import tune_collector
    from services.projector.projector import Projector, flatten

    group = group or settings.projector_group
    consumer = KafkaGroupConsumer(
        cluster.bootstrap,
        group,
        max_poll_records=settings.projector_batch_size,
        session_timeout_s=settings.session_timeout_seconds,
        security=cluster.security,
    )
    return Projector(
        consumer,
        store,
        [ENRICHED.name(settings.topic_prefix), STORIES.name(settings.topic_prefix)],
        dead_letters=dead_letters or build_publisher(cluster, "copydesk-projector", timeout_s=DEAD_LETTER_TIMEOUT_S),
        dead_letter_topic=DEAD_LETTER.name(settings.topic_prefix),
        metrics=metrics,
        batch_size=settings.projector_batch_size,
        batch_ms=settings.projector_batch_ms,
        decoders=PoolMap(flatten, settings.projector_decoder_processes, initializer=tune_collector),
        observe_latency=not replay,
    )
