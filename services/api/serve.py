"""``serve(store, host, port, token)``: run the API under uvicorn until interrupted."""

from __future__ import annotations

import uvicorn

from services.api.app import create_app
from services.store.port import Store


def serve(store: Store, host: str, port: int, token: str | None = None) -> None:
    """Serve the API over ``store`` on ``host:port``; blocks; closes the store on exit.

    uvicorn's own limits also apply before the app sees a request (request line and headers
    of at most 16 KiB with h11).
    """
    app = create_app(store, token=token)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)
    finally:
        store.close()
