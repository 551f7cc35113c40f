"""The feed follower against a real HTTP server on 127.0.0.1 (real fetch, memory bus)."""

from __future__ import annotations

import time

import pytest

from events.codec import decode
from events.models import ArticleReceived
from services.bus.memory import MemoryPublisher
from services.common.metrics import create_metrics
from services.feeds.feedlist import FeedSpec
from services.feeds.fetch import FetchError, fetch
from services.feeds.follower import FeedFollower, FollowSettings
from tests.integration.feeds.feed_server import Route, feed_server
from tests.unit.feeds.feeds_samples import ATOM, rss, story

TOPIC = "copydesk.articles.raw"
LIMIT = 1024 * 1024
SETTINGS = FollowSettings(timeout=2.0, max_feed_bytes=LIMIT)


def follower(tmp_path, specs, bus, metrics=None):  # noqa: ANN001, ANN201
    return FeedFollower(specs, bus, TOPIC, tmp_path / "state", SETTINGS, metrics=metrics)


def headlines(bus: MemoryPublisher) -> list[str | None]:
    return [decode(r.value, ArticleReceived).headline for r in bus.on(TOPIC)]


def test_a_feed_polled_twice_publishes_new_items_once(tmp_path):
    """Done when: the second poll of a feed that gained an item publishes that item only."""
    bus = MemoryPublisher()
    with feed_server() as web:
        web.routes["/wire.xml"] = Route(rss([story(1), story(2)]), etag='"v1"')
        spec = FeedSpec(web.base + "/wire.xml")
        assert len(follower(tmp_path, [spec], bus).poll(spec).published) == 2
        web.routes["/wire.xml"] = Route(rss([story(3), story(1), story(2)]), etag='"v2"')
        second = follower(tmp_path, [spec], bus).poll(spec)  # after a restart: state from its file
        third = follower(tmp_path, [spec], bus).poll(spec)
    assert len(second.published) == 1 and third.not_modified
    assert headlines(bus) == ["Story 1", "Story 2", "Story 3"]
    assert [r["if-none-match"] for r in web.requests] == [None, '"v1"', '"v2"']


def test_last_modified_is_sent_back_when_there_is_no_etag(tmp_path):
    bus = MemoryPublisher()
    stamp = "Sat, 05 Dec 2026 07:00:00 GMT"
    with feed_server() as web:
        web.routes["/atom"] = Route(ATOM, "application/atom+xml", last_modified=stamp)
        spec = FeedSpec(web.base + "/atom")
        feeds = follower(tmp_path, [spec], bus)
        feeds.poll(spec)
        assert feeds.poll(spec).not_modified
    assert web.requests[1]["if-modified-since"] == stamp and headlines(bus) == ["Port reopens"]


def test_a_declared_50_mb_body_is_refused_without_reading_it():
    with feed_server() as web:
        web.routes["/big"] = Route(b"<rss>" + b" " * 1000, declared_length=50 * 1024 * 1024)
        started = time.monotonic()
        with pytest.raises(FetchError, match="declares 52,428,800 bytes, over the 1,048,576-byte limit; not read"):
            fetch(web.base + "/big", etag=None, last_modified=None, timeout=5, max_bytes=LIMIT)
    assert time.monotonic() - started < 2


def test_a_50_mb_chunked_body_is_cut_at_the_limit():
    with feed_server() as web:
        web.routes["/endless"] = Route(chunked_bytes=50 * 1024 * 1024)
        with pytest.raises(FetchError, match="larger than the 1,048,576-byte limit; read stopped at"):
            fetch(web.base + "/endless", etag=None, last_modified=None, timeout=5, max_bytes=LIMIT)


def test_bad_feeds_are_logged_counted_and_the_loop_keeps_going(tmp_path, caplog):
    bus, metrics = MemoryPublisher(), create_metrics()
    with feed_server() as web:
        web.routes["/slow"] = Route(rss([story(9)]), delay=3.0)
        web.routes["/page"] = Route(b"<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>", "text/html")
        web.routes["/garbage"] = Route(bytes(range(256)) * 10, "application/octet-stream")
        web.routes["/big"] = Route(b"x", declared_length=50 * 1024 * 1024)
        web.routes["/good"] = Route(rss([story(1)]))
        names = ["/slow", "/page", "/garbage", "/big", "/missing", "/good"]
        specs = [FeedSpec(web.base + name) for name in names]
        polls = follower(tmp_path, specs, bus, metrics).poll_all()
    errors = dict(zip(names, (p.error for p in polls)))
    assert errors["/slow"] == "timed out after 2 s"
    assert errors["/page"] == "an HTML page, not an RSS or Atom feed"
    assert errors["/garbage"].startswith("not an RSS or Atom feed")
    assert "over the 1,048,576-byte limit" in errors["/big"]
    assert errors["/missing"] == "HTTP 404 Not Found"
    assert errors["/good"] is None and headlines(bus) == ["Story 1"]
    for name in names[:-1]:
        assert f"feed {web.base}{name}: failed: " in caplog.text
    value = metrics.registry.get_sample_value
    assert value("copydesk_ingested_total", {"format": "feed", "outcome": "rejected"}) == 5
    assert [value("copydesk_ingest_rejected_total", {"reason": k}) for k in ("unreadable", "unsupported", "too-large")] \
        == [2, 2, 1]  # timeout and 404; HTML and garbage; 50 MB


def test_a_refused_connection_is_a_reason_not_a_crash():
    with feed_server() as web:
        base = web.base
    with pytest.raises(FetchError, match="cannot connect"):
        fetch(base + "/gone", etag=None, last_modified=None, timeout=2, max_bytes=LIMIT)
