"""`copydesk worker`: the faust worker running the cleaning and enrichment agents."""

from __future__ import annotations

from services.common.settings import Settings


def run(settings: Settings) -> int:
    import faust
    from prometheus_client import start_http_server

    from services.bootstrap import build_extractor, connect_cluster
    from services.broker.local import free_port
    from services.common.metrics import create_metrics
    from services.processors.app import create_app

    cluster = connect_cluster(settings, start=False)
    metrics = create_metrics()
    if settings.metrics_port:
        start_http_server(settings.metrics_port, addr="127.0.0.1", registry=metrics.registry)
    extractor = build_extractor(settings)
    web_port = settings.worker_web_port or free_port()
    app = create_app(settings.model_copy(update={"worker_web_port": web_port}), cluster.bootstrap, extractor, metrics)
    app.conf.datadir.parent.mkdir(parents=True, exist_ok=True)  # faust creates only the last folder
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()  # returns only when the worker stops (SIGTERM / SIGINT)
    return 0
