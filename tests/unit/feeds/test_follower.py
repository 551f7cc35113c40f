"""The feed loop against an in-memory web (a twin of services.feeds.fetch) and the memory bus."""

from __future__ import annotations

import threading

from events.codec import decode
from events.models import ArticleReceived
from services.bus.memory import MemoryPublisher
from services.bus.port import PublishError
from services.common.metrics import create_metrics
from services.feeds.feedlist import FeedSpec
from services.feeds.fetch import Fetched, FetchError
from services.feeds.follower import FeedFollower, FollowSettings
from tests.unit.feeds.feeds_samples import rss, story

URL = "https://wire.example/feed.xml"
TOPIC = "copydesk.articles.raw"


class MemoryWeb:
    """Serves feeds by URL with ETags (answering 304 to a matching If-None-Match), or fails."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[bytes, str]] = {}
        self.failures: dict[str, str] = {}
        self.requests: list[tuple[str, str | None]] = []

    def serve(self, url: str, body: bytes) -> None:
        self.pages[url] = (body, f'"{len(self.requests)}-{hash(body)}"')

    def __call__(self, url, *, etag, last_modified, timeout, max_bytes):  # noqa: ANN001, ANN204
        self.requests.append((url, etag))
        if url in self.failures:
            raise FetchError(self.failures[url])
        body, tag = self.pages[url]
        if etag == tag:
            return Fetched(304, etag=tag)
        return Fetched(200, body, "application/rss+xml", tag, None)


class FlakyPublisher(MemoryPublisher):
    def __init__(self) -> None:
        super().__init__()
        self.down = False

    def publish(self, records) -> None:  # noqa: ANN001
        if self.down:
            raise PublishError("broker unreachable")
        super().publish(records)


def follower(tmp_path, web, publisher, feeds=(FeedSpec(URL),), metrics=None):  # noqa: ANN001, ANN201
    return FeedFollower(list(feeds), publisher, TOPIC, tmp_path / "state", FollowSettings(), metrics=metrics,
                        fetcher=web, rand=lambda: 0.5)


def published(publisher: MemoryPublisher) -> list[ArticleReceived]:
    return [decode(r.value, ArticleReceived) for r in publisher.on(TOPIC)]


def test_a_feed_polled_twice_publishes_new_items_once(tmp_path):
    web, bus = MemoryWeb(), MemoryPublisher()
    web.serve(URL, rss([story(1), story(2)]))
    first = follower(tmp_path, web, bus).poll(FeedSpec(URL))
    web.serve(URL, rss([story(3), story(1), story(2)]))  # a new item on top
    second = follower(tmp_path, web, bus).poll(FeedSpec(URL))  # a new follower: state read back from disk
    assert len(first.published) == 2 and len(second.published) == 1 and second.unchanged == 2
    assert [e.headline for e in published(bus)] == ["Story 1", "Story 2", "Story 3"]
    assert {e.source for e in published(bus)} == {"Wire One"}


def test_an_unchanged_feed_is_asked_for_conditionally_and_sends_nothing(tmp_path):
    web, bus = MemoryWeb(), MemoryPublisher()
    web.serve(URL, rss([story(1)]))
    feeds = follower(tmp_path, web, bus)
    feeds.poll(FeedSpec(URL))
    again = feeds.poll(FeedSpec(URL))
    assert again.not_modified and len(bus.sent) == 1
    assert web.requests[0][1] is None and web.requests[1][1] == web.pages[URL][1]


def test_a_changed_item_is_published_again_under_the_same_id(tmp_path):
    web, bus = MemoryWeb(), MemoryPublisher()
    web.serve(URL, rss([story(1)]))
    feeds = follower(tmp_path, web, bus)
    feeds.poll(FeedSpec(URL))
    web.serve(URL, rss([story(1, body="The storm cut power to 45,000 homes, not 30,000, the utility said on Tuesday.")]))
    assert len(feeds.poll(FeedSpec(URL)).published) == 1
    old, new = published(bus)
    assert old.article_id == new.article_id and old.content_hash != new.content_hash


def test_the_source_given_for_a_feed_wins_over_its_title(tmp_path):
    web, bus = MemoryWeb(), MemoryPublisher()
    web.serve(URL, rss([story(1)]))
    follower(tmp_path, web, bus, feeds=[FeedSpec(URL, "Agence Exemple")]).poll(FeedSpec(URL, "Agence Exemple"))
    assert published(bus)[0].source == "Agence Exemple"


def test_bad_items_are_reported_once_counted_and_the_good_ones_published(tmp_path, caplog):
    web, bus, metrics = MemoryWeb(), MemoryPublisher(), create_metrics()
    bad = [{**story(1), "guid": None, "link": None},  # no identity
           {**story(3), "description": "<script>track()</script>"},  # nothing once sanitised
           {**story(5), "description": "<p>Share on Facebook</p>"}]  # the ingestor's cleaning leaves no text
    web.serve(URL, rss([bad[0], story(2), *bad[1:]]))
    feeds = follower(tmp_path, web, bus, metrics=metrics)
    poll = feeds.poll(FeedSpec(URL))
    assert [e.headline for e in published(bus)] == ["Story 2"]
    assert len(poll.rejected) == 3
    assert f"feed {URL}: rejected item 0 ('Story 1'): no id (guid) and no link" in caplog.text
    assert "no content and no summary" in caplog.text
    assert "rejected item 'tag:wire.example,2026:5': nothing left after cleaning" in caplog.text
    web.serve(URL, rss([bad[0], story(2), *bad[1:], story(4)]))
    again = feeds.poll(FeedSpec(URL))
    assert not again.rejected and len(again.published) == 1  # the same bad items are not reported again
    value = metrics.registry.get_sample_value
    assert value("copydesk_ingested_total", {"format": "feed", "outcome": "ok"}) == 2
    assert value("copydesk_ingested_total", {"format": "feed", "outcome": "rejected"}) == 3
    assert value("copydesk_ingest_rejected_total", {"reason": "malformed"}) == 1  # no identity
    assert value("copydesk_ingest_rejected_total", {"reason": "empty"}) == 2  # no content; nothing left after cleaning


def test_a_feed_that_fails_is_logged_counted_and_the_others_go_on(tmp_path, caplog):
    web, bus, metrics = MemoryWeb(), MemoryPublisher(), create_metrics()
    other = "https://other.example/rss"
    web.failures[URL] = "timed out after 20 s"
    web.serve(other, rss([story(1)], title="Other"))
    web.serve("https://html.example/", b"<!DOCTYPE html><html><body>home page</body></html>")
    feeds = follower(tmp_path, web, bus, feeds=[FeedSpec(URL), FeedSpec("https://html.example/"), FeedSpec(other)],
                     metrics=metrics)
    polls = feeds.poll_all()
    assert [p.error for p in polls] == ["timed out after 20 s", "an HTML page, not an RSS or Atom feed", None]
    assert len(published(bus)) == 1
    assert f"feed {URL}: failed: timed out after 20 s" in caplog.text
    assert "feed https://html.example/: failed: an HTML page" in caplog.text
    assert metrics.registry.get_sample_value("copydesk_ingested_total", {"format": "feed", "outcome": "rejected"}) == 2
    assert metrics.registry.get_sample_value("copydesk_ingest_rejected_total", {"reason": "unreadable"}) == 1
    assert metrics.registry.get_sample_value("copydesk_ingest_rejected_total", {"reason": "unsupported"}) == 1


def test_items_the_bus_did_not_confirm_are_sent_again_and_the_etag_is_not_kept(tmp_path):
    web, bus = MemoryWeb(), FlakyPublisher()
    web.serve(URL, rss([story(1), story(2)]))
    feeds = follower(tmp_path, web, bus)
    bus.down = True
    failed = feeds.poll(FeedSpec(URL))
    assert failed.error and "not confirmed by the bus" in failed.error and not failed.published
    bus.down = False
    retry = feeds.poll(FeedSpec(URL))
    assert not retry.not_modified and len(retry.published) == 2  # not hidden behind a 304
    assert web.requests[1][1] is None


def test_run_backs_off_after_failures_and_stops_when_asked(tmp_path):
    web, bus = MemoryWeb(), MemoryPublisher()
    web.failures[URL] = "HTTP 503 Service Unavailable"
    now = [0.0]
    stop = threading.Event()
    waits: list[float] = []

    class Clock:
        """Time that passes only when the loop waits; the stop event is set after six waits."""

        def wait(self, seconds: float) -> bool:
            waits.append(round(seconds, 3))
            now[0] += seconds
            if len(waits) == 6:
                stop.set()
            return stop.is_set()

        is_set = stop.is_set

    feeds = FeedFollower([FeedSpec(URL)], bus, TOPIC, tmp_path, FollowSettings(backoff_base=10, backoff_cap=40),
                         fetcher=web, rand=lambda: 1.0, clock=lambda: now[0])
    feeds.run(Clock())  # type: ignore[arg-type]
    assert waits == [10, 20, 40, 40, 40, 40]  # doubled per failure, capped
    assert len(web.requests) == 6


def test_an_unforeseen_fault_in_one_poll_is_logged_and_the_loop_goes_on(tmp_path, caplog):
    web, bus = MemoryWeb(), MemoryPublisher()
    other = "https://other.example/rss"
    web.serve(other, rss([story(1)], title="Other"))
    stop = threading.Event()
    calls: list[str] = []

    def fetcher(url, **kwargs):  # noqa: ANN001, ANN003, ANN202
        calls.append(url)
        if url == URL:
            raise KeyError("a fault nobody foresaw")
        if len(calls) >= 4:
            stop.set()
        return web(url, **kwargs)

    feeds = FeedFollower([FeedSpec(URL), FeedSpec(other)], bus, TOPIC, tmp_path, FollowSettings(interval=0.01,
                         backoff_base=0.01, backoff_cap=0.02), fetcher=fetcher)
    feeds.run(stop)
    assert calls.count(URL) >= 2 and other in calls  # the faulty feed was retried, the other polled
    assert len(published(bus)) == 1 and "poll failed; nothing was saved" in caplog.text
