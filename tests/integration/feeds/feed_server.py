"""A real HTTP server for feed tests (http.server in a thread on 127.0.0.1).

Routes are set by the test: a feed (served with an ETag and Last-Modified, answering 304 to a
matching conditional request), a slow answer, a huge declared body, or an endless chunked one.
Every request is logged with its conditional headers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before answering
    declared_length: int | None = None  # a Content-Length other than the body's (the body is sent as is)
    chunked_bytes: int = 0  # stream this many bytes as chunked, no Content-Length


@dataclass
class FeedServer:
    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[dict] = field(default_factory=list)
    bytes_sent: dict[str, int] = field(default_factory=dict)


def _handler(state: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            route = state.routes.get(self.path)
            state.requests.append({"path": self.path, "if-none-match": self.headers.get("If-None-Match"),
                                   "if-modified-since": self.headers.get("If-Modified-Since")})
            if route is None:
                self.send_error(404)
                return
            if route.delay:
                time.sleep(route.delay)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if (route.last_modified and not route.etag
                    and self.headers.get("If-Modified-Since") == route.last_modified):
                self.send_response(304)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            sent = 0
            try:
                if route.chunked_bytes:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    chunk = b"<" * 65536
                    while sent < route.chunked_bytes:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        sent += len(chunk)
                    self.wfile.write(b"0\r\n\r\n")
                else:
                    length = route.declared_length if route.declared_length is not None else len(route.body)
                    self.send_header("Content-Length", str(length))
                    self.end_headers()
                    self.wfile.write(route.body)
                    sent = len(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                state.bytes_sent[self.path] = state.bytes_sent.get(self.path, 0) + sent
            if route.declared_length is not None:
                self.close_connection = True

    return Handler


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    state = FeedServer()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="feed-server", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
