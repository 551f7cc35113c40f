"""What the follower remembers per feed: bounded, atomic, and read back after a restart."""

from __future__ import annotations

from services.feeds.state import FeedState, load_state, save_state, state_path

URL = "https://wire.example/feed.xml"


def test_state_round_trips_through_its_file(tmp_path):
    state = FeedState(URL, etag='"v1"', last_modified="Sat, 05 Dec 2026 07:00:00 GMT")
    state.remember("guid-1", "h1")
    save_state(tmp_path, state)
    again = load_state(tmp_path, URL, max_items=10)
    assert again.etag == '"v1"' and again.last_modified == "Sat, 05 Dec 2026 07:00:00 GMT"
    assert again.handled("guid-1", "h1") and not again.handled("guid-1", "h2") and not again.handled("guid-2", "h1")
    assert [p.name for p in tmp_path.iterdir()] == [state_path(tmp_path, URL).name]  # no temporary file left


def test_state_is_bounded_and_forgets_the_least_recently_seen_first():
    state = FeedState(URL, max_items=3)
    for n in range(3):
        state.remember(f"g{n}", "h")
    state.touch("g0")  # still in the feed
    state.remember("g3", "h")
    assert state.handled("g0", "h") and not state.handled("g1", "h") and state.handled("g3", "h")
    assert len(state.items) == 3


def test_a_huge_id_does_not_grow_the_file(tmp_path):
    state = FeedState(URL)
    state.remember("x" * 1_000_000, "h")
    save_state(tmp_path, state)
    assert state_path(tmp_path, URL).stat().st_size < 500


def test_a_state_file_that_cannot_be_read_starts_afresh(tmp_path, caplog):
    state_path(tmp_path, URL).write_bytes(b"{not json")
    state = load_state(tmp_path, URL, max_items=10)
    assert state.etag is None and not state.items
    assert "cannot be read" in caplog.text


def test_a_state_of_another_feed_is_not_taken(tmp_path):
    save_state(tmp_path, FeedState("https://other.example/feed", etag='"x"'))
    state_path(tmp_path, "https://other.example/feed").rename(state_path(tmp_path, URL))
    assert load_state(tmp_path, URL, max_items=10).etag is None
