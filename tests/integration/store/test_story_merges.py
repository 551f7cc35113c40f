"""The Store contract for story changes (StoryUpdated), on memory, SQLite and PostgreSQL: a merge
moves the merged story's articles under the surviving story, articles that still name a merged
story land in its survivor, and the stories come out the same in any order of the two topics."""

from __future__ import annotations

import itertools
import orjson

from events.models import StoryUpdated
from services.store.port import ArticleFilter, Delivery, FlatDelivery, Store
from services.store.rows import rows_from_json, rows_of, rows_to_json, story_rows_of
from tests.integration.store.factories import LAVROV, T0, article

STORIES_TOPIC = "test.copydesk.stories"
ARTICLES_TOPIC = "test.copydesk.articles.enriched"


def placed(aid: str, story_id: str, minutes: int):
    return article(aid, f"Sergey Lavrov spoke about item {aid}.", minutes=minutes, people=[LAVROV], story_id=story_id)


def change(aid: str, story_id: str, kind: str = "joined", merged: tuple[str, ...] = ()) -> StoryUpdated:
    return StoryUpdated(article_id=aid, story_id=story_id, change=kind, merged=merged, source="wire", at=T0)


def members(store: Store, story_id: str) -> list[str]:
    story = store.get_story(story_id)
    return sorted(a["article_id"] for a in story["articles"]) if story else []


def log() -> tuple[list[Delivery], list[Delivery]]:
    """What the story stage writes for five articles: a1, a2 in s-1; a3 in s-2; a4 in s-3; a5
    joins s-1 and merges s-2 into it; a6 joins s-4 and merges s-1 into it (a merge of a merge)."""
    articles = [placed("a1", "s-1", 1), placed("a2", "s-1", 2), placed("a3", "s-2", 3), placed("a4", "s-3", 4),
                placed("a5", "s-1", 5), placed("a6", "s-4", 6)]
    changes = [change("a1", "s-1", "opened"), change("a2", "s-1"), change("a3", "s-2", "opened"),
               change("a4", "s-3", "opened"), change("a5", "s-1", "merged", ("s-2",)),
               change("a6", "s-4", "merged", ("s-1",))]
    return ([Delivery(e, ARTICLES_TOPIC, 0, i) for i, e in enumerate(articles)],
            [Delivery(e, STORIES_TOPIC, 0, i) for i, e in enumerate(changes)])


def test_a_merge_moves_the_merged_storys_articles_to_the_surviving_story(store: Store) -> None:
    articles, changes = log()
    assert store.apply(articles[:5] + changes[:5]) == 10
    assert members(store, "s-1") == ["a1", "a2", "a3", "a5"]
    assert store.get_story("s-2")["story_id"] == "s-1"  # a merged story answers with its survivor
    assert store.get_article("a3")["story_id"] == "s-1"
    assert {i["article_id"]: i["story_id"] for i in store.list_articles(ArticleFilter(), None, 10).items}["a3"] == "s-1"
    assert store.stats()["stories"] == 2  # s-1 and s-3
    assert store.apply(changes[4:5]) == 0  # the merge delivered again is skipped by its offset


def test_merges_of_merges_and_late_articles_land_in_the_surviving_story(store: Store) -> None:
    articles, changes = log()
    store.apply(changes)  # every change before any article
    store.apply(articles)
    assert members(store, "s-4") == ["a1", "a2", "a3", "a5", "a6"]
    assert members(store, "s-2") == members(store, "s-1") == members(store, "s-4")
    assert members(store, "s-3") == ["a4"]
    late = placed("a7", "s-2", 7)  # an article that still names a story merged twice over
    store.apply([Delivery(late, ARTICLES_TOPIC, 0, 6)])
    assert store.get_article("a7")["story_id"] == "s-4"
    assert store.stats()["stories"] == 2


def test_the_stories_are_the_same_in_any_order_of_the_two_topics(store: Store) -> None:
    articles, changes = log()
    store.apply(articles + changes)
    expected = store.dump()
    assert [d for d in expected if d["kind"] == "merge"] == [
        {"kind": "merge", "story_id": "s-1", "into": "s-4"}, {"kind": "merge", "story_id": "s-2", "into": "s-4"},
    ]
    orders = [changes + articles, [d for pair in itertools.zip_longest(changes, articles) for d in pair if d]]
    for order in orders:
        for size in (1, 3, len(order)):
            store.reset()
            for start in range(0, len(order), size):
                store.apply(order[start:start + size])
            assert store.dump() == expected, (size, [d.event.article_id for d in order])


def test_a_new_version_of_an_article_in_a_merged_story_stays_in_the_survivor(store: Store) -> None:
    articles, changes = log()
    store.apply(articles[:5] + changes[:5])
    revised = placed("a3", "s-2", 3).model_copy(update={"content_hash": "v2", "body": "Sergey Lavrov spoke again."})
    store.apply([Delivery(revised, ARTICLES_TOPIC, 0, 10)])
    assert members(store, "s-1") == ["a1", "a2", "a3", "a5"]
    assert store.get_article("a3")["body"] == "Sergey Lavrov spoke again."
    assert store.stats()["stories"] == 2


def test_flattened_story_changes_store_what_events_do(store: Store) -> None:
    articles, changes = log()
    store.apply(articles + changes)
    from_events = store.dump()
    store.reset()

    def flat(d: Delivery) -> FlatDelivery:
        rows = story_rows_of(d.event) if isinstance(d.event, StoryUpdated) else rows_of(d.event)
        return FlatDelivery(rows_from_json(orjson.loads(orjson.dumps(rows_to_json(rows)))), d.topic, d.partition, d.offset)

    assert store.apply([flat(d) for d in articles + changes]) == len(articles) + len(changes)
    assert store.dump() == from_events
    assert store.offsets(STORIES_TOPIC) == {0: len(changes)}


def test_a_story_change_without_a_merge_changes_nothing_but_its_offset(store: Store) -> None:
    articles, changes = log()
    store.apply(articles[:2])
    before = store.dump()
    assert store.apply(changes[:2] + [Delivery(change("a9", "s-9", "opened"), STORIES_TOPIC, 0, 2)]) == 3
    assert store.dump() == before and store.offsets(STORIES_TOPIC) == {0: 3}
    assert members(store, "s-9") == [] and store.get_story("s-9") is None


def test_a_revision_sets_duplicate_of_whether_its_article_is_stored_before_or_after(store: Store) -> None:
    copy, original = placed("c1", "s-1", 2), placed("o1", "s-1", 1)  # the copy was placed first
    revision = StoryUpdated(article_id="c1", story_id="s-1", change="revised", duplicate_of="o1")
    store.apply([Delivery(copy, ARTICLES_TOPIC, 0, 0), Delivery(original, ARTICLES_TOPIC, 0, 1)])
    store.apply([Delivery(revision, STORIES_TOPIC, 0, 0)])
    assert store.get_article("c1")["duplicate_of"] == "o1"
    store.apply([Delivery(copy, ARTICLES_TOPIC, 0, 2)])  # the copy's own event again: the revision holds
    assert store.get_article("c1")["duplicate_of"] == "o1"
    after = store.dump()
    store.reset()
    for d in (Delivery(revision, STORIES_TOPIC, 0, 0), Delivery(copy, ARTICLES_TOPIC, 0, 0),
              Delivery(original, ARTICLES_TOPIC, 0, 1), Delivery(copy, ARTICLES_TOPIC, 0, 2)):
        store.apply([d])  # the revision first this time
    assert store.dump() == after
    flat = story_rows_of(revision)
    assert rows_from_json(orjson.loads(orjson.dumps(rows_to_json(flat)))) == flat
