"""`copydesk project` (consume enriched events and story changes into the store) and `copydesk replay`.

SIGTERM or SIGINT stops the projector after the batch in flight is written; the process ends
within STOP_GRACE_S of the signal in any case (see ``commands.worker.exit_unless_stopped_within``).
"""

from __future__ import annotations

import signal

from services.common.settings import Settings


def run(settings: Settings, *, until_caught_up: bool, replay: bool) -> int:
    from services.bootstrap import build_projector, connect_cluster, open_configured_store, serve_metrics
    from services.commands.worker import STOP_GRACE_S, exit_unless_stopped_within
    from services.common.metrics import create_metrics
    from services.projector.collector import tune_collector

    # A replay may start the local broker (its log is kept in COPYDESK_HOME) and stops it after.
    cluster = connect_cluster(settings, start=replay)
    store = open_configured_store(settings, rebuild_from=cluster)  # another layout: rebuilt from the log
    metrics = create_metrics()
    serve_metrics(settings, metrics)
    if replay:
        store.reset()
    projector = build_projector(settings, store, metrics, cluster, replay=replay)
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
