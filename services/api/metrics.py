"""HTTP metrics of the API, declared once, with closed label sets.

Labels: ``route`` is the matched route TEMPLATE (``/articles/{article_id}``), never the raw
path, or ``unmatched``; ``method`` is GET, HEAD or ``other``; ``status`` is the status code,
of which the API only produces a fixed handful. So a client probing random URLs cannot grow
the number of series.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

UNMATCHED = "unmatched"
METHODS = ("GET", "HEAD")


@dataclass(frozen=True)
class ApiMetrics:
    registry: CollectorRegistry
    requests: Counter
    seconds: Histogram


def create_api_metrics(registry: CollectorRegistry | None = None) -> ApiMetrics:
    """The API's metrics registered on ``registry`` (a fresh one when None)."""
    registry = registry if registry is not None else CollectorRegistry()
    return ApiMetrics(
        registry=registry,
        requests=Counter(
            "copydesk_http_requests_total", "HTTP requests answered, by route template, method and status.",
            ["route", "method", "status"], registry=registry,
        ),
        seconds=Histogram(
            "copydesk_http_request_seconds", "Time to answer an HTTP request, by route template.", ["route"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
            registry=registry,
        ),
    )


def route_label(scope: Scope) -> str:
    """The template of the route that matched ``scope``, or UNMATCHED."""
    route = scope.get("route")
    template = getattr(route, "path", None)
    return template if isinstance(template, str) else UNMATCHED


class MetricsMiddleware:
    """Counts and times every HTTP request, refusals included (so it wraps the guard)."""

    def __init__(self, app: ASGIApp, metrics: ApiMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"] if scope["method"] in METHODS else "other"
        status = 500
        started = time.perf_counter()

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            route = route_label(scope)
            self.metrics.requests.labels(route, method, str(status)).inc()
            self.metrics.seconds.labels(route).observe(time.perf_counter() - started)
