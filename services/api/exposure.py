"""What the API shows of where an article came from, without the server's file system.

An article read from a file keeps the path it was given as ``input`` (an absolute path on the
ingesting machine, often), and a ninjs ``uri`` or a canonical link may be a ``file:`` URL. Readers
of the API get the file name alone (enough to recognise the wire file) and only web URLs.
"""

from __future__ import annotations

from typing import Any

WEB_SCHEMES = ("http://", "https://")


def public_input(value: str) -> str:
    """A web URL or ``-`` (stdin) as it is; a path (POSIX or Windows) as its last component."""
    if value == "-" or value.lower().startswith(WEB_SCHEMES):
        return value
    name = value.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or "-"


def public_url(value: str | None) -> str | None:
    """``value`` when it is an http(s) URL, else None (a ``file:`` URL names a server path)."""
    return value if value is not None and value.lower().startswith(WEB_SCHEMES) else None


def without_server_paths(article: dict[str, Any]) -> dict[str, Any]:
    """The article document with ``input`` reduced to a file name and ``url`` kept only if on the web."""
    shown = dict(article)
    if isinstance(shown.get("input"), str):
        shown["input"] = public_input(shown["input"])
    if "url" in shown:
        shown["url"] = public_url(shown["url"])
    return shown
