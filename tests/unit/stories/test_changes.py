"""The StoryUpdated event of a placement (stories/changes.py) and its place in the contract."""

from datetime import datetime, timedelta, timezone

import orjson
import pytest
from pydantic import ValidationError

from events.codec import decode, encode
from events.models import ArticleEnriched, StoryUpdated
from services.processors.pipeline import placement
from services.processors.stories.changes import story_change
from services.processors.stories.logic import StoryAssignment, opening_story_id

T0 = datetime(2026, 3, 1, 8, tzinfo=timezone.utc)
S1, S2 = opening_story_id("a1"), opening_story_id("a2")  # the stories a1 and a2 open


def placed(article_id, story_id, duplicate_of=None):
    return ArticleEnriched(article_id=article_id, source="wire", input="-", format="text", content_hash="h",
                           received_at=T0, headline=f"About {article_id}", body="Some text.",
                           story_id=story_id, duplicate_of=duplicate_of)


def change(article_id, story_id, state, merged=(), duplicate_of=None):
    return story_change(placed(article_id, story_id, duplicate_of), StoryAssignment(story_id, duplicate_of, merged), state)


def test_the_first_article_opens_a_story_and_the_next_join_it():
    state = {}
    first = change("a1", S1, state)
    second = change("a2", S1, state, duplicate_of="a1")
    assert (first.change, first.story_id, first.article_id, first.merged) == ("opened", S1, "a1", ())
    assert (second.change, second.duplicate_of, second.headline, second.at) == ("joined", "a1", "About a2", T0)


def test_a_merge_names_the_stories_it_ended_and_is_the_same_when_placed_again():
    state = {}
    change("a1", S1, state)
    change("a2", S2, state)
    merge = change("a3", S1, state, merged=(S2,))
    assert (merge.change, merge.merged) == ("merged", (S2,))
    # placed again (a redelivery): the clustering no longer reports the merge, the event still does
    assert change("a3", S1, state) == merge
    assert change("a1", S1, state).change == "opened"
    assert change("a4", S1, state).change == "joined"


def test_placing_an_article_again_gives_the_same_article_and_event():
    state = {}
    article = placed("a1", None).model_copy(update={"body": "A story about the harbour and the council, told once."})
    once = placement(article, state)
    again = placement(article, state)
    assert again == once and len(once[1]) == 1
    assert orjson.loads(encode(again[1][0]))["id"] == orjson.loads(encode(once[1][0]))["id"]  # one CloudEvents id


COPY_TEXT = ("The harbour authority of Portmouth approved a new container terminal on Tuesday after a long debate "
             "between dock workers and the city council about noise, traffic and jobs in the old quarter.")


def test_a_copy_placed_before_its_earlier_original_is_revised_and_the_revision_survives_redelivery():
    state = {}
    original = placed("a1", None).model_copy(update={"body": COPY_TEXT, "published_at": T0})
    copy = placed("a2", None).model_copy(update={"body": "(Reuters) " + COPY_TEXT,
                                                "published_at": T0 + timedelta(hours=1)})
    first, (first_change,) = placement(copy, state)  # the copy reaches the story stage first
    assert first.duplicate_of is None and first_change.change == "opened"
    late, changes = placement(original, state)
    assert late.duplicate_of is None and late.story_id == first.story_id  # a copy is in its copies' story
    assert [(c.article_id, c.change, c.story_id, c.duplicate_of) for c in changes] == [
        ("a1", "joined", first.story_id, None), ("a2", "revised", first.story_id, "a1")]
    assert placement(original, state) == (late, changes)  # redelivered: the revision is sent again
    assert placement(copy, state)[0].duplicate_of == "a1"  # and the copy, redelivered, has its original
    third = placement(placed("a3", None).model_copy(update={"body": COPY_TEXT + " More.",
                                                            "published_at": T0 + timedelta(hours=2)}), state)
    assert third[0].duplicate_of == "a1" and [c.change for c in third[1]] == ["joined"]


def test_a_revision_names_the_earliest_copy():
    with pytest.raises(ValidationError):
        StoryUpdated(article_id="a2", story_id="s-1", change="revised")


def test_story_events_are_keyed_by_story_and_round_trip():
    event = StoryUpdated(article_id="a3", story_id="s-1", change="merged", merged=("s-2", "s-3"), source="wire", at=T0)
    envelope = orjson.loads(encode(event))
    assert envelope["type"] == "dev.copydesk.story.updated.v1"
    assert envelope["subject"] == envelope["partitionkey"] == event.record_key == "s-1"
    assert decode(encode(event), StoryUpdated) == event


@pytest.mark.parametrize("fields", [
    {"change": "merged"},  # a merge without merged stories
    {"change": "joined", "merged": ("s-2",)},  # merged stories without a merge
    {"change": "merged", "merged": ("s-1",)},  # a story merged into itself
])
def test_an_inconsistent_story_event_is_refused(fields):
    with pytest.raises(ValidationError):
        StoryUpdated(article_id="a1", story_id="s-1", source="wire", at=T0, **fields)
