"""A real uvicorn server for the API on a free localhost port, run in a thread (for tests)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from services.api.app import create_app
from services.store.port import Store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_api(store: Store, token: str | None = None, timeout: float = 20.0) -> Iterator[str]:
    """Serve the API over ``store``; yields its base URL; stops the server on exit.

    Raises RuntimeError naming the port when the server has not started within ``timeout``.
    """
    port = free_port()
    config = uvicorn.Config(create_app(store, token=token), host="127.0.0.1", port=port, log_level="warning",
                            lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the API server on 127.0.0.1:{port} did not start within {timeout}s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
