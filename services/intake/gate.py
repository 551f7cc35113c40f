"""The intake's gate: token and declared size checked before a body is read.

:class:`IntakeGate` wraps the intake app. For a protected path it refuses, without reading a
byte of the body:

1. a request without ``Authorization: Bearer <token>`` (scheme case-insensitive) or with another
   token: 401. The token is compared in constant time (digests of equal length, so not even
   its length leaks);
2. a request whose Content-Length is over ``max_body_bytes`` (or not a number): 413.

A chunked body has no declared length: :func:`read_limited` counts it while it streams and
stops at the limit (the route then answers 413). A response without reading the body makes the
server close the connection afterwards, so the rest is never read either.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Collection

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from services.api.problems import problem


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"request body larger than the {limit:,}-byte limit")


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header (any case of "Bearer"), else None."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def token_matches(given: str | None, expected: str) -> bool:
    if given is None:
        return False
    return hmac.compare_digest(_digest(given), _digest(expected))


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).digest()


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, read as it streams; :class:`BodyTooLarge` as soon as it passes ``limit``."""
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit)
        parts.append(chunk)
    return b"".join(parts)


class IntakeGate:
    def __init__(
        self, app: ASGIApp, *, token: str, max_body_bytes: int, protected: Collection[str] = ("/ingest",)
    ) -> None:
        if not token:
            raise ValueError("the intake needs a bearer token")
        self.app = app
        self.token = token
        self.max_body_bytes = max_body_bytes
        self.protected = frozenset(protected)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in self.protected:
            path = scope["path"]
            if not token_matches(bearer_token(_header(scope, b"authorization")), self.token):
                refusal = problem(
                    401,
                    "missing or wrong bearer token in the Authorization header",
                    instance=path,
                    headers={"WWW-Authenticate": 'Bearer realm="copydesk-intake"'},
                )
                await refusal(scope, receive, send)
                return
            declared = _header(scope, b"content-length")
            if declared is not None and (not declared.strip().isdigit() or int(declared) > self.max_body_bytes):
                detail = (
                    f"request body of {int(declared):,} bytes is larger than the {self.max_body_bytes:,}-byte limit"
                    if declared.strip().isdigit()
                    else f"Content-Length {declared[:40]!r} is not a number"
                )
                await problem(413 if declared.strip().isdigit() else 400, detail, instance=path)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key.lower() == name:
            return value.decode("latin-1")
    return None
