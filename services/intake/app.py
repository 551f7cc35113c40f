"""The push intake: ``POST /ingest`` publishes the body as ArticleReceived, answers 202.

``create_intake_app(publisher, topic, token=..., max_body_bytes=...)`` builds the FastAPI app.
Layers, outermost first: HTTP metrics (refusals counted too), the gate (bearer token, declared
size: :mod:`services.intake.gate`), the routes. The read API stays read-only: this is another
process (``copydesk intake``) with its own port.

``POST /ingest[?source=NAME]``: the Content-Type says the format (:mod:`services.intake.media`);
the body is read as it streams, up to ``max_body_bytes``, then read by the ingestor exactly as a
file would be (:mod:`services.intake.accept`) and published; the answer comes once the bus has
confirmed every event:

- 202 ``{"article_id", "article_ids", "rejected"}``: the id of the (first) article, every id
  (a ninjs list holds several), and the items of the body that were refused with their reasons;
- 401 missing or wrong token, 413 body over the limit (neither reads the body), 415 unknown
  Content-Type or charset, 422 nothing in the body could be read (each reason listed), 503 the
  bus did not confirm (nothing is reported accepted; send again, the article id is stable).

The source is the item's own when it names one (ninjs provider, ...), else ``source``, else
"push". Every outcome is counted in ``copydesk_ingested_total{format,outcome}`` (format: text,
html, ninjs or newsml as the Content-Type said; ``unknown`` for an unknown type), and each
rejection by kind in ``copydesk_ingest_rejected_total{reason}``; 401s and 413s also show in the
HTTP request metrics. ``/healthz`` and ``/metrics`` need no token.
"""

from __future__ import annotations

import functools
import logging

import anyio
import orjson
from fastapi import FastAPI, Query, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from starlette.requests import ClientDisconnect

from services.api import problems
from services.api.metrics import MetricsMiddleware
from services.bus.port import Publisher, PublishError
from services.common.metrics import create_api_metrics, create_metrics
from services.ingestor.rejections import rejection_kind
from services.intake.accept import accept
from services.intake.gate import BodyTooLarge, IntakeGate, read_limited
from services.intake.media import UnsupportedMedia, input_format, to_utf8

log = logging.getLogger(__name__)
DEFAULT_SOURCE = "push"
INPUT_NAME = "POST /ingest"


def create_intake_app(
    publisher: Publisher,
    topic: str,
    *,
    token: str,
    max_body_bytes: int,
    registry: CollectorRegistry | None = None,
) -> FastAPI:
    registry = registry if registry is not None else CollectorRegistry()
    metrics = create_metrics(registry)
    app = FastAPI(title="copydesk intake", version="1", docs_url=None, redoc_url=None)
    problems.install(app)

    def count(fmt: str, outcome: str, n: int = 1, reason: str | None = None) -> None:
        if n:
            metrics.ingested.labels(format=fmt, outcome=outcome).inc(n)
            if reason is not None:
                metrics.rejected_inputs.labels(reason).inc(n)

    @app.post("/ingest", status_code=202)
    async def ingest(
        request: Request, source: str | None = Query(default=None, min_length=1, max_length=200)
    ) -> Response:
        path = request.url.path
        try:
            media = input_format(request.headers.get("content-type"))
        except UnsupportedMedia as exc:
            count("unknown", "rejected", reason="unsupported")
            return problems.problem(415, str(exc), instance=path)
        try:
            body = await read_limited(request, max_body_bytes)
        except BodyTooLarge as exc:
            count(media.kind, "rejected", reason="too-large")
            return problems.problem(413, str(exc), instance=path)
        except ClientDisconnect:
            return problems.problem(400, "the client went away before the body was complete", instance=path)
        if media.charset is not None:
            try:
                body = to_utf8(body, media.charset)
            except UnicodeDecodeError as exc:
                count(media.kind, "rejected", reason="unreadable")
                return problems.problem(
                    422, f"the body is not {media.charset} text ({exc.reason} at byte {exc.start})", instance=path
                )
        read = functools.partial(
            accept,
            publisher,
            topic,
            INPUT_NAME,
            body,
            fmt=media.fmt,
            source=source or DEFAULT_SOURCE,
            max_bytes=max_body_bytes,
        )
        try:
            result = await anyio.to_thread.run_sync(read)
        except PublishError as exc:
            log.error("intake: not confirmed by the bus: %s", exc)
            return problems.problem(
                503,
                "the article was not confirmed by the bus; send it again",
                instance=path,
                headers={"Retry-After": "5"},
            )
        rejected = [{"input": r.input, "reason": r.reason} for r in result.rejected]
        count(media.kind, "ok", len(result.events))
        for r in result.rejected:
            count(media.kind, "rejected", reason=rejection_kind(r.reason))
            log.warning("intake: rejected %s", r)
        if not result.events:
            detail = "; ".join(r.reason for r in result.rejected) or "no article in the body"
            return problems.problem(
                422,
                f"nothing ingested: {detail}",
                instance=path,
                errors=[{"parameter": "body", "in": "body", "detail": r.reason} for r in result.rejected],
            )
        ids = [e.article_id for e in result.events]
        answer = {"article_id": ids[0], "article_ids": ids, "rejected": rejected}
        return Response(orjson.dumps(answer), status_code=202, media_type="application/json")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/metrics")
    def metrics_endpoint() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    app.add_middleware(IntakeGate, token=token, max_body_bytes=max_body_bytes)
    app.add_middleware(MetricsMiddleware, metrics=create_api_metrics(registry))  # outermost: sees refusals too
    return app
