"""The feeds file: one URL a line with an optional source name."""

from __future__ import annotations

import pytest

from services.feeds.feedlist import FeedListError, FeedSpec, feed_specs, parse_feed_list


def test_lines_give_urls_and_optional_source_names():
    lines = ["# wires", "", "https://a.example/rss Agence Exemple", "  http://b.example/atom.xml  ", "",
             "https://c.example/feed\tTabbed  Name"]
    assert parse_feed_list(lines, "feeds.txt") == [
        FeedSpec("https://a.example/rss", "Agence Exemple"), FeedSpec("http://b.example/atom.xml", None),
        FeedSpec("https://c.example/feed", "Tabbed  Name")]


def test_a_bad_line_is_named_with_its_number():
    with pytest.raises(FeedListError, match=r"feeds.txt:2: 'file:///etc/passwd' is not an http or https URL"):
        parse_feed_list(["https://a.example/rss", "file:///etc/passwd"], "feeds.txt")


def test_urls_and_files_together_each_url_once(tmp_path):
    listed = tmp_path / "feeds.txt"
    listed.write_text("https://a.example/rss From File\nhttps://c.example/rss\n")
    specs = feed_specs(["https://a.example/rss"], [str(listed)], source="Given")
    assert specs == [FeedSpec("https://a.example/rss", "Given"), FeedSpec("https://c.example/rss", None)]


def test_a_missing_feeds_file_is_named(tmp_path):
    with pytest.raises(FeedListError, match="nope.txt: cannot be read"):
        feed_specs([], [str(tmp_path / "nope.txt")])
