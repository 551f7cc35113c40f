"""The request guard: the gate every HTTP request passes before routing.

In order it:
1. refuses any method but GET and HEAD with 405 (the API is read-only by design);
2. when a token is configured, refuses a request without ``Authorization: Bearer <token>`` (the
   scheme name in any case, RFC 9110) or the session cookie ``/login`` sets (see ``session``)
   with 401, or, for a browser asking for a page (``Accept: text/html``), sends it to the login
   form (303). Paths in ``open_paths`` stay open (/healthz for liveness probes, the login form,
   the stylesheet); the ``form_paths`` (/login, /logout) also take POST;
3. refuses a request whose Content-Length exceeds ``max_body_bytes`` (or is not a number) with
   413; no route reads a body, so a chunked body is never read at all;
4. answers HEAD as GET without the body;
5. replaces a response declaring more than ``max_response_bytes`` (Content-Length) by a 500
   problem saying so, so no answer beyond the limit ever leaves (pages are capped at 100
   items, so only an outsized article can reach it).
Every refusal is a problem+json response (see problems.py).
"""

from __future__ import annotations

import hmac
from collections.abc import Collection
from http.cookies import CookieError, SimpleCookie

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.api.login import LOGIN, LOGOUT, login_location
from services.api.problems import problem
from services.api.session import COOKIE, session_value

ALLOWED_METHODS = ("GET", "HEAD")


class RequestGuard:
    def __init__(
        self,
        app: ASGIApp,
        *,
        token: str | None,
        max_body_bytes: int,
        max_response_bytes: int,
        open_paths: Collection[str] = ("/healthz", LOGIN, "/static/copydesk.css"),
        form_paths: Collection[str] = (LOGIN, LOGOUT),
    ) -> None:
        self.app = app
        self.expected = token.encode() if token else None
        self.session = session_value(token).encode() if token else None
        self.form_paths = frozenset(form_paths) if token else frozenset()
        self.max_body_bytes = max_body_bytes
        self.max_response_bytes = max_response_bytes
        self.open_paths = frozenset(open_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        method = scope["method"]
        if method not in ALLOWED_METHODS and not (method == "POST" and path in self.form_paths):
            refusal = problem(
                405,
                f"method {method} is not allowed: this API is read-only (GET, HEAD)",
                instance=path,
                headers={"Allow": ", ".join(ALLOWED_METHODS)},
            )
            await refusal(scope, receive, send)
            return
        if self.expected is not None and path not in self.open_paths and not self._authorised(scope):
            if method == "GET" and _wants_page(scope):
                await _see_other(login_location(path, scope.get("query_string", b"").decode("latin-1")))(
                    scope, receive, send
                )
                return
            refusal = problem(
                401,
                "missing or wrong bearer token in the Authorization header",
                instance=path,
                headers={"WWW-Authenticate": 'Bearer realm="copydesk"'},
            )
            await refusal(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body_bytes):
            await self._too_large(scope, receive, send)
            return
        if method == "HEAD":
            scope["method"] = "GET"  # in place: outer middleware reads the matched route from this scope
            send = _without_body(send)
        await self.app(scope, receive, self._bounded(scope, receive, send))

    def _authorised(self, scope: Scope) -> bool:
        """A bearer token (scheme name in any case, then one or more spaces) or the session cookie."""
        given = _header(scope, b"authorization")
        if given is not None:
            scheme, _, credentials = given.strip(" ").partition(" ")
            if scheme.lower() == "bearer" and hmac.compare_digest(
                credentials.lstrip(" ").encode("latin-1"), self.expected or b""
            ):
                return True
        session = _cookie(scope, COOKIE)
        return session is not None and hmac.compare_digest(session.encode("latin-1"), self.session or b"")

    def _bounded(self, scope: Scope, receive: Receive, send: Send) -> Send:
        refused = False

        async def send_bounded(message: Message) -> None:
            nonlocal refused
            if message["type"] == "http.response.start":
                length = dict(message.get("headers", ())).get(b"content-length", b"0")
                if length.isdigit() and int(length) > self.max_response_bytes:
                    refused = True
                    detail = (
                        f"the answer ({int(length)} bytes) exceeds the response limit"
                        f" of {self.max_response_bytes} bytes"
                    )
                    await problem(500, detail, instance=scope["path"])(scope, receive, send)
                    return
            if not refused:
                await send(message)

        return send_bounded

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        refusal = problem(413, f"request body larger than {self.max_body_bytes} bytes", instance=scope["path"])
        await refusal(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _cookie(scope: Scope, name: str) -> str | None:
    """The value of cookie ``name`` in the request, if any (a malformed Cookie header: none)."""
    for key, value in scope["headers"]:
        if key.lower() == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except CookieError:
                continue
            if name in jar:
                return jar[name].value
    return None


def _wants_page(scope: Scope) -> bool:
    accept = _header(scope, b"accept") or ""
    return "text/html" in accept.lower()


def _see_other(location: str) -> ASGIApp:
    async def redirect(scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 303,
                "headers": [(b"location", location.encode("latin-1")), (b"content-length", b"0")],
            }
        )
        await send({"type": "http.response.body", "body": b""})

    return redirect


def _without_body(send: Send) -> Send:
    async def send_headers_only(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return send_headers_only
