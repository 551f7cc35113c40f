"""The StoryUpdated event of a placement (stories/changes.py) and its place in the contract."""

from datetime import datetime, timezone

import orjson
import pytest
from pydantic import ValidationError

from events.codec import decode, encode
from events.models import ArticleEnriched, StoryUpdated
from services.processors.pipeline import placement
from services.processors.stories.changes import story_change
from services.processors.stories.logic import StoryAssignment

T0 = datetime(2026, 3, 1, 8, tzinfo=timezone.utc)


def placed(article_id, story_id, duplicate_of=None):
    return ArticleEnriched(article_id=article_id, source="wire", input="-", format="text", content_hash="h",
                           received_at=T0, headline=f"About {article_id}", body="Some text.",
                           story_id=story_id, duplicate_of=duplicate_of)


def change(article_id, story_id, state, merged=(), duplicate_of=None):
    return story_change(placed(article_id, story_id, duplicate_of), StoryAssignment(story_id, duplicate_of, merged), state)


def test_the_first_article_opens_a_story_and_the_next_join_it():
    state = {}
    first = change("a1", "s-1", state)
    second = change("a2", "s-1", state, duplicate_of="a1")
    assert (first.change, first.story_id, first.article_id, first.merged) == ("opened", "s-1", "a1", ())
    assert (second.change, second.duplicate_of, second.headline, second.at) == ("joined", "a1", "About a2", T0)


def test_a_merge_names_the_stories_it_ended_and_is_the_same_when_placed_again():
    state = {}
    change("a1", "s-1", state)
    change("a2", "s-2", state)
    merge = change("a3", "s-1", state, merged=("s-2",))
    assert (merge.change, merge.merged) == ("merged", ("s-2",))
    # placed again (a redelivery): the clustering no longer reports the merge, the event still does
    assert change("a3", "s-1", state) == merge
    assert change("a1", "s-1", state).change == "opened"
    assert change("a4", "s-1", state).change == "joined"


def test_placing_an_article_again_gives_the_same_article_and_event():
    state = {}
    article = placed("a1", None).model_copy(update={"body": "A story about the harbour and the council, told once."})
    once = placement(article, state)
    again = placement(article, state)
    assert again == once
    assert orjson.loads(encode(again[1]))["id"] == orjson.loads(encode(once[1]))["id"]  # one CloudEvents id


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
