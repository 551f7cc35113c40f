"""The API's metrics middleware. The metrics themselves are declared in
:mod:`services.common.metrics` with every other copydesk metric.

Labels: ``route`` is the matched route TEMPLATE (``/articles/{article_id}``), never the raw
path, or ``unmatched``; ``method`` is GET, HEAD or ``other``; ``status`` is the status code,
of which the API only produces a fixed handful. So a client probing random URLs cannot grow
the number of series.
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.common.metrics import ApiMetrics, create_api_metrics

__all__ = ["ApiMetrics", "MetricsMiddleware", "create_api_metrics", "route_label"]

UNMATCHED = "unmatched"
METHODS = ("GET", "HEAD")


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
