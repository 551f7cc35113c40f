"""The feeds to follow: URLs from the command line and from a feeds file.

A feeds file holds one feed a line: the URL, then optionally the source name to publish its
items under (the rest of the line; default: the feed's own title). Blank lines and lines
starting with ``#`` are ignored. ``read_feed_list`` raises :class:`FeedListError` naming the
file, the line and the reason; a URL must be http or https.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit


class FeedListError(ValueError):
    """A feed URL or feeds-file line that cannot be followed."""


@dataclass(frozen=True)
class FeedSpec:
    url: str
    source: str | None = None  # None: the feed's title


def check_url(url: str) -> str:
    """``url`` when it is an absolute http(s) URL, else :class:`FeedListError`."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FeedListError(f"{url!r} is not an http or https URL")
    return url


def parse_feed_list(lines: Iterable[str], name: str) -> list[FeedSpec]:
    specs: list[FeedSpec] = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        url, *rest = text.split(None, 1)  # any whitespace after the URL: a tab or spaces
        try:
            check_url(url)
        except FeedListError as exc:
            raise FeedListError(f"{name}:{number}: {exc}") from None
        specs.append(FeedSpec(url, rest[0].strip() if rest else None))
    return specs


def read_feed_list(path: str) -> list[FeedSpec]:
    try:
        with open(path, encoding="utf-8") as handle:
            return parse_feed_list(handle, path)
    except OSError as exc:
        raise FeedListError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise FeedListError(f"{path}: not UTF-8 text") from None


def feed_specs(urls: Iterable[str], files: Iterable[str], source: str | None = None) -> list[FeedSpec]:
    """The feeds of ``urls`` (published under ``source`` when given) then of each file, each URL
    once (the first mention wins)."""
    specs = [FeedSpec(check_url(u), source) for u in urls]
    for path in files:
        specs.extend(read_feed_list(path))
    unique: dict[str, FeedSpec] = {}
    for spec in specs:
        unique.setdefault(spec.url, spec)
    return list(unique.values())
