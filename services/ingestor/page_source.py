"""The outlet an HTML page names for itself: its ``og:site_name``, else the domain of its canonical URL.

``page_source(head, url)`` reads the page's head bytes (bounded by the caller) and returns the
source, or None when the page names none. The domain is the URL's host in lower case, without a
port or a leading ``www.``: ``https://www.Example.com:443/x`` is ``example.com``.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

# Bounded: attribute runs and values are capped in length; either attribute order.
_SITE_NAME = re.compile(
    rb"""<meta\b[^>]{0,300}?(?:property|name)=["']og:site_name["'][^>]{0,300}?content=["']([^"'<>]{1,200})["']"""
    rb"""|<meta\b[^>]{0,300}?content=["']([^"'<>]{1,200})["'][^>]{0,300}?(?:property|name)=["']og:site_name["']""",
    re.IGNORECASE,
)


def page_source(head: bytes, url: str | None) -> str | None:
    match = _SITE_NAME.search(head)
    if match:
        name = " ".join(html.unescape((match.group(1) or match.group(2)).decode("utf-8", "replace")).split())
        if name:
            return name
    return domain(url)


def domain(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.lower().removeprefix("www.") or None
