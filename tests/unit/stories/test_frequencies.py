"""Document frequencies (``stories.frequencies``) and the story state that keeps them in memory
(``stories.state``): counts per article in the window, expiry, and the cache staying exact
whatever happened to the state behind its back."""

import random
from collections import defaultdict
from datetime import datetime, timedelta, timezone

from events.models import Entity
from services.processors.stories import StoryState, assign_story
from services.processors.stories.frequencies import DocumentFrequencies, next_token

T0 = datetime(2025, 2, 3, 6, tzinfo=timezone.utc)
WINDOW = timedelta(hours=6)
WORDS = [f"word{i}" for i in range(300)]


def article(k: int) -> tuple[str, str, list[Entity]]:
    rng = random.Random(k)
    event = k // 5
    body = " ".join(rng.choices(WORDS, k=40) + [f"event{event}place", f"event{event}figure"] * 3)
    entities = [Entity(id=f"e-{event}-{j}", name=f"Name {event} {j}", type="PERSON", salience=0.5) for j in range(3)]
    return f"a{k}", body, entities


def place(state, first: int, last: int, step=timedelta(minutes=30)) -> list[str]:
    placed = []
    for k in range(first, last):
        article_id, body, entities = article(k)
        placed.append(assign_story(article_id, body, entities, state, at=T0 + k * step,
                                   duplicate_window=WINDOW, story_window=WINDOW).story_id)
    return placed


def rebuilt(data: dict) -> DocumentFrequencies:
    frequencies = DocumentFrequencies()
    frequencies.sync(data)
    return frequencies


def same(a: DocumentFrequencies, b: DocumentFrequencies) -> bool:
    return (a.articles, a.token, list(a._counts)) == (b.articles, b.token, list(b._counts))


def test_an_article_counts_each_feature_once_in_one_key_and_forgetting_it_subtracts():
    state: dict = {}
    frequencies = DocumentFrequencies()
    frequencies.add(state, "a1", 10.0, ["quake", "izmir", "quake"])
    frequencies.add(state, "a2", None, ["quake"])
    assert (frequencies.articles, frequencies.count("quake"), frequencies.count("izmir")) == (2, 2, 1)
    assert frequencies.idf("izmir") > frequencies.idf("quake")
    assert sorted(state) == ["df:token", "dfa:a1", "dfa:a2"]
    assert state["dfa:a1"][0] == 10.0 and len(state["dfa:a1"][1]) == 2
    assert state["df:token"] == next_token(next_token(None, "a1"), "a2")
    frequencies.forget(state, ["a1", "never-counted"])
    assert (frequencies.articles, frequencies.count("quake"), frequencies.count("izmir")) == (1, 1, 0)
    assert "dfa:a1" not in state
    frequencies.add(state, "a2", None, ["izmir"])  # counted again: replaces what it counted
    assert (frequencies.articles, frequencies.count("quake"), frequencies.count("izmir")) == (1, 0, 1)


class Writes(dict):
    """A dict counting the writes to its frequency keys."""

    def __init__(self) -> None:
        super().__init__()
        self.written: list[str] = []

    def __setitem__(self, key, value) -> None:
        self.written += [key] if key.startswith("df") else []
        super().__setitem__(key, value)

    def __delitem__(self, key) -> None:
        self.written += ["del " + key] if key.startswith("df") else []
        super().__delitem__(key)


def test_a_placement_writes_two_frequency_keys_and_expiry_deletes_the_forgotten_articles_key():
    state = StoryState(Writes())
    place(state, 0, 40)  # 20 hours at one article every 30 minutes, a 6-hour window
    state.data.written.clear()
    place(state, 40, 41)
    assert state.data.written == ["dfa:a40", "df:token", "del dfa:a27"]
    counted = sorted(key for key in state if key.startswith("dfa:"))
    assert len(counted) <= 6 * 2 + 2  # about a window's worth of articles
    assert "dfa:a39" in counted and "dfa:a0" not in counted
    assert state.frequencies().articles == len(counted)
    assert not any(key.startswith("df:") for key in state if key != "df:token")


def test_articles_without_a_time_are_never_forgotten():
    state = StoryState({})
    article_id, body, entities = article(1000)
    assign_story(article_id, body, entities, state, story_window=WINDOW)
    place(state, 0, 40)
    assert "dfa:a1000" in state
    assert state.frequencies().articles == sum(1 for key in state if key.startswith("dfa:"))


def test_the_kept_cache_equals_one_rebuilt_from_a_copy_of_the_state():
    state = StoryState({})
    for first in range(0, 60, 15):
        place(state, first, first + 15)
        assert same(state.frequencies(), rebuilt(dict(state.data)))


def test_a_bare_mapping_and_a_story_state_place_alike_and_leave_the_same_state():
    bare: dict = {}
    kept = StoryState({})
    assert place(bare, 0, 30) == place(kept, 0, 30)
    assert bare == kept.data


def test_writes_behind_the_caches_back_are_detected_by_the_token_and_the_cache_rebuilt():
    shared: dict = {}
    mine, other = StoryState(shared), StoryState(shared)  # two workers owning the state in turn
    alone = StoryState({})
    place(mine, 0, 10)
    place(other, 10, 25)  # the partition moved, then came back
    assert place(mine, 25, 40) == place(alone, 0, 40)[25:]
    assert shared == alone.data
    assert same(mine.frequencies(), alone.frequencies())


def test_a_state_rewound_to_an_earlier_point_is_detected_and_the_cache_rebuilt():
    state = StoryState({})
    place(state, 0, 20)
    earlier = dict(state.data)
    place(state, 20, 30)
    state.data.clear()
    state.data.update(earlier)  # rebuilt from a changelog that lost the last writes
    place(state, 20, 30)
    assert same(state.frequencies(), rebuilt(dict(state.data)))
    replayed = StoryState({})
    place(replayed, 0, 30)
    assert state.data == replayed.data


def test_a_reseen_article_writes_nothing_to_the_frequencies():
    state = StoryState({})
    place(state, 0, 5)
    before = dict(state.data)
    place(state, 4, 5)
    assert state.data == before


def test_reading_a_missing_key_through_the_story_state_does_not_insert():
    backing: defaultdict = defaultdict(list)
    state = StoryState(backing)
    assert state.get("article:a1") is None and "article:a1" not in state
    assert len(state) == 0
