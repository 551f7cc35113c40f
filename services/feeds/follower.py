"""The feed loop: poll each feed on its interval and publish each new or changed item once.

:meth:`FeedFollower.poll` polls one feed once: a conditional GET (the ETag and Last-Modified of
the last fully handled response), the bytes read as a feed, and each item whose version (see
:func:`services.feeds.parse.fingerprint`) is not in the feed's state read by the ingestor as a
ninjs item and published under the feed's source (the name given for the feed, else the feed's
title, else its host). Only when every new item is confirmed by the bus (or rejected as bad
input) are the validators and item versions saved; a poll that fails part-way saves nothing, so
the next poll fetches and sends again (at-least-once; the ingestor's stable ids make a repeat
harmless) instead of a 304 hiding items that were never sent.

Bad input never stops the loop: a fetch error (timeout, refused, HTTP error, over the size
limit), bytes that are no feed (HTML, garbage), an item without id or content, an item the
ingestor rejects: each is logged as ``feed URL: reason`` and counted in
``copydesk_ingested_total{format="feed",outcome="rejected"}`` and by kind in
``copydesk_ingest_rejected_total{reason}``; published items are counted with ``outcome="ok"``. A failed poll is retried after a capped exponential backoff with jitter
(:mod:`services.feeds.backoff`); the other feeds keep their own schedule.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from events.models import ArticleReceived, ArticleWithdrawn
from services.bus.port import Publisher, PublishError
from services.common.metrics import Metrics
from services.feeds.backoff import next_delay
from services.feeds.feedlist import FeedSpec
from services.feeds.fetch import Fetched, FetchError, fetch
from services.feeds.parse import FeedError, fingerprint, item_document, read_feed
from services.feeds.state import FeedState, load_state, save_state
from services.ingestor.publish import publish_articles
from services.ingestor.rejections import rejection_kind
from services.intake.accept import read_one

log = logging.getLogger(__name__)
METRIC_FORMAT = "feed"
PROBLEM = "rejected"  # the version remembered for an entry that was reported as bad input


@dataclass(frozen=True)
class FollowSettings:
    interval: float = 300.0
    timeout: float = 20.0
    max_feed_bytes: int = 10 * 1024 * 1024
    max_input_bytes: int = 20 * 1024 * 1024
    backoff_base: float = 10.0
    backoff_cap: float = 1800.0
    max_items: int = 5000


@dataclass(frozen=True)
class ItemRejection:
    """An item of a feed that was not published: ``what`` names it and says why."""

    what: str
    kind: str  # one of REJECTION_KINDS

    def __str__(self) -> str:
        return self.what


@dataclass
class FeedPoll:
    """What one poll of one feed did."""

    url: str
    published: list[ArticleReceived | ArticleWithdrawn] = field(default_factory=list)
    rejected: list[ItemRejection] = field(default_factory=list)
    unchanged: int = 0
    not_modified: bool = False
    error: str | None = None  # the poll failed: nothing was saved, it is retried after a backoff
    error_kind: str | None = None  # its kind for the rejection metric, when it is bad input

    def summary(self) -> str:
        if self.error:
            return f"feed {self.url}: failed: {self.error}"
        if self.not_modified:
            return f"feed {self.url}: not modified"
        return (
            f"feed {self.url}: published {len(self.published)} item(s), {self.unchanged} unchanged, "
            f"rejected {len(self.rejected)}"
        )


Fetcher = Callable[..., Fetched]


class FeedFollower:
    def __init__(
        self,
        feeds: Sequence[FeedSpec],
        publisher: Publisher,
        topic: str,
        state_dir: Path,
        settings: FollowSettings = FollowSettings(),
        *,
        metrics: Metrics | None = None,
        fetcher: Fetcher = fetch,
        rand: Callable[[], float] = random.random,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.feeds = list(feeds)
        self.publisher = publisher
        self.topic = topic
        self.state_dir = state_dir
        self.settings = settings
        self.metrics = metrics
        self.fetcher = fetcher
        self.rand = rand
        self.clock = clock
        self._states: dict[str, FeedState] = {}

    def state(self, url: str) -> FeedState:
        if url not in self._states:
            self._states[url] = load_state(self.state_dir, url, self.settings.max_items)
        return self._states[url]

    def poll(self, spec: FeedSpec) -> FeedPoll:
        """Poll one feed once (see the module docstring); never raises for bad input or a bus error."""
        result = FeedPoll(spec.url)
        state = self.state(spec.url)
        try:
            fetched = self.fetcher(
                spec.url,
                etag=state.etag,
                last_modified=state.last_modified,
                timeout=self.settings.timeout,
                max_bytes=self.settings.max_feed_bytes,
            )
            if fetched.status == 304:
                result.not_modified = True
                return result
            feed = read_feed(fetched.body, fetched.content_type)
        except (FetchError, FeedError) as exc:
            return self._failed(result, str(exc), kind=exc.kind)
        if feed.warning:
            log.info("feed %s: read in spite of an XML error: %s", spec.url, feed.warning)
        source = spec.source or feed.title or urlsplit(spec.url).netloc
        handled: list[tuple[str, str]] = []
        for problem in feed.problems:
            if not state.handled(problem.key, PROBLEM):
                result.rejected.append(ItemRejection(str(problem), problem.kind))
            handled.append((problem.key, PROBLEM))
        for item in feed.items:
            version = fingerprint(item)
            if state.handled(item.identity, version):
                state.touch(item.identity)
                result.unchanged += 1
                continue
            read = read_one(
                spec.url, item_document(item), fmt="ninjs", source=source, max_bytes=self.settings.max_input_bytes
            )
            result.rejected.extend(
                ItemRejection(f"item {item.identity!r}: {r.reason}", rejection_kind(r.reason)) for r in read.rejected
            )
            result.published.extend(read.events)
            handled.append((item.identity, version))
        try:
            if result.published:
                publish_articles(self.publisher, self.topic, result.published)
        except PublishError as exc:
            result.published, result.rejected = [], []
            return self._failed(result, f"not confirmed by the bus, will send again: {exc}", kind=None)
        for identity, version in handled:
            state.remember(identity, version)
        state.etag, state.last_modified = fetched.etag, fetched.last_modified
        try:
            save_state(self.state_dir, state)
        except OSError as exc:  # the poll stands; a restart before the next save sends these items again
            log.error("feed %s: state not saved to %s: %s", spec.url, self.state_dir, exc)
        for reason in result.rejected:
            log.warning("feed %s: rejected %s", spec.url, reason)
        self._count("ok", len(result.published))
        for rejection in result.rejected:
            self._count("rejected", 1, rejection.kind)
        log.info("%s", result.summary())
        return result

    def _failed(self, result: FeedPoll, reason: str, *, kind: str | None) -> FeedPoll:
        """A failed poll: bad input when ``kind`` is given (counted), else the bus (logged as an error)."""
        result.error, result.error_kind = reason, kind
        (log.warning if kind else log.error)("%s", result.summary())
        if kind:
            self._count("rejected", 1, kind)
        return result

    def _count(self, outcome: str, n: int, kind: str | None = None) -> None:
        if self.metrics is not None and n:
            self.metrics.ingested.labels(format=METRIC_FORMAT, outcome=outcome).inc(n)
            if kind is not None:
                self.metrics.rejected_inputs.labels(kind).inc(n)

    def poll_all(self) -> list[FeedPoll]:
        """Every feed polled once, in order."""
        return [self.poll(spec) for spec in self.feeds]

    def run(self, stop: threading.Event) -> None:
        """Poll every feed on its schedule until ``stop`` is set (checked between polls; a poll in
        progress ends within the fetch timeout). A poll that raises is logged and backed off like a
        failed one; the loop never ends on one feed's fault."""
        due = {spec.url: self.clock() for spec in self.feeds}
        failures = dict.fromkeys(due, 0)
        by_url = {spec.url: spec for spec in self.feeds}
        while due and not stop.is_set():
            url = min(due, key=due.__getitem__)
            wait = due[url] - self.clock()
            if wait > 0 and stop.wait(wait):
                break
            try:
                failed = self.poll(by_url[url]).error is not None
            except Exception:  # a fault no rule above foresaw (a bus timeout, a parser bug): this feed only
                log.exception("feed %s: poll failed; nothing was saved, it is retried after a backoff", url)
                failed = True
            failures[url] = failures[url] + 1 if failed else 0
            due[url] = self.clock() + next_delay(
                failures[url],
                interval=self.settings.interval,
                base=self.settings.backoff_base,
                cap=self.settings.backoff_cap,
                rand=self.rand,
            )
