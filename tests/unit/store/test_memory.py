"""The in-memory twin on its own (the contract suite holds it to the SQL engines)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from events.models import ArticleEnriched, Entity, Mention
from services.store.memory import MemoryStore
from services.store.port import ArticleFilter, Delivery

WHEN = datetime(2026, 6, 1, 7, 30, tzinfo=timezone.utc)


def _event(aid: str, body: str, minutes: int = 0) -> ArticleEnriched:
    name = body.split(" said")[0]
    return ArticleEnriched(
        article_id=aid, source="desk", input=f"{aid}.txt", format="text", content_hash=f"h-{aid}",
        received_at=WHEN.replace(minute=minutes), body=body, headline=f"Item {aid}",
        entities=(Entity(id=f"E-{name}", name=name, type="PERSON", aliases=(name.split()[-1],),
                         mentions=(Mention(start=0, end=len(name), text=name),), mention_count=1),),
    )


def test_ready_only_after_migrate() -> None:
    store = MemoryStore()
    assert not store.ready()
    store.migrate()
    assert store.ready()


def test_apply_skips_old_offsets_and_answers_queries() -> None:
    store = MemoryStore()
    batch = [Delivery(_event("a", "Lena Ortiz said the bridge opens soon.", 1), "t", 0, 0),
             Delivery(_event("b", "Tomas Berg said the ferry is late.", 2), "t", 0, 1)]
    assert store.apply(batch) == 2
    assert store.apply(batch) == 0
    assert store.offsets("t") == {0: 2}
    assert [i["article_id"] for i in store.list_articles(ArticleFilter(), None, 10).items] == ["b", "a"]
    assert [i["article_id"] for i in store.list_articles(ArticleFilter(entity="ORTIZ"), None, 10).items] == ["a"]
    assert [i["article_id"] for i in store.list_articles(ArticleFilter(q="Ferry late"), None, 10).items] == ["b"]


def test_a_failing_batch_changes_nothing() -> None:
    store = MemoryStore()
    good = Delivery(_event("a", "Lena Ortiz said the bridge opens soon."), "t", 0, 0)
    broken = Delivery(None, "t", 0, 1)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        store.apply([good, broken])
    assert store.stats()["articles"] == 0 and store.offsets("t") == {}
