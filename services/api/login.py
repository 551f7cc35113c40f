"""``/login`` and ``/logout``: the editor's pages in a browser under an API token.

``GET /login`` shows a form asking for the token; ``POST /login`` (a form body, ``token`` and
``next``) checks it in constant time and, when right, sets the session cookie (see ``session``)
and sends the browser on to ``next`` (a path of this site only); a wrong token shows the form
again with 401. ``POST /logout`` removes the cookie. The guard lets these two paths take POST,
and sends a browser asking for a page without credentials here (303).
"""

from __future__ import annotations

import hmac
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from services.api.session import cookie_header, session_value

LOGIN, LOGOUT = "/login", "/logout"
DEFAULT_NEXT = "/ui/articles"
MAX_NEXT_CHARS = 2000


def safe_next(value: str | None) -> str:
    """``value`` if it is a path on this site (``/...``, not ``//host`` or ``/\\host``), else DEFAULT_NEXT."""
    if not value or len(value) > MAX_NEXT_CHARS or not value.startswith("/") or value[1:2] in ("/", "\\"):
        return DEFAULT_NEXT
    if any(ord(c) < 0x20 or c == "\x7f" for c in value):
        return DEFAULT_NEXT
    return value


def login_location(path: str, query: str) -> str:
    """Where the guard sends a browser that asked for ``path?query`` without credentials."""
    return f"{LOGIN}?{urlencode({'next': path + ('?' + query if query else '')})}"


def login_routes(token: str, views: Jinja2Templates, page_headers: dict[str, str]) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    expected = session_value(token)

    def form(request: Request, status: int, next_path: str, failed: bool) -> Response:
        return views.TemplateResponse(
            request, "login.html", {"next": next_path, "failed": failed}, status_code=status, headers=page_headers
        )

    @router.get(LOGIN, response_class=HTMLResponse)
    def login_page(request: Request) -> Response:
        return form(request, 200, safe_next(request.query_params.get("next")), failed=False)

    @router.post(LOGIN, response_class=HTMLResponse)
    async def log_in(request: Request) -> Response:
        fields = parse_qs((await request.body()).decode("utf-8", errors="replace"))
        given = (fields.get("token") or [""])[0]
        next_values = fields.get("next")
        next_path = safe_next(next_values[0] if next_values else None)
        if not hmac.compare_digest(session_value(given), expected):
            return form(request, 401, next_path, failed=True)
        response = RedirectResponse(next_path, status_code=303)
        response.headers["Set-Cookie"] = cookie_header(expected, secure=request.url.scheme == "https")
        return response

    @router.post(LOGOUT)
    def log_out(request: Request) -> Response:
        response = RedirectResponse(LOGIN, status_code=303)
        response.headers["Set-Cookie"] = cookie_header("", secure=request.url.scheme == "https", clear=True)
        return response

    return router
