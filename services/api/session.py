"""The editor's browser session: a cookie standing for the API token.

A browser cannot add an ``Authorization`` header to the links it follows, so ``POST /login`` (see
``login``) checks the token once and sets COOKIE, which the guard then accepts like the header.
The cookie holds an HMAC of the token, not the token itself: it opens the pages and the API of
this server and nothing else, and changing the token ends every session. It is HttpOnly (no
script reads it), SameSite=Strict (no other site's page sends it) and Secure over HTTPS.
"""

from __future__ import annotations

import hashlib
import hmac

COOKIE = "copydesk_session"
_CONTEXT = b"copydesk editor session v1"


def session_value(token: str) -> str:
    """The cookie value for ``token``."""
    return hmac.new(token.encode(), _CONTEXT, hashlib.sha256).hexdigest()


def cookie_header(value: str, *, secure: bool, clear: bool = False) -> str:
    """A Set-Cookie header value: the session (ends with the browser), or its removal."""
    attributes = ["Path=/", "HttpOnly", "SameSite=Strict"] + (["Secure"] if secure else [])
    if clear:
        return "; ".join([f"{COOKIE}=", "Max-Age=0", *attributes])
    return "; ".join([f"{COOKIE}={value}", *attributes])
