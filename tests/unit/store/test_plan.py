"""plan(batch, prior): the store's merge rules on constructed batches, without any engine."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from events.models import ArticleEnriched, ArticleWithdrawn, Entity, StoryUpdated
from services.store.plan import Prior, StoredArticle, keys_of, plan
from services.store.port import Delivery, FlatDelivery
from services.store.rows import DUPLICATE, RECEIVED, STORY, rows_of, story_rows_of

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=timezone.utc)
ARTICLES, STORIES = "copydesk.articles.enriched", "copydesk.stories"


def article(aid: str, content_hash: str, minutes: int = 0, story: str | None = None,
            people: tuple[tuple[str, str, tuple[str, ...]], ...] = ()) -> ArticleEnriched:
    return ArticleEnriched(
        article_id=aid, source="wire", input=f"{aid}.xml", format="ninjs", content_hash=content_hash,
        received_at=T0 + timedelta(minutes=minutes), body=f"Body of {aid} {content_hash}.", story_id=story,
        entities=tuple(Entity(id=eid, name=name, type="PERSON", aliases=aliases) for eid, name, aliases in people),
    )


def at(minutes: int) -> str:
    return (T0 + timedelta(minutes=minutes)).isoformat(timespec="microseconds")


def on(topic: str, *events: ArticleEnriched | StoryUpdated | ArticleWithdrawn, first: int = 0) -> list[Delivery]:
    return [Delivery(e, topic, 0, first + i) for i, e in enumerate(events)]


def merge(story: str, *merged: str) -> StoryUpdated:
    return StoryUpdated(article_id="placed", story_id=story, change="merged", merged=merged)


def test_a_new_article_is_inserted_with_its_version_entities_story_and_offset() -> None:
    changes = plan(on(ARTICLES, article("a1", "h1", story="s1", people=(("E1", "Ann Lee", ("Lee",)),))), Prior())
    assert changes.new == 1
    assert [r.article[0] for r in changes.articles] == ["a1"]
    assert changes.replaced == {}
    assert [v[:3] for v in changes.versions] == [("a1", "h1", at(0))]
    assert changes.entities == [("E1", "Ann Lee", "PERSON", None, 1)]
    assert changes.aliases == [("E1", "ann lee", "Ann Lee"), ("E1", "lee", "Lee")]
    assert changes.stories == [("s1", 1)]
    assert changes.offsets == [(ARTICLES, 0, 0)]


def test_deliveries_at_or_below_the_stored_offset_change_nothing() -> None:
    batch = on(ARTICLES, article("a1", "h1"), article("a2", "h2"))
    changes = plan(batch, Prior(offsets={(ARTICLES, 0): 1}))
    assert changes.new == 0
    assert changes.articles == [] and changes.versions == [] and changes.offsets == []
    assert plan(batch, Prior(offsets={(ARTICLES, 0): 0})).offsets == [(ARTICLES, 0, 1)]


def test_a_newer_version_replaces_the_stored_one_and_moves_the_counts() -> None:
    stored = StoredArticle(at(0), "s1", ("E1",), key=17)
    batch = on(ARTICLES, article("a1", "h2", minutes=5, story="s2", people=(("E2", "Bo Chan", ()),)))
    changes = plan(batch, Prior(articles={"a1": stored}, versions={("a1", "h1"): at(0)}, story_counts={"s1": 3}))
    assert changes.replaced == {"a1": 17}
    assert [(r.article[0], r.version[1]) for r in changes.articles] == [("a1", "h2")]
    assert [v[:3] for v in changes.versions] == [("a1", "h2", at(5))]
    assert changes.entities == [("E2", "Bo Chan", "PERSON", None, 1)]
    assert changes.entity_counts == [("E1", -1)]  # no longer mentioned by its article
    assert changes.stories == [("s1", 2), ("s2", 1)]


def test_an_older_version_after_a_newer_one_only_adds_its_version_row() -> None:
    stored = StoredArticle(at(10), None, (), key="a1")
    changes = plan(on(ARTICLES, article("a1", "h0", minutes=2)), Prior(articles={"a1": stored},
                                                                       versions={("a1", "h1"): at(10)}))
    assert changes.articles == [] and changes.replaced == {}
    assert [v[:3] for v in changes.versions] == [("a1", "h0", at(2))]
    assert changes.new == 1 and changes.offsets == [(ARTICLES, 0, 0)]


def test_new_then_old_in_one_batch_shows_the_new_and_keeps_both_versions() -> None:
    changes = plan(on(ARTICLES, article("a1", "h2", minutes=5), article("a1", "h1", minutes=1)), Prior())
    assert [r.version[1] for r in changes.articles] == ["h2"]
    assert sorted(v[:3] for v in changes.versions) == [("a1", "h1", at(1)), ("a1", "h2", at(5))]


def test_old_then_new_in_one_batch_ends_as_the_new_one() -> None:
    changes = plan(on(ARTICLES, article("a1", "h1", minutes=1), article("a1", "h2", minutes=5)), Prior())
    assert [r.version[1] for r in changes.articles] == ["h2"]
    assert len(changes.versions) == 2


def test_a_version_delivered_again_keeps_its_first_receipt() -> None:
    stored = StoredArticle(at(0), None, (), key="a1")
    changes = plan(on(ARTICLES, article("a1", "h1", minutes=30)), Prior(articles={"a1": stored},
                                                                        versions={("a1", "h1"): at(0)}))
    assert changes.articles[0].article[RECEIVED] == at(0)
    assert changes.versions[0][2] == at(0)


def test_a_withdrawal_is_recorded_whether_or_not_its_article_is_stored() -> None:
    withdrawal = ArticleWithdrawn(article_id="a9", source="wire", input="-", status="canceled", item_id="urn:9",
                                  reason="Legal kill", received_at=T0)
    changes = plan(on(ARTICLES, withdrawal), Prior())
    assert changes.withdrawals == [("a9", at(0), "canceled", "Legal kill")]
    assert changes.articles == [] and changes.new == 1


def test_entity_names_are_the_last_seen_aliases_the_first_seen_counts_per_article() -> None:
    batch = on(ARTICLES,
               article("a1", "h1", people=(("E1", "Ann Lee", ("Lee", "A. Lee")),)),
               article("a2", "h2", people=(("E1", "Ann M. Lee", ("LEE",)),)))
    changes = plan(batch, Prior())
    assert changes.entities == [("E1", "Ann M. Lee", "PERSON", None, 2)]
    assert changes.aliases == [("E1", "ann lee", "Ann Lee"), ("E1", "lee", "Lee"), ("E1", "a. lee", "A. Lee"),
                               ("E1", "ann m. lee", "Ann M. Lee")]


def test_a_replaced_article_moves_its_entity_count_only_when_it_changes() -> None:
    stored = StoredArticle(at(0), None, ("E1",), key="a1")
    changes = plan(on(ARTICLES, article("a1", "h2", minutes=3, people=(("E1", "Ann Lee", ()),))),
                   Prior(articles={"a1": stored}, versions={("a1", "h1"): at(0)}))
    assert changes.entities == [("E1", "Ann Lee", "PERSON", None, 0)]
    assert changes.entity_counts == []


def test_a_merge_moves_the_merged_story_and_its_count_to_the_survivor() -> None:
    batch = [*on(STORIES, merge("s1", "s2")), *on(ARTICLES, article("a1", "h1", story="s2"))]
    changes = plan(batch, Prior(story_counts={"s1": 2, "s2": 3}))
    assert changes.renames == [("s2", "s1")]
    assert changes.merges == {"s2": "s1"}
    assert changes.stories_gone == ["s2"]
    assert changes.articles[0].article[STORY] == "s1"  # an article naming the merged story
    assert changes.stories == [("s1", 6)]


def test_a_merge_of_a_story_that_absorbed_others_points_every_merge_at_the_survivor() -> None:
    changes = plan(on(STORIES, merge("s1", "s2")), Prior(merged_into={"s3": "s2"}, story_counts={"s2": 4}))
    assert changes.merges == {"s3": "s1", "s2": "s1"}
    assert changes.stories == [("s1", 4)]


def test_merges_in_one_batch_follow_each_other() -> None:
    changes = plan(on(STORIES, merge("s2", "s3"), merge("s1", "s2")), Prior(story_counts={"s2": 1, "s3": 1}))
    assert changes.renames == [("s3", "s2"), ("s2", "s1")]
    assert changes.merges == {"s3": "s1", "s2": "s1"}
    assert changes.stories_gone == ["s3", "s2"]
    assert changes.stories == [("s1", 2)]


def test_a_merge_into_a_story_already_merged_lands_in_its_survivor_and_a_repeat_changes_nothing() -> None:
    prior = Prior(merged_into={"s2": "s1"}, story_counts={"s1": 5})
    assert plan(on(STORIES, merge("s2", "s9")), prior).renames == [("s9", "s1")]
    again = plan(on(STORIES, merge("s1", "s2")), prior)
    assert again.renames == [] and again.merges == {} and again.stories == []


def test_an_article_naming_a_story_merged_earlier_is_placed_in_its_survivor() -> None:
    changes = plan(on(ARTICLES, article("a1", "h1", story="s2")), Prior(merged_into={"s2": "s1"},
                                                                          story_counts={"s1": 1}))
    assert changes.articles[0].article[STORY] == "s1"
    assert changes.stories == [("s1", 2)]


def test_a_revision_is_kept_and_applied_to_its_article_stored_or_in_the_batch() -> None:
    revision = StoryUpdated(article_id="c1", story_id="s1", change="revised", duplicate_of="o1")
    changes = plan([*on(STORIES, revision), *on(ARTICLES, article("c1", "h1", story="s1"))], Prior())
    assert changes.revisions == {"c1": "o1"}
    assert changes.articles[0].article[DUPLICATE] == "o1"
    later = plan(on(ARTICLES, article("c1", "h2", minutes=1)), Prior(revisions={"c1": "o1"}))
    assert later.articles[0].article[DUPLICATE] == "o1" and later.revisions == {}


def test_flattened_deliveries_plan_the_same_as_events() -> None:
    placed, merged = article("a1", "h1", story="s2", people=(("E1", "Ann Lee", ()),)), merge("s1", "s2")
    as_events = on(ARTICLES, placed, merged)
    flat = [FlatDelivery(rows_of(placed), ARTICLES, 0, 0), FlatDelivery(story_rows_of(merged), ARTICLES, 0, 1)]
    prior = Prior(story_counts={"s2": 1})
    assert plan(as_events, prior) == plan(flat, prior)
    assert keys_of(as_events) == keys_of(flat)


def test_keys_name_the_articles_stories_and_topics_of_the_batch() -> None:
    batch = [*on(ARTICLES, article("a1", "h1", story="s1")), *on(STORIES, merge("s2", "s3"))]
    keys = keys_of(batch)
    assert keys.article_ids == {"a1"}
    assert keys.story_ids == {"s1", "s2", "s3"}
    assert keys.topics == {ARTICLES, STORIES}


def test_plan_leaves_the_prior_as_it_was() -> None:
    prior = Prior(merged_into={"s3": "s2"}, story_counts={"s2": 4}, offsets={(STORIES, 0): -1})
    plan(on(STORIES, merge("s1", "s2")), prior)
    assert prior == Prior(merged_into={"s3": "s2"}, story_counts={"s2": 4}, offsets={(STORIES, 0): -1})
