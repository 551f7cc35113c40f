"""A bounded conditional HTTP GET for feeds (standard library urllib, no other client needed).

``fetch(url, etag=..., last_modified=..., timeout=..., max_bytes=...)`` returns a :class:`Fetched`
(status 200 with the body, or 304 not modified) or raises :class:`FetchError` with a one-line
reason: a timeout, a refused connection, an HTTP error status, or a body over ``max_bytes``. The
size limit holds before the body is read (a declared Content-Length over it is refused) and while
it is read (at most ``max_bytes + 1`` bytes are taken); ``timeout`` bounds each socket operation
and the whole read. Only http and https URLs are fetched, and no compressed encoding is asked for.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from services.feeds.feedlist import check_url

USER_AGENT = "copydesk-feed-follower/0.1"
ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
CHUNK = 64 * 1024


class FetchError(RuntimeError):
    """The feed could not be fetched; the message is the reason, ``kind`` its kind for the
    rejection metric (``too-large``, or ``unreadable`` for every other failure)."""

    def __init__(self, reason: str, kind: str = "unreadable") -> None:
        super().__init__(reason)
        self.kind = kind


@dataclass(frozen=True)
class Fetched:
    status: int  # 200 or 304
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def fetch(url: str, *, etag: str | None, last_modified: str | None, timeout: float, max_bytes: int) -> Fetched:
    check_url(url)
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers, method="GET")
    deadline = time.monotonic() + timeout
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared is not None and declared.strip().isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    f"the feed declares {int(declared):,} bytes, over the {max_bytes:,}-byte limit; not read",
                    "too-large",
                )
            body = _read_bounded(response, max_bytes, deadline, timeout)
            return Fetched(200, body, response.headers.get("Content-Type"), *_validators(response.headers))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(
                304,
                etag=exc.headers.get("ETag") or etag,
                last_modified=exc.headers.get("Last-Modified") or last_modified,
            )
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise FetchError(f"timed out after {timeout:g} s") from None
        raise FetchError(f"cannot connect: {exc.reason}") from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # reset, truncated body, bad status line
        raise FetchError(f"transfer failed: {exc.__class__.__name__}: {exc}") from None


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects (urllib's limits) but only to http and https URLs."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        try:
            check_url(newurl)
        except ValueError as exc:
            raise FetchError(f"redirected to a URL that is not followed: {exc}") from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects)


def _read_bounded(response, max_bytes: int, deadline: float, timeout: float) -> bytes:
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(
                f"the feed is larger than the {max_bytes:,}-byte limit; read stopped at {size:,} bytes", "too-large"
            )
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g} s while reading the body ({size:,} bytes read)")
        parts.append(chunk)


def _validators(headers: Message) -> tuple[str | None, str | None]:
    return headers.get("ETag"), headers.get("Last-Modified")
