"""The one contract suite of the Store port, run unchanged against memory, SQLite and PostgreSQL.

Every test gets a fresh migrated store of each engine (fixture ``store``); events come from the
small factories in ``factories.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import orjson
import pytest

from events.models import ArticleEnriched
from services.store.port import ArticleFilter, Delivery, FlatDelivery, InvalidQuery, Store
from services.store.rows import article_document, normalised, rows_from_json, rows_of, rows_to_json
from tests.integration.store.factories import LAVROV, RUBIO, T0, TOPIC, article, corpus, delivered, every_page, figure


def ids(items: list[dict]) -> list[str]:
    return [i["article_id"] for i in items]


def loaded(store: Store) -> list[ArticleEnriched]:
    events = corpus()
    assert store.apply(delivered(events)) == len(events)
    return events


# --- schema ----------------------------------------------------------------------------------
def test_migrate_is_idempotent_and_keeps_data(store: Store) -> None:
    loaded(store)
    store.migrate()
    store.migrate()
    assert store.ready()
    assert store.stats()["articles"] == 5


def test_not_ready_before_migrate(engine: str, make_store: Callable[..., Store]) -> None:
    fresh = make_store(engine, migrate=False)
    assert not fresh.ready()
    fresh.migrate()
    assert fresh.ready()


# --- writing ---------------------------------------------------------------------------------
def test_get_article_returns_everything_applied(store: Store) -> None:
    events = loaded(store)
    got = store.get_article("art-1")
    expected = article_document(normalised(events[0]), [{"content_hash": "hash-art-1",
                                                         "received_at": "2026-03-01T08:10:30.000000+00:00"}])
    assert got == expected
    assert got["removed"][0] == {"text": "Advertisement", "reason": "advertisement", "position": 2}
    assert [m["text"] for m in got["entities"][0]["mentions"]] == ["Sergey Lavrov"]
    assert got["figures"][0]["qualifier"] == "approximate"
    assert got["quotes"][0]["speaker_id"] == "Q-lavrov"
    assert store.get_article("no-such-article") is None


def test_stats_count_every_kind_of_row(store: Store) -> None:
    loaded(store)
    assert store.stats() == {"articles": 5, "versions": 5, "removed": 10, "entities": 3, "figures": 4, "quotes": 5,
                             "stories": 1}


def test_offsets_resume_after_the_last_applied(store: Store) -> None:
    events = corpus()
    store.apply(delivered(events[:3], partition=0) + delivered(events[3:], partition=1, first=100))
    assert store.offsets(TOPIC) == {0: 3, 1: 102}
    assert store.offsets("another.topic") == {}


def test_redelivery_of_the_same_batch_does_not_double_count(store: Store) -> None:
    batch = delivered(corpus())
    store.apply(batch)
    before = (store.stats(), store.dump(), store.list_entities(None, None, 100).items)
    assert store.apply(batch) == 0
    assert (store.stats(), store.dump(), store.list_entities(None, None, 100).items) == before
    assert store.offsets(TOPIC) == {0: 5}


def test_overlapping_batch_applies_only_the_new_offsets(store: Store) -> None:
    events = corpus()
    store.apply(delivered(events[:3]))
    assert store.apply(delivered(events[1:], first=1)) == 2
    assert store.stats()["articles"] == 5
    assert store.offsets(TOPIC) == {0: 5}


def test_a_failing_batch_writes_nothing_not_even_offsets(store: Store) -> None:
    good = delivered(corpus()[:2])
    broken = Delivery(event=None, topic=TOPIC, partition=0, offset=2)  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017 - any engine error; what matters is the rollback
        store.apply([*good, broken])
    assert store.stats()["articles"] == 0
    assert store.offsets(TOPIC) == {}
    assert store.apply(good) == 2


def test_replay_into_a_reset_store_gives_an_identical_dump(store: Store) -> None:
    events = corpus()
    revised = article("art-2", "Sergey Lavrov said talks resume on Friday.", minutes=21, people=[LAVROV],
                      content_hash="hash-art-2-v2", story_id="story-talks")
    log = delivered([*events, revised])
    for start in range(0, len(log), 2):  # batches of two
        store.apply(log[start:start + 2])
    first = store.dump()
    store.reset()
    assert store.stats()["articles"] == 0 and store.offsets(TOPIC) == {}
    assert store.apply(log) == len(log)  # one batch this time
    assert store.dump() == first


def test_flattened_deliveries_store_exactly_what_events_do(store: Store) -> None:
    events = corpus()
    revised = article("art-2", "Sergey Lavrov said talks resume on Friday.", minutes=21, people=[LAVROV],
                      content_hash="hash-art-2-v2", story_id="story-talks")
    log = delivered([*events, revised])
    store.apply(log)
    from_events = store.dump()
    store.reset()
    # As the projector's decode step hands rows over: through JSON, so tuples come back as lists.
    flat = [FlatDelivery(rows_from_json(orjson.loads(orjson.dumps(rows_to_json(rows_of(d.event))))), d.topic,
                         d.partition, d.offset) for d in log]
    assert store.apply(flat[:3]) == 3 and store.apply(flat) == len(flat) - 3  # offsets apply to both kinds
    assert store.dump() == from_events
    assert store.get_article("art-2")["body"] == "Sergey Lavrov said talks resume on Friday."
    assert ids(store.list_articles(ArticleFilter(q="FRIDAY talks"), None, 10).items) == ["art-2"]


def test_new_content_hash_adds_a_version_and_replaces_children(store: Store) -> None:
    loaded(store)
    body = "Marco Rubio later said 15 people were wounded."
    v2 = article("art-1", body, minutes=12, people=[RUBIO], content_hash="hash-art-1-v2",
                 figures=[figure("15", body, 15, "people-wounded", "people")], story_id="story-other")
    store.apply(delivered([v2], first=5))
    got = store.get_article("art-1")
    assert [v["content_hash"] for v in got["versions"]] == ["hash-art-1", "hash-art-1-v2"]
    assert got["body"] == body
    assert [e["id"] for e in got["entities"]] == ["Q-rubio"]
    assert [f["text"] for f in got["figures"]] == ["15"]
    assert store.article_versions()["art-1"] == {"hash-art-1", "hash-art-1-v2"}
    lavrov = store.get_entity("Q-lavrov")
    assert lavrov["article_count"] == 1 and [a["article_id"] for a in lavrov["articles"]] == ["art-2"]
    assert ids(store.list_articles(ArticleFilter(entity="Lavrov"), None, 10).items) == ["art-2"]
    assert store.get_story("story-talks")["articles"][0]["article_id"] == "art-2"
    assert [a["article_id"] for a in store.get_story("story-other")["articles"]] == ["art-1"]
    assert store.stats()["versions"] == 6 and store.stats()["stories"] == 2
    assert store.list_articles(ArticleFilter(q="riyadh"), None, 10).items == []  # only in version 1
    assert ids(store.list_articles(ArticleFilter(q="later wounded"), None, 10).items) == ["art-1"]


def test_versions_stay_with_an_article_whose_time_changes(store: Store) -> None:
    first = article("moving", "Ceasefire talks begin.", minutes=1)
    moved = article("moving", "Ceasefire talks begin in Riyadh.", minutes=30, content_hash="hash-moving-v2")
    store.apply(delivered([first, article("still", "Markets calm.", minutes=10)]))
    store.apply(delivered([moved], first=2))
    assert [v["content_hash"] for v in store.get_article("moving")["versions"]] == ["hash-moving", "hash-moving-v2"]
    assert ids(store.list_articles(ArticleFilter(), None, 10).items) == ["moving", "still"]
    # A third version, received last, dated back to the first one's time: the article moves back.
    # (The first version delivered again would change nothing: a store shows the latest received.)
    back = first.model_copy(update={"content_hash": "hash-moving-v3", "received_at": moved.received_at + timedelta(hours=1)})
    store.apply(delivered([back], first=3))
    got = store.get_article("moving")
    assert got["body"] == "Ceasefire talks begin." and len(got["versions"]) == 3
    assert ids(store.list_articles(ArticleFilter(), None, 10).items) == ["still", "moving"]
    assert ids(store.list_articles(ArticleFilter(q="riyadh"), None, 10).items) == []
    assert store.stats()["versions"] == 4 and store.get_article("still")["versions"][0]["content_hash"] == "hash-still"


def test_the_same_version_received_twice_is_one_version(store: Store) -> None:
    events = corpus()
    store.apply(delivered(events))
    store.apply(delivered(events, first=5))  # ingested again: new offsets, same content
    assert store.stats()["articles"] == 5 and store.stats()["versions"] == 5
    assert store.get_entity("Q-lavrov")["article_count"] == 2


# --- queries ---------------------------------------------------------------------------------
def test_list_articles_newest_first_with_list_items(store: Store) -> None:
    loaded(store)
    page = store.list_articles(ArticleFilter(), None, 10)
    assert ids(page.items) == ["art-5", "art-4", "art-3", "art-2", "art-1"]
    assert page.next_cursor is None
    first = page.items[-1]
    assert set(first) == {"article_id", "source", "headline", "published_at", "received_at", "story_id", "snippet"}
    assert first["published_at"] == "2026-03-01T08:10:00.000000+00:00"
    assert first["snippet"].startswith("Sergey Lavrov met Marco Rubio")
    assert page.items[0]["published_at"] is None  # ordered by received_at instead


def test_alias_lookup_finds_the_canonical_entity(store: Store) -> None:
    loaded(store)
    for name in ("Sergey Lavrov", "sergey lavrov", "LAVROV", "Sergei  Lavrov", "Q-lavrov"):
        assert store.get_entity(name)["id"] == "Q-lavrov", name
        assert ids(store.list_articles(ArticleFilter(entity=name), None, 10).items) == ["art-2", "art-1"], name
    assert store.get_entity("Lavrova") is None
    assert store.list_articles(ArticleFilter(entity="Lavrova"), None, 10).items == []


def test_filters_by_source_category_and_time(store: Store) -> None:
    loaded(store)
    assert ids(store.list_articles(ArticleFilter(source="agency"), None, 10).items) == ["art-4", "art-2"]
    assert ids(store.list_articles(ArticleFilter(category="money"), None, 10).items) == ["art-2"]
    window = ArticleFilter(since=T0 + timedelta(minutes=20), until=T0 + timedelta(minutes=40))
    assert ids(store.list_articles(window, None, 10).items) == ["art-3", "art-2"]
    combined = ArticleFilter(entity="Rubio", source="agency", category="people-wounded")
    assert ids(store.list_articles(combined, None, 10).items) == ["art-4"]
    assert store.list_articles(ArticleFilter(source="nobody"), None, 10).items == []


def test_full_text_matches_every_word_case_insensitively(store: Store) -> None:
    loaded(store)
    assert ids(store.list_articles(ArticleFilter(q="riyadh"), None, 10).items) == ["art-1"]
    assert ids(store.list_articles(ArticleFilter(q="LAVROV"), None, 10).items) == ["art-2", "art-1"]
    assert ids(store.list_articles(ArticleFilter(q="lavrov talks"), None, 10).items) == ["art-2"]
    assert ids(store.list_articles(ArticleFilter(q="ceasefire"), None, 10).items) == ["art-3"]  # headline and body
    assert ids(store.list_articles(ArticleFilter(q="schools", entity="Rubio"), None, 10).items) == []
    assert store.list_articles(ArticleFilter(q="lavrov submarine"), None, 10).items == []
    assert store.list_articles(ArticleFilter(q="!!! ..."), None, 10).items == []


def test_pagination_walks_every_article_once_in_order(store: Store) -> None:
    events = [article(f"page-{i:02d}", f"Report number {i} on the floods.", minutes=i) for i in range(23)]
    store.apply(delivered(events))
    seen, cursor, pages = [], None, 0
    while True:
        page = store.list_articles(ArticleFilter(q="floods"), cursor, 5)
        seen += ids(page.items)
        pages += 1
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert pages == 5
    assert seen == [f"page-{i:02d}" for i in reversed(range(23))]


def test_pagination_is_stable_between_equal_times(store: Store) -> None:
    events = [article(f"same-{i}", "Simultaneous bulletin.", minutes=5) for i in range(7)]
    store.apply(delivered(events))
    first = store.list_articles(ArticleFilter(), None, 4)
    second = store.list_articles(ArticleFilter(), first.next_cursor, 4)
    assert ids(first.items) + ids(second.items) == [f"same-{i}" for i in reversed(range(7))]
    assert second.next_cursor is None


def assert_pages_split_inside_instants(store: Store, flt: ArticleFilter, expected: list[str]) -> None:
    """A first page ending inside an instant, wherever an engine cuts its chunks, and the rest."""
    for size in (59, 61, 63, 64, 65):
        first = store.list_articles(flt, None, size)
        rest = store.list_articles(flt, first.next_cursor, 100)
        assert ids(first.items) + ids(rest.items) == expected, size


def test_full_text_pages_are_exact_across_many_equal_times(store: Store) -> None:
    # 150 matches, 15 per instant: enough to page through several search chunks and ties.
    events = [article(f"tie-{i:03d}", f"Ferry bulletin {i}.", minutes=i % 10) for i in range(150)]
    events += [article("other", "Unrelated weather note.", minutes=4)]
    store.apply(delivered(events))
    expected = [e.article_id for e in sorted(events[:150], key=lambda e: (e.published_at, e.article_id), reverse=True)]
    assert every_page(store, ArticleFilter(q="ferry bulletin"), 7) == expected
    assert_pages_split_inside_instants(store, ArticleFilter(q="ferry"), expected)
    late = ArticleFilter(q="bulletin", since=T0 + timedelta(minutes=8))
    assert ids(store.list_articles(late, None, 100).items) == expected[:30]


def test_entity_pages_are_exact_across_many_equal_times(store: Store) -> None:
    # 150 articles of one entity, 15 per instant, among others: pages through chunks and ties.
    events = [article(f"tie-{i:03d}", f"Sergey Lavrov bulletin {i}.", minutes=i % 10, people=[LAVROV]) for i in range(150)]
    events += [article(f"other-{i}", f"Marco Rubio bulletin {i}.", minutes=i % 10, people=[RUBIO]) for i in range(20)]
    store.apply(delivered(events))
    expected = [e.article_id for e in sorted(events[:150], key=lambda e: (e.published_at, e.article_id), reverse=True)]
    assert every_page(store, ArticleFilter(entity="Lavrov"), 7) == expected
    assert_pages_split_inside_instants(store, ArticleFilter(entity="Q-lavrov"), expected)
    late = ArticleFilter(entity="Sergey Lavrov", q="bulletin", since=T0 + timedelta(minutes=8))
    assert ids(store.list_articles(late, None, 100).items) == expected[:30]
    assert [a["article_id"] for a in store.get_entity("Lavrov")["articles"]] == expected[:100]
    assert store.get_entity("Rubio")["co_occurring"] == []


def test_no_query_word_matches_an_entity_id(store: Store) -> None:
    loaded(store)
    for q in ("Q-lavrov", "Q-lavrov".encode().hex(), "e" + "Q-lavrov".encode().hex(), "\ue000eQ-lavrov"):
        assert store.list_articles(ArticleFilter(q=q), None, 10).items == [], q


def test_page_size_is_capped_and_bad_arguments_refused(store: Store) -> None:
    store.apply(delivered([article(f"many-{i:03d}", "Filler text.", minutes=i) for i in range(120)]))
    assert len(store.list_articles(ArticleFilter(), None, 1000).items) == 100
    with pytest.raises(InvalidQuery, match="limit"):
        store.list_articles(ArticleFilter(), None, 0)
    with pytest.raises(InvalidQuery, match="cursor"):
        store.list_articles(ArticleFilter(), "not a cursor!", 10)
    entities_cursor = None
    store.apply(delivered([article(f"e-{i}", "Body.", people=[(f"Q-{i}", f"Person {i}", ())]) for i in range(3)],
                          first=120))
    entities_cursor = store.list_entities(None, None, 1).next_cursor
    with pytest.raises(InvalidQuery, match="cursor"):
        store.list_articles(ArticleFilter(), entities_cursor, 10)  # a cursor of another list
    with pytest.raises(InvalidQuery, match="q"):
        store.list_articles(ArticleFilter(q="word " * 200), None, 10)


def test_sql_looking_input_is_just_text(store: Store) -> None:
    hostile = "Robert'); DROP TABLE articles; --"
    body = f"The student known as {hostile} enrolled at the school. 50% OR 1=1"
    store.apply(delivered([article("bobby", body, people=[("Q-bobby", hostile, ())]), *corpus()[:1]]))
    assert ids(store.list_articles(ArticleFilter(q="drop table articles"), None, 10).items) == ["bobby"]
    assert ids(store.list_articles(ArticleFilter(q="' OR '1'='1"), None, 10).items) == ["bobby"]
    assert store.list_articles(ArticleFilter(source="' OR '1'='1"), None, 10).items == []
    assert ids(store.list_articles(ArticleFilter(entity=hostile.upper()), None, 10).items) == ["bobby"]
    assert store.get_article("' OR 1=1 --") is None
    assert store.get_entity("x' OR '1'='1") is None
    assert store.list_articles(ArticleFilter(q='"unterminated NEAR( * ^ -'), None, 10).items == []
    assert store.get_article("bobby")["body"] == body
    assert store.stats()["articles"] == 2


def test_list_entities_by_article_count_with_type_and_pages(store: Store) -> None:
    loaded(store)
    page = store.list_entities(None, None, 10)
    assert [(e["id"], e["article_count"]) for e in page.items] == [("Q-lavrov", 2), ("Q-rubio", 2), ("Q-guterres", 1)]
    assert page.items[0] == {"id": "Q-lavrov", "name": "Sergey Lavrov", "type": "PERSON", "article_count": 2,
                             "aliases": ["Lavrov", "Sergei Lavrov", "Sergey Lavrov"]}
    first = store.list_entities("PERSON", None, 2)
    second = store.list_entities("PERSON", first.next_cursor, 2)
    assert [e["id"] for e in first.items + second.items] == ["Q-lavrov", "Q-rubio", "Q-guterres"]
    assert second.next_cursor is None
    assert store.list_entities("GPE", None, 10).items == []


def test_get_entity_lists_articles_and_co_occurring_entities(store: Store) -> None:
    loaded(store)
    got = store.get_entity("rubio")
    assert got["id"] == "Q-rubio" and got["name"] == "Marco Rubio" and got["type"] == "PERSON"
    assert got["aliases"] == ["Marco Rubio", "Rubio"]
    assert got["articles"] == [{"article_id": "art-4", "headline": "Rubio: twelve wounded"},
                               {"article_id": "art-1", "headline": "Lavrov and Rubio meet in Riyadh"}]
    assert got["co_occurring"] == [{"id": "Q-lavrov", "name": "Sergey Lavrov", "type": "PERSON", "count": 1}]


def test_list_figures_filters_and_pages(store: Store) -> None:
    loaded(store)
    everything = store.list_figures(None, None, None, None, None, 100).items
    assert [(f["article_id"], f["text"]) for f in everything] == [  # newest article first
        ("art-4", "at least 12"), ("art-3", "1,200"), ("art-2", "$2 billion"), ("art-1", "About 40")]
    assert everything[-1]["value"] == 40 and everything[-1]["start"] == 52
    assert [f["text"] for f in store.list_figures(None, "people", None, None, None, 10).items] == ["at least 12", "About 40"]
    assert [f["text"] for f in store.list_figures(None, None, "money", None, None, 10).items] == ["$2 billion"]
    assert [f["text"] for f in store.list_figures(None, None, None, "lower-bound", None, 10).items] == ["at least 12"]
    assert [f["text"] for f in store.list_figures("Sergey Lavrov", None, None, None, None, 10).items] == ["$2 billion"]
    assert store.list_figures("nobody at all", None, None, None, None, 10).items == []
    first = store.list_figures(None, None, None, None, None, 3)
    second = store.list_figures(None, None, None, None, first.next_cursor, 3)
    assert [f["text"] for f in first.items + second.items] == [f["text"] for f in everything]
    assert second.next_cursor is None


def test_list_figures_keeps_body_order_within_an_article_and_pages_through_it(store: Store) -> None:
    body = "At least 12 died and 40 were hurt; 3 ships sank, 7 ports shut, and about 600 fled."
    texts = ["At least 12", "40", "3", "7", "about 600"]
    figures = [figure(t, body, None, "other", "people") for t in texts]
    same_time = [article(f"same-{k}", body, minutes=5, figures=figures[:3]) for k in "ab"]  # ties on sort_at
    store.apply(delivered([article("older", body, minutes=1, figures=figures), *same_time]))
    expected = [("same-b", t) for t in texts[:3]] + [("same-a", t) for t in texts[:3]] + [("older", t) for t in texts]
    for size in (1, 2, 4, 100):
        seen, cursor = [], None
        while True:
            page = store.list_figures(None, "people", None, None, cursor, size)
            seen += [(f["article_id"], f["text"]) for f in page.items]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert seen == expected, size


def test_get_story_lists_its_articles(store: Store) -> None:
    loaded(store)
    story = store.get_story("story-talks")
    assert story == {"story_id": "story-talks", "figure_groups": [], "articles": [
        {"article_id": "art-2", "headline": "Talks to resume, Lavrov says", "source": "agency",
         "first_line": "Sergey Lavrov said the talks would resume. Officials said $2 billion in aid was frozen.",
         "published_at": "2026-03-01T08:20:00.000000+00:00", "received_at": "2026-03-01T08:20:30.000000+00:00",
         "duplicate_of": None, "credit": None},
        {"article_id": "art-1", "headline": "Lavrov and Rubio meet in Riyadh", "source": "wire",
         "first_line": "Sergey Lavrov met Marco Rubio in Riyadh on Tuesday. About 40 people were killed in the strikes.",
         "published_at": "2026-03-01T08:10:00.000000+00:00", "received_at": "2026-03-01T08:10:30.000000+00:00",
         "duplicate_of": None, "credit": None},
    ]}
    assert store.get_story("story-unknown") is None


def two_outlets_counting_troops() -> list[ArticleEnriched]:
    """One story, two outlets: soldiers against troops, attributed differently, and a third article
    joining later with a figure that agrees with neither."""
    b1 = "Officials believe an estimated 4,000 soldiers were sent to the border.\n\nAP"
    b2 = "State media said more than 5,000 troops were deployed to the border."
    b3 = "Monitors counted about 9,000 troops sent to the border."
    return [
        article("t-1", b1, source="daily", minutes=1, story_id="story-troops", figures=[
            figure("an estimated 4,000", b1, 4000, "people-deployed", "soldier", "approximate")]),
        article("t-2", b2, source="herald", minutes=2, story_id="story-troops", figures=[
            figure("more than 5,000", b2, 5000, "people-deployed", "troop", "lower-bound", attribution_id="Q-media")]),
        article("t-3", b3, source="post", minutes=3, story_id="story-troops", figures=[
            figure("about 9,000", b3, 9000, "people-deployed", "troop", "approximate")]),
    ]


def test_get_story_reconciles_its_figures_as_articles_arrive(store: Store) -> None:
    first, second, third = two_outlets_counting_troops()
    store.apply(delivered([first, second]))
    story = store.get_story("story-troops")
    assert [a["credit"] for a in story["articles"]] == [None, {"line": "AP", "agency": "Associated Press"}]
    [group] = story["figure_groups"]
    assert (group["unit"], group["verdict"]) == ("troop", "disagree")
    assert [(f["article_id"], f["unit"], f["attribution_id"]) for f in group["figures"]] == [
        ("t-1", "soldier", None), ("t-2", "troop", "Q-media")]
    store.apply(delivered([third], first=2))
    [group] = store.get_story("story-troops")["figure_groups"]
    assert [f["article_id"] for f in group["figures"]] == ["t-1", "t-2", "t-3"]


def test_figures_by_unit_find_every_unit_that_counts_the_same(store: Store) -> None:
    store.apply(delivered(two_outlets_counting_troops()))
    for unit in ("troop", "soldier"):
        found = store.list_figures(None, unit, None, None, None, 10).items
        assert sorted(f["article_id"] for f in found) == ["t-1", "t-2", "t-3"], unit
    assert store.list_figures(None, "engineer", None, None, None, 10).items == []


def test_naive_and_offset_times_are_stored_in_utc(store: Store) -> None:
    plus_two = timezone(timedelta(hours=2))
    event = article("tz", "Clock test.").model_copy(update={
        "published_at": datetime(2026, 3, 1, 10, 0, tzinfo=plus_two), "received_at": datetime(2026, 3, 1, 8, 5)})
    store.apply(delivered([event]))
    got = store.get_article("tz")
    assert got["published_at"] == "2026-03-01T08:00:00.000000+00:00"
    assert got["received_at"] == "2026-03-01T08:05:00.000000+00:00"
    window = ArticleFilter(since=datetime(2026, 3, 1, 9, 59, tzinfo=plus_two), until=datetime(2026, 3, 1, 8, 1))
    assert ids(store.list_articles(window, None, 10).items) == ["tz"]


# --- one behaviour ---------------------------------------------------------------------------
@pytest.mark.postgres
def test_every_engine_gives_the_same_answers(make_store: Callable[..., Store]) -> None:
    stores = {name: make_store(name) for name in ("memory", "sqlite", "postgres")}
    log = delivered([*corpus(), *two_outlets_counting_troops()])
    answers = {}
    for name, s in stores.items():
        s.apply(log[:2])
        s.apply(log[1:])
        answers[name] = (
            s.dump(), s.stats(), s.offsets(TOPIC),
            s.list_articles(ArticleFilter(q="said"), None, 2),
            s.list_entities(None, None, 2),
            s.get_entity("LAVROV"),
            s.list_figures(None, None, None, None, None, 2),
            s.get_story("story-talks"),
            s.get_story("story-troops"),
        )
    assert answers["sqlite"] == answers["memory"]
    assert answers["postgres"] == answers["memory"]
