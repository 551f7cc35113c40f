"""The API's composition: ``create_app(store, ...)`` builds a FastAPI app over a ReadPort (the store's read side).

No module-level app and no environment reads: the caller (``copydesk serve``, a test) passes
the store, the optional bearer token and the limits. Layers, outermost first: metrics, the
request guard (read-only, token, body size), then routing to the JSON resources, the health
and metrics endpoints and the editor's pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from starlette.responses import Response

from services.api import problems
from services.api.guard import RequestGuard
from services.api.login import login_routes
from services.api.metrics import MetricsMiddleware, create_api_metrics
from services.api.pages import PAGE_HEADERS, error_page, page_routes, templates
from services.api.resources import json_routes, store_of
from services.api.schemas import Health, Problem
from services.store.port import ReadPort

MAX_BODY_BYTES = 16 * 1024
MAX_RESPONSE_BYTES = 8 * 1024 * 1024
STATIC = Path(__file__).parent / "static"
VERSION = "1.0.0"


def create_app(
    store: ReadPort,
    *,
    token: str | None = None,
    max_query_chars: int = 500,
    metrics_registry: CollectorRegistry | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    max_response_bytes: int = MAX_RESPONSE_BYTES,
) -> FastAPI:
    """The HTTP API and pages over ``store`` (already migrated).

    ``token``: when set, every request but /healthz needs ``Authorization: Bearer <token>``, or
    the session cookie a browser gets from the form at /login.
    ``max_query_chars``: a longer ``q`` is refused with 422. ``metrics_registry``: where the
    HTTP metrics are registered and what /metrics exposes (a private registry when None).
    ``max_body_bytes``: a request declaring a larger body is refused with 413.
    ``max_response_bytes``: a larger answer is replaced by a 500 problem saying so.
    """
    if max_query_chars < 1:
        raise ValueError(f"max_query_chars: {max_query_chars} is below 1")
    app = FastAPI(
        title="copydesk",
        version=VERSION,
        summary="Read-only API over the copydesk store: articles, entities, figures, stories.",
        description="Errors are RFC 9457 problem+json. When a token is configured, send "
        "`Authorization: Bearer <token>` (not needed for /healthz).",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.store = store
    metrics = create_api_metrics(metrics_registry)
    views = templates()

    problems.install(app, page=lambda request, status, detail: error_page(views, request, status, detail))
    app.include_router(json_routes(max_query_chars))
    app.include_router(_operations(metrics.registry))
    app.include_router(page_routes(max_query_chars, views))
    if token:
        app.include_router(login_routes(token, views, PAGE_HEADERS))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    app.add_middleware(RequestGuard, token=token, max_body_bytes=max_body_bytes, max_response_bytes=max_response_bytes)
    app.add_middleware(MetricsMiddleware, metrics=metrics)  # added last: outermost, sees refusals too
    return app


def _operations(registry: CollectorRegistry) -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/healthz", response_model=Health)
    def healthz() -> dict[str, Any]:
        """Liveness: the process answers. Open even when a token is configured."""
        return {"status": "ok"}

    @router.get("/readyz", response_model=Health, responses={503: {"model": Problem, "description": "Not ready."}})
    def readyz(request: Request) -> Any:
        """Readiness: the store is reachable and holds the current layout."""
        try:
            ready = store_of(request).ready()
        except Exception as exc:  # noqa: BLE001 - any failure to reach the store means not ready
            return problems.problem(503, f"store unreachable: {exc.__class__.__name__}", instance="/readyz")
        if not ready:
            return problems.problem(
                503, "store not ready: unreachable or not of the current layout", instance="/readyz"
            )
        return {"status": "ready"}

    @router.get("/metrics", response_class=Response, responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}})
    def metrics_endpoint() -> Response:
        """Prometheus exposition of the HTTP metrics."""
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return router
