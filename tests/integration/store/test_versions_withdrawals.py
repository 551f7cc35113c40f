"""The Store contract for wire items (issue 21), on memory, SQLite and PostgreSQL: every version is
kept with what changed in entities and figures, an identical re-delivery changes nothing, a
withdrawal hides the article everywhere but in its history (in either arrival order, until a later
version), and an embargoed article is shown only from its time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import orjson

from events.models import ArticleWithdrawn
from services.store.port import ArticleFilter, Delivery, FlatDelivery, Store
from services.store.rows import rows_from_json, rows_to_json, withdrawal_rows_of
from tests.integration.store.factories import LAVROV, RUBIO, T0, article, figure

V1 = "Sergey Lavrov said 32 people were killed in the strikes."
V2 = "Sergey Lavrov and Marco Rubio said 40 people were killed in the strikes and 2 ships sank."


def version(n: int, minutes: int):
    body = V1 if n == 1 else V2
    people = [LAVROV] if n == 1 else [LAVROV, RUBIO]
    figures = [figure("32 people" if n == 1 else "40 people", body, 32 if n == 1 else 40, "people-killed", "people")]
    if n == 2:
        figures.append(figure("2 ships", body, 2, "other", "ships"))
    return article("a-1", body, minutes=minutes, people=people, figures=figures, content_hash=f"hash-v{n}",
                   story_id="s-1")


def withdrawal(minutes: int, status: str = "canceled") -> ArticleWithdrawn:
    return ArticleWithdrawn(article_id="a-1", source="wire", input="-", status=status, item_id="urn:1",
                            reason="Legal kill", received_at=T0 + timedelta(minutes=minutes))


def listed(store: Store) -> list[str]:
    return [i["article_id"] for i in store.list_articles(ArticleFilter(), None, 10).items]


def shown_anywhere(store: Store) -> dict[str, bool]:
    story = store.get_story("s-1")
    return {
        "list": "a-1" in listed(store),
        "article": store.get_article("a-1") is not None,
        "story": bool(story and any(a["article_id"] == "a-1" for a in story["articles"])),
        "entity": any(a["article_id"] == "a-1" for a in store.get_entity("Q-lavrov")["articles"]),
        "figures": any(f["article_id"] == "a-1" for f in store.list_figures(None, None, None, None, None, 10).items),
        "search": bool(store.list_articles(ArticleFilter(q="strikes"), None, 10).items),
    }


def test_a_new_version_is_kept_with_what_changed_and_the_latest_is_shown(store: Store) -> None:
    store.apply([Delivery(version(1, 0), "t", 0, 0), Delivery(version(2, 10), "t", 0, 1)])
    assert store.get_article("a-1")["body"] == V2 and listed(store) == ["a-1"]
    history = store.get_versions("a-1")
    assert [v["version"] for v in history["versions"]] == [1, 2] and history["withdrawn"] is None
    v1, v2 = history["versions"]
    assert v1["content_hash"] == "hash-v1" and [e["id"] for e in v1["entities_added"]] == ["Q-lavrov"]
    assert v2["changes_known"] and [e["name"] for e in v2["entities_added"]] == ["Marco Rubio"]
    assert v2["entities_removed"] == [] and v2["figures_removed"] == []
    assert [f["text"] for f in v2["figures_added"]] == ["2 ships"]
    (changed,) = v2["figures_changed"]
    assert (changed["before"]["value"], changed["after"]["value"]) == (32, 40)
    assert store.get_versions("nope") is None


def test_an_identical_redelivery_changes_nothing(store: Store) -> None:
    first = version(1, 0)
    store.apply([Delivery(first, "t", 0, 0)])
    before = (store.dump(), store.get_versions("a-1"), store.get_article("a-1"), store.stats())
    again = first.model_copy(update={"received_at": first.received_at + timedelta(hours=5)})
    store.apply([Delivery(again, "t", 0, 1)])
    assert (store.dump(), store.get_versions("a-1"), store.get_article("a-1"), store.stats()) == before


def test_a_canceled_article_disappears_but_keeps_its_history_until_a_later_version(store: Store) -> None:
    store.apply([Delivery(version(1, 0), "t", 0, 0)])
    assert all(shown_anywhere(store).values())
    store.apply([Delivery(withdrawal(5), "t", 0, 1)])
    assert not any(shown_anywhere(store).values()), shown_anywhere(store)
    history = store.get_versions("a-1")
    assert history["withdrawn"]["status"] == "canceled" and history["withdrawn"]["reason"] == "Legal kill"
    assert [v["content_hash"] for v in history["versions"]] == ["hash-v1"]
    store.apply([Delivery(version(2, 10), "t", 0, 2)])  # published again, as usable, after the kill
    assert all(shown_anywhere(store).values()) and store.get_versions("a-1")["withdrawn"] is None
    assert len(store.get_versions("a-1")["withdrawals"]) == 1


def test_a_withdrawal_that_overtakes_its_article_still_hides_it(store: Store) -> None:
    kill = withdrawal(5)
    flat = FlatDelivery(rows_from_json(orjson.loads(orjson.dumps(rows_to_json(withdrawal_rows_of(kill))))), "t", 0, 0)
    store.apply([flat])  # as the projector's decode step hands it over
    store.apply([Delivery(version(1, 0), "t", 0, 1)])  # received before the kill, stored after it
    assert not any(shown_anywhere(store).values())
    assert [d["kind"] for d in store.dump() if d["kind"] == "withdrawal"] == ["withdrawal"]


def test_an_embargoed_article_is_shown_only_from_its_time(store: Store) -> None:
    until = datetime(2026, 3, 2, 6, 0, tzinfo=timezone.utc)
    held = version(1, 0).model_copy(update={"embargoed_until": until})
    store.apply([Delivery(held, "t", 0, 0)])
    store.clock = lambda: until - timedelta(seconds=1)  # type: ignore[method-assign]
    assert not any(shown_anywhere(store).values()) and store.get_versions("a-1") is None
    store.clock = lambda: until  # type: ignore[method-assign]
    assert all(shown_anywhere(store).values())
    assert store.get_article("a-1")["embargoed_until"] == "2026-03-02T06:00:00Z" or \
        store.get_article("a-1")["embargoed_until"].startswith("2026-03-02T06:00:00")


def test_an_older_version_delivered_again_or_late_is_kept_but_the_latest_stays_shown(store: Store) -> None:
    store.apply([Delivery(version(1, 0), "t", 0, 0), Delivery(version(2, 10), "t", 0, 1)])
    before = store.get_versions("a-1")
    stale = version(1, 0).model_copy(update={"received_at": T0 + timedelta(hours=3)})
    store.apply([Delivery(stale, "t", 0, 2)])  # v1 again, alone in its batch
    assert store.get_article("a-1")["content_hash"] == "hash-v2" and store.get_versions("a-1") == before
    late = article("a-1", "Sergey Lavrov said 35 people were killed.", minutes=5, people=[LAVROV],
                   content_hash="hash-late", story_id="s-1")  # received between v1 and v2, delivered last
    store.apply([Delivery(late, "t", 0, 3)])
    assert store.get_article("a-1")["content_hash"] == "hash-v2"
    assert [v["content_hash"] for v in store.get_versions("a-1")["versions"]] == ["hash-v1", "hash-late", "hash-v2"]
