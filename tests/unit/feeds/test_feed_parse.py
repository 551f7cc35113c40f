"""Reading a feed's bytes into items, and an item into the ninjs the ingestor reads."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from services.feeds.parse import FeedError, fingerprint, item_document, read_feed
from services.intake.accept import read_one
from tests.unit.feeds.feeds_samples import ATOM, rss, story


def test_rss_items_carry_identity_title_body_and_time():
    feed = read_feed(rss([story(1), story(2)]))
    assert feed.title == "Wire One" and feed.kind == "rss20" and not feed.problems
    first = feed.items[0]
    assert first.identity == "tag:wire.example,2026:1" and first.title == "Story 1"
    assert first.body.startswith("<p>A storm") and first.body_is_html
    assert first.link == "https://wire.example/1"
    assert first.published_at == datetime(2026, 12, 5, 7, 0, tzinfo=timezone.utc)


def test_atom_content_is_preferred_to_the_summary():
    feed = read_feed(ATOM, "application/atom+xml")
    (item,) = feed.items
    assert feed.title == "Atom Desk" and feed.kind == "atom10"
    assert "40 ships" in item.body and item.body_is_html
    assert item.published_at == datetime(2026, 12, 5, 6, 30, tzinfo=timezone.utc)
    assert item.updated_at == datetime(2026, 12, 5, 6, 45, tzinfo=timezone.utc)


def test_an_item_without_guid_takes_its_link_as_identity():
    (item,) = read_feed(rss([{**story(1), "guid": None}])).items
    assert item.identity == "https://wire.example/1"


def test_an_item_without_id_or_link_is_a_problem_and_the_others_are_read():
    feed = read_feed(rss([{**story(1), "guid": None, "link": None}, story(2)]))
    assert [i.title for i in feed.items] == ["Story 2"]
    (problem,) = feed.problems
    assert str(problem).startswith("item 0 ('Story 1'): no id (guid) and no link")


def test_an_item_without_content_is_a_problem():
    feed = read_feed(rss([{**story(1), "description": None}]))
    assert not feed.items and "no content and no summary" in feed.problems[0].reason


def test_the_same_bad_entry_has_the_same_key():
    bad = {**story(1), "guid": None, "link": None}
    assert read_feed(rss([bad])).problems[0].key == read_feed(rss([story(2), bad])).problems[0].key


@pytest.mark.parametrize(
    ("data", "content_type", "reason"),
    [
        (b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hello</p></body></html>", "text/html",
         "an HTML page, not an RSS or Atom feed"),
        (b"<html><body>Oops</body></html>", None, "an HTML page"),
        (b"\x00\x01\x02 garbage \xff\xfe", "application/octet-stream", "not an RSS or Atom feed"),
        (b'{"items": []}', "application/json", "not an RSS or Atom feed"),
        (b"   ", None, "empty response"),
    ],
)
def test_bytes_that_are_no_feed_are_refused_with_the_reason(data, content_type, reason):
    with pytest.raises(FeedError, match=reason):
        read_feed(data, content_type)


@pytest.mark.parametrize("depth", [3, 8])
@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_an_entity_bomb_is_refused_before_it_is_parsed(depth, codec):
    lol = (f'<?xml version="1.0" encoding="{codec}"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
           + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(depth))
           + f']><rss version="2.0"><channel><title>T</title><item><guid>1</guid><description>&{chr(97 + depth)};'
           "</description></item></channel></rss>").encode(codec)
    started = time.monotonic()
    with pytest.raises(FeedError, match="declares XML entities"):
        read_feed(lol)
    assert time.monotonic() - started < 0.1


def test_an_external_entity_is_refused():
    xxe = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<rss version="2.0"><channel><title>T</title><item><guid>1</guid><description>&x;</description>'
           b"</item></channel></rss>")
    with pytest.raises(FeedError, match="declares XML entities"):
        read_feed(xxe)


def test_item_document_goes_through_the_ingestor_as_the_item_says():
    (item,) = read_feed(ATOM).items
    read = read_one("https://atom.example/feed", item_document(item), fmt="ninjs", source="Atom Desk", max_bytes=10**6)
    (event,) = read.events
    assert not read.rejected
    assert event.headline == "Port reopens" and event.source == "Atom Desk"
    assert event.input == "https://atom.example/feed" and "40 ships" in event.content
    assert event.published_at == datetime(2026, 12, 5, 6, 30, tzinfo=timezone.utc)
    same = read_one("x", item_document(item), fmt="ninjs", source="other", max_bytes=10**6).events[0]
    assert same.article_id == event.article_id  # identity from the item's id, not its source or content


def test_fingerprint_changes_with_the_text_not_with_the_times():
    one = read_feed(rss([story(1)])).items[0]
    restamped = read_feed(rss([{**story(1), "pubDate": "Sun, 06 Dec 2026 07:00:00 GMT"}])).items[0]
    edited = read_feed(rss([story(1, body="A corrected text of the storm story, with new figures.")])).items[0]
    assert fingerprint(one) == fingerprint(restamped)
    assert fingerprint(one) != fingerprint(edited)
