"""``serve(app, store, host, port)``: run the API (see ``bootstrap.build_api``) under uvicorn until interrupted."""

from __future__ import annotations

import uvicorn
from fastapi import FastAPI

from services.store.port import ReadPort


def serve(app: FastAPI, store: ReadPort, host: str, port: int) -> None:
    """Serve ``app``, which reads ``store``, on ``host:port``; blocks; closes the store on exit.

    uvicorn's own limits also apply before the app sees a request (request line and headers
    of at most 16 KiB with h11).
    """
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)
    finally:
        store.close()
