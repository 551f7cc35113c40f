"""`copydesk project` (consume enriched events and story changes into the store) and `copydesk replay`.

SIGTERM or SIGINT stops the projector after the batches in flight are written; the process ends
within STOP_GRACE_S of the signal in any case (see ``commands.worker.exit_unless_stopped_within``).
"""

from __future__ import annotations

import signal

from events.topics import DEAD_LETTER, ENRICHED, STORIES
from services.common.kafka_security import KafkaSecurity
from services.common.settings import Settings

# How long the dead-letter publisher waits for Kafka to confirm a letter (the projector tries
# again until it does) and, at the end, to close: kafka-python's close waits for it all along
# while the broker is unreachable, so with the publisher's 60 s a stop overran its bound.
DEAD_LETTER_TIMEOUT_S = 5.0


def build_projector(settings: Settings, store, bootstrap: str, metrics, security: KafkaSecurity = KafkaSecurity(),  # noqa: ANN001, ANN201
                    *, replay: bool = False):
    """The projector of the enriched and story topics into ``store``; a ``replay`` observes no
    end-to-end latency (its events were received long before)."""
    from services.bus.kafka import KafkaPublisher
    from services.projector.flattener import open_flattener
    from services.projector.projector import Projector
    from services.projector.writer import open_writer

    return Projector(
        store,
        bootstrap,
        [ENRICHED.name(settings.topic_prefix), STORIES.name(settings.topic_prefix)],
        settings.projector_group,
        dead_letters=KafkaPublisher(bootstrap, client_id="copydesk-projector", timeout_s=DEAD_LETTER_TIMEOUT_S,
                                    security=security),
        dead_letter_topic=DEAD_LETTER.name(settings.topic_prefix),
        metrics=metrics,
        batch_size=settings.projector_batch_size,
        batch_ms=settings.projector_batch_ms,
        flattener=open_flattener(settings.projector_decoder_processes),
        writer=open_writer(store, settings.store_url if writer_process(settings) else None),
        session_timeout_s=settings.session_timeout_seconds,
        security=security,
        observe_latency=not replay,
    )


def writer_process(settings: Settings) -> bool:
    """Whether the projector writes the store from a process of its own (see projector.writer)."""
    from services.store.factory import opens_elsewhere

    return settings.projector_writer_process and opens_elsewhere(settings.store_url)


def run(settings: Settings, *, until_caught_up: bool, replay: bool) -> int:
    from prometheus_client import start_http_server

    from services.bootstrap import connect_cluster, open_configured_store
    from services.commands.worker import STOP_GRACE_S, exit_unless_stopped_within
    from services.common.metrics import create_metrics
    from services.projector.collector import tune_collector

    # A replay may start the local broker (its log is kept in COPYDESK_HOME) and stops it after.
    cluster = connect_cluster(settings, start=replay)
    store = open_configured_store(settings)
    metrics = create_metrics()
    if settings.metrics_port:
        start_http_server(settings.metrics_port, addr=settings.metrics_host, registry=metrics.registry)
    if replay:
        store.reset()
    projector = build_projector(settings, store, cluster.bootstrap, metrics, cluster.security, replay=replay)
    tune_collector()

    def stop(*_: object) -> None:
        exit_unless_stopped_within(STOP_GRACE_S, "the projector")
        projector.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        applied = projector.run(until_caught_up=until_caught_up or replay)
    finally:
        store.close()
        cluster.release()
    stats_note = "replayed" if replay else "projected"
    print(f"{stats_note} {applied} event(s) into {settings.store_url}")
    return 0
