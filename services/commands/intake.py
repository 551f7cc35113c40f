"""`copydesk intake`: the HTTP push service (``POST /ingest``) until SIGTERM.

Separate from the read API (`copydesk serve`), on COPYDESK_INTAKE_HOST:COPYDESK_INTAKE_PORT
(default 127.0.0.1:8001), and refuses to start without a token (COPYDESK_INTAKE_TOKEN or
COPYDESK_INTAKE_TOKEN_FILE). See :mod:`services.intake.app`.
"""

from __future__ import annotations

from services.common.settings import Settings


def run(settings: Settings, host: str | None, port: int | None) -> int:
    import signal

    import uvicorn

    from services.bootstrap import build_intake, build_publisher, connect_cluster, intake_token

    intake_token(settings)  # refuse to start without a token before connecting to anything
    cluster = connect_cluster(settings, start=False)
    publisher = build_publisher(cluster, "copydesk-intake")
    # uvicorn stops on SIGTERM/SIGINT, then raises the signal again for the handler it found: with
    # the default one that kills the process before the publisher is closed. These do nothing, so
    # the server's own graceful stop is the whole stop and the exit status is 0.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: None)
    try:
        app = build_intake(settings, publisher)
        uvicorn.run(
            app,
            host=host or settings.intake_host,
            port=port or settings.intake_port,
            log_level="info",
            proxy_headers=False,
            server_header=False,
        )
    finally:
        publisher.close()
    return 0
