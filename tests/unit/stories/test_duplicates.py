"""Near-duplicates on a generated corpus of syndicated copies (tests/unit/stories/syndication.py)
and on constructed cases: recall, the earliest copy, the time window, bounded state."""

from datetime import datetime, timedelta, timezone

import pytest

from services.processors.stories import assign_story
from services.processors.stories.duplicates import Fingerprint, containment, find_original, fingerprint, is_copy
from tests.unit.stories.syndication import corpus, syndicated

T0 = datetime(2025, 6, 1, tzinfo=timezone.utc)
# Seeds of the generated corpus not used while choosing the LSH bands and the containment threshold.
HELD_OUT = (31, 32, 33)


@pytest.mark.parametrize("seed", HELD_OUT)
def test_syndicated_copies_are_found_and_point_at_the_earliest_copy(seed):
    articles = corpus(seed=seed)
    by_id = {a.article_id: a for a in articles}
    state: dict = {}
    placed = {a.article_id: assign_story(a.article_id, a.body, (), state, at=a.at) for a in articles}
    copies = [a for a in articles if a.original != a.article_id]
    found = [a for a in copies if placed[a.article_id].duplicate_of == a.original]
    assert len(found) / len(copies) >= 0.95
    wrong = [a.article_id for a in articles
             if placed[a.article_id].duplicate_of and by_id[placed[a.article_id].duplicate_of].original != a.original]
    assert wrong == []
    for a in articles:  # a copy is in the story of what it copies
        assert placed[a.article_id].story_id == placed[a.original].story_id
    stories_per_story: dict[str, set[int]] = {}
    for a in articles:  # different originals of one story may share it (same-event clustering), other stories not
        stories_per_story.setdefault(placed[a.article_id].story_id, set()).add(a.story)
    assert all(len(stories) == 1 for stories in stories_per_story.values())


def test_each_syndication_edit_alone_keeps_a_copy(seed=41):
    import random

    original = corpus(seed=seed, originals=1, copies=0)[0]
    paragraphs = original.body.split("\n\n")
    rng = random.Random(seed)
    for _ in range(20):
        copy = "\n\n".join(syndicated(paragraphs, rng))
        assert is_copy(fingerprint(original.body), fingerprint(copy))


BODY = ("The harbour authority of Portmouth approved a new container terminal on Tuesday after a long debate "
        "between dock workers and the city council about noise, traffic and jobs in the old quarter. "
        "Work is due to start in the spring and to last three years, the authority said.")
OTHER = ("A cycling race through the mountains ended in a sprint finish won by a rider from the valley, "
         "who said afterwards that the final climb had been the hardest of her career so far.")


def test_a_copy_outside_the_time_window_is_not_a_duplicate():
    state: dict = {}
    find_original("a1", BODY, T0, state, timedelta(days=2))
    assert find_original("a2", BODY, T0 + timedelta(days=1), state, timedelta(days=2)).duplicate_of == "a1"
    assert find_original("a3", BODY, T0 + timedelta(days=4), state, timedelta(days=2)).duplicate_of is None


def test_duplicate_of_is_the_earliest_copy_even_when_it_arrives_late():
    state: dict = {}
    assert find_original("b", BODY, T0 + timedelta(hours=2), state).duplicate_of is None
    assert find_original("c", BODY + " Reuters", T0 + timedelta(hours=3), state).duplicate_of == "b"
    late_but_first = find_original("a", BODY, T0, state)  # published before b, arrives after c
    assert (late_but_first.duplicate_of, late_but_first.copy) == (None, "b")
    assert find_original("d", BODY, T0 + timedelta(hours=4), state).duplicate_of == "a"


def test_a_re_seen_article_gets_its_first_answer():
    state: dict = {}
    find_original("a1", BODY, T0, state)
    first = find_original("a2", BODY, T0 + timedelta(hours=1), state)
    assert first.duplicate_of == "a1"
    assert find_original("a2", BODY, T0 + timedelta(hours=1), state).duplicate_of == "a1"
    assert assign_story("a1", BODY, (), state, at=T0).duplicate_of is None


def test_different_texts_and_short_lines_are_not_copies():
    assert not is_copy(fingerprint(BODY), fingerprint(OTHER))
    assert not is_copy(fingerprint("Share this story."), fingerprint("Share this story."))
    assert containment(Fingerprint([], 0), fingerprint(BODY)) == 0.0


def test_state_stays_bounded_when_articles_age_out_of_the_window():
    state: dict = {}
    window = timedelta(hours=1)
    for k in range(300):
        body = f"Report number {k} on the day's events: " + " ".join(f"w{k}x{j}" for j in range(40))
        find_original(f"a{k}", body, T0 + timedelta(hours=2 * k), state, window)
    fingerprints = [key for key in state if key.startswith("nd:fp:")]
    assert len(fingerprints) <= 2  # only articles still within the window of the newest
    buckets = [key for key in state if key.startswith("nd:b:")]
    assert 0 < len(buckets) <= 2 * 32
    assert len(state) < 2 * 36 + 10  # a window's worth: about 36 keys per article still in it
