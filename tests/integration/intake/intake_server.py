"""A real uvicorn server for the intake app on a free localhost port, in a thread (for tests)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from tests.integration.api.server import free_port


@contextmanager
def running_intake(app, timeout: float = 20.0) -> Iterator[tuple[str, int]]:  # noqa: ANN001
    """Serve ``app``; yields (host, port); stops the server on exit."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name=f"intake-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the intake server on 127.0.0.1:{port} did not start within {timeout}s")
        time.sleep(0.05)
    try:
        yield "127.0.0.1", port
    finally:
        server.should_exit = True
        thread.join(timeout=10)
