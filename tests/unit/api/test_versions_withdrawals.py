"""The API over wire items: an updated item is version 2 with the change listed, a canceled one is
410 and out of every list but keeps its history, an embargoed one appears only from its time."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient

from events.models import ArticleWithdrawn
from services.store.memory import MemoryStore
from services.store.port import Delivery
from tests.unit.api.conftest import fill
from tests.unit.api.sample import T0, harbour_article


def listed(client: TestClient) -> list[str]:
    return [i["article_id"] for i in client.get("/articles").json()["items"]]


def test_an_updated_item_is_version_2_with_what_changed(store: MemoryStore, client: TestClient) -> None:
    first = store.get_article("a-harbour")
    body = first["body"].replace("Keller", "Mr Keller") + " Marta Lind arrived later."
    update = harbour_article(content_hash="f" * 64, received_at=T0 + timedelta(hours=1), body=body, figures=(),
                             entities=())
    store.apply([Delivery(update, "enriched", 0, 99)])
    history = client.get("/articles/a-harbour/versions")
    assert history.status_code == 200, history.text
    v1, v2 = history.json()["versions"]
    assert (v1["version"], v2["version"]) == (1, 2) and v2["content_hash"] == "f" * 64
    assert {e["id"] for e in v2["entities_removed"]} == {e["id"] for e in first["entities"]}
    assert [f["text"] for f in v2["figures_removed"]] == [f["text"] for f in first["figures"]]
    assert client.get("/articles/a-harbour").json()["body"] == body  # the latest is shown
    assert client.get("/articles/nope/versions").status_code == 404


def test_a_canceled_item_disappears_from_the_api_but_stays_in_history(store: MemoryStore, client: TestClient) -> None:
    kill = ArticleWithdrawn(article_id="a-harbour", source="wire", input="-", status="canceled", item_id="urn:h",
                            reason="Legal", received_at=T0 + timedelta(minutes=5))

    store.apply([Delivery(kill, "enriched", 0, 50)])
    assert "a-harbour" not in listed(client)
    gone = client.get("/articles/a-harbour")
    assert gone.status_code == 410 and gone.headers["content-type"].startswith("application/problem+json")
    assert "withdrawn (canceled): Legal" in gone.json()["detail"]
    assert all(a["article_id"] != "a-harbour" for a in client.get("/stories/s-harbour").json()["articles"])
    assert client.get("/ui/articles/a-harbour").status_code in (404, 410)
    history = client.get("/articles/a-harbour/versions").json()
    assert history["withdrawn"]["status"] == "canceled" and len(history["versions"]) == 1


def test_an_embargoed_item_appears_only_after_its_time() -> None:
    from services.api.app import create_app

    store = MemoryStore()
    store.migrate()
    until = T0 + timedelta(hours=6)
    fill(store, [harbour_article(embargoed_until=until)])
    store.clock = lambda: until - timedelta(minutes=1)  # type: ignore[method-assign]
    with TestClient(create_app(store)) as client:
        assert listed(client) == [] and client.get("/articles/a-harbour").status_code == 404
        assert client.get("/articles/a-harbour/versions").status_code == 404
        assert client.get("/figures").json()["items"] == []
        store.clock = lambda: until  # type: ignore[method-assign]
        assert listed(client) == ["a-harbour"] and client.get("/articles/a-harbour").status_code == 200
