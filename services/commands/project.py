"""`copydesk project` (consume enriched events into the store) and `copydesk replay`."""

from __future__ import annotations

import signal

from events.topics import DEAD_LETTER, ENRICHED
from services.common.settings import Settings


def build_projector(settings: Settings, store, bootstrap: str, metrics):  # noqa: ANN001, ANN201
    from services.bus.kafka import KafkaPublisher
    from services.projector.flattener import open_flattener
    from services.projector.projector import Projector
    from services.projector.writer import open_writer

    return Projector(
        store,
        bootstrap,
        ENRICHED.name(settings.topic_prefix),
        settings.projector_group,
        dead_letters=KafkaPublisher(bootstrap, client_id="copydesk-projector"),
        dead_letter_topic=DEAD_LETTER.name(settings.topic_prefix),
        metrics=metrics,
        batch_size=settings.projector_batch_size,
        batch_ms=settings.projector_batch_ms,
        flattener=open_flattener(settings.projector_decoder_processes),
        writer=open_writer(store, settings.store_url if writer_process(settings) else None),
    )


def writer_process(settings: Settings) -> bool:
    """Whether the projector writes the store from a process of its own (see projector.writer)."""
    from services.store.factory import opens_elsewhere

    return settings.projector_writer_process and opens_elsewhere(settings.store_url)


def run(settings: Settings, *, until_caught_up: bool, replay: bool) -> int:
    from prometheus_client import start_http_server

    from services.bootstrap import connect_cluster, open_configured_store
    from services.common.metrics import create_metrics
    from services.projector.collector import tune_collector

    # A replay may start the local broker (its log is kept in COPYDESK_HOME) and stops it after.
    cluster = connect_cluster(settings, start=replay)
    store = open_configured_store(settings)
    metrics = create_metrics()
    if settings.metrics_port:
        start_http_server(settings.metrics_port, addr="127.0.0.1", registry=metrics.registry)
    if replay:
        store.reset()
    projector = build_projector(settings, store, cluster.bootstrap, metrics)
    tune_collector()
    signal.signal(signal.SIGTERM, lambda *_: projector.stop())
    signal.signal(signal.SIGINT, lambda *_: projector.stop())
    try:
        applied = projector.run(until_caught_up=until_caught_up or replay)
    finally:
        store.close()
        cluster.release()
    stats_note = "replayed" if replay else "projected"
    print(f"{stats_note} {applied} event(s) into {settings.store_url}")
    return 0
