"""What a follower remembers about one feed across restarts: its validators and what it published.

One small JSON file per feed in the state directory, named by a hash of the feed's URL. It holds
the ETag and Last-Modified of the last response whose items were all handled, and, for the most
recent ``max_items`` items, a hash of each item's id with the fingerprint of the version handled
(published, or rejected as bad input, so a bad item is not reported again until it changes).
Ids are stored hashed so an item's size never grows the file: the file is bounded by
``max_items`` whatever the feed sends. Saving is atomic (a temporary file renamed over the old
one), so a crash leaves the previous state or the new one, never half of either.

A state file that cannot be read (missing, or not this format) starts the feed afresh: its items
are published again, which the ingestor's stable ids make harmless.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import orjson

log = logging.getLogger(__name__)
FORMAT = 1


def _key(identity: str) -> str:
    return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass
class FeedState:
    url: str
    max_items: int = 5000
    etag: str | None = None
    last_modified: str | None = None
    items: OrderedDict[str, str] = field(default_factory=OrderedDict)  # id hash -> fingerprint, oldest first

    def handled(self, identity: str, fingerprint: str) -> bool:
        """True when this version of the item was already published (or rejected)."""
        return self.items.get(_key(identity)) == fingerprint

    def remember(self, identity: str, fingerprint: str) -> None:
        key = _key(identity)
        self.items.pop(key, None)
        self.items[key] = fingerprint
        while len(self.items) > self.max_items:
            self.items.popitem(last=False)

    def touch(self, identity: str) -> None:
        """Mark an unchanged item as recently seen, so items still in the feed are forgotten last."""
        key = _key(identity)
        if key in self.items:
            self.items.move_to_end(key)

    def to_json(self) -> bytes:
        return orjson.dumps(
            {
                "format": FORMAT,
                "url": self.url,
                "etag": self.etag,
                "last_modified": self.last_modified,
                "items": list(self.items.items()),
            }
        )


def state_path(directory: Path, url: str) -> Path:
    return directory / f"{hashlib.sha256(url.encode()).hexdigest()[:20]}.json"


def load_state(directory: Path, url: str, max_items: int) -> FeedState:
    path = state_path(directory, url)
    state = FeedState(url, max_items)
    try:
        doc = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return state
    except (OSError, orjson.JSONDecodeError) as exc:
        log.warning("feed state %s for %s cannot be read (%s); starting the feed afresh", path, url, exc)
        return state
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("url") != url:
        log.warning("feed state %s is not a state of %s; starting the feed afresh", path, url)
        return state
    state.etag = doc.get("etag") if isinstance(doc.get("etag"), str) else None
    state.last_modified = doc.get("last_modified") if isinstance(doc.get("last_modified"), str) else None
    for pair in doc.get("items") or ():
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, str) for v in pair):
            state.items[pair[0]] = pair[1]
    while len(state.items) > max_items:
        state.items.popitem(last=False)
    return state


def save_state(directory: Path, state: FeedState) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    path = state_path(directory, state.url)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(state.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
