"""RFC 9457 problem details: every error the API gives is ``application/problem+json``.

A problem has ``type`` (always ``about:blank``: the status code says what went wrong),
``title`` (the status phrase), ``status``, ``detail`` (what was wrong with this request, naming
the input) and ``instance`` (the request path). A 422 adds ``errors``: one entry per refused
parameter, ``{"parameter", "in", "detail"}``. Nothing internal (tracebacks, SQL) is ever shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response

from services.store.port import InvalidQuery

MEDIA_TYPE = "application/problem+json"

log = logging.getLogger(__name__)


def problem(
    status: int,
    detail: str,
    *,
    instance: str | None = None,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """A problem+json response for ``status`` with ``detail``."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if instance is not None:
        body["instance"] = instance
    if errors:
        body["errors"] = errors
    return Response(orjson.dumps(body), status_code=status, media_type=MEDIA_TYPE, headers=headers)


def parameter_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    """One ``{"parameter", "in", "detail"}`` per pydantic error of a refused request."""
    errors = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        where, name = (loc[0], ".".join(loc[1:]) or loc[0]) if loc else ("request", "request")
        errors.append({"parameter": name, "in": where, "detail": str(err.get("msg", "invalid"))})
    return errors


PagePainter = Callable[[Request, int, str], Response]


def install(app: FastAPI, page: PagePainter | None = None, page_prefix: str = "/ui/") -> None:
    """Register the handlers that turn every error into a problem.

    When ``page`` is given, errors on paths under ``page_prefix`` (pages people read) are
    rendered by it instead, with the same status and detail.
    """

    def answer(request: Request, status: int, detail: str, **extra: Any) -> Response:
        if page is not None and request.url.path.startswith(page_prefix):
            return page(request, status, detail)
        return problem(status, detail, instance=request.url.path, **extra)

    async def on_http(request: Request, exc: HTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no resource at {request.url.path}"
        return answer(request, exc.status_code, detail, headers=exc.headers)

    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        errors = parameter_errors(exc)
        names = ", ".join(dict.fromkeys(e["parameter"] for e in errors))
        detail = f"invalid parameter {names}: " + "; ".join(f"{e['parameter']}: {e['detail']}" for e in errors)
        return answer(request, 422, detail, errors=errors)

    async def on_invalid_query(request: Request, exc: InvalidQuery) -> Response:
        message = str(exc)
        name = message.split(":", 1)[0].strip() if ":" in message else "query"
        errors = [{"parameter": name, "in": "query", "detail": message}]
        return answer(request, 422, f"invalid parameter {message}", errors=errors)

    async def on_crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem(500, "the server failed to answer this request; the error is logged", instance=request.url.path)

    app.add_exception_handler(HTTPException, on_http)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, on_validation)  # type: ignore[arg-type]
    app.add_exception_handler(InvalidQuery, on_invalid_query)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, on_crash)
