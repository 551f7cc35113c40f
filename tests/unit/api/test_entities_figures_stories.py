from __future__ import annotations

from fastapi.testclient import TestClient


def test_entities_ordered_by_article_count_and_filtered_by_type(client: TestClient) -> None:
    items = client.get("/entities").json()["items"]
    assert items[0]["id"] == "ent_norland" and items[0]["article_count"] == 2
    people = client.get("/entities", params={"type": "PERSON"}).json()["items"]
    assert [e["id"] for e in people] == ["ent_keller"]


def test_entity_by_id_or_alias(client: TestClient) -> None:
    by_id = client.get("/entities/ent_keller").json()
    by_alias = client.get("/entities/Keller").json()
    assert by_id == by_alias
    assert by_id["name"] == "Anna Keller"
    assert [a["article_id"] for a in by_id["articles"]] == ["a-harbour"]
    assert {c["id"] for c in by_id["co_occurring"]} == {"ent_norland", "ent_vcg"}


def test_entity_unknown_is_404(client: TestClient) -> None:
    r = client.get("/entities/Nobody At All")
    assert r.status_code == 404 and r.json()["detail"] == "no entity with id 'Nobody At All'"


def test_figures_filters(client: TestClient) -> None:
    assert [f["text"] for f in client.get("/figures").json()["items"]] == ["at least 1,200 troops", "about 40 vessels"]
    by_qualifier = client.get("/figures", params={"qualifier": "approximate"}).json()["items"]
    assert [(f["text"], f["article_id"]) for f in by_qualifier] == [("about 40 vessels", "a-harbour")]
    assert [f["unit"] for f in client.get("/figures", params={"unit": "troops"}).json()["items"]] == ["troops"]
    assert [f["category"] for f in client.get("/figures", params={"entity": "Anna Keller"}).json()["items"]] == [
        "people-deployed"
    ]
    assert client.get("/figures", params={"qualifier": "roughly"}).status_code == 422


def test_story(client: TestClient) -> None:
    story = client.get("/stories/s-harbour").json()
    assert story["story_id"] == "s-harbour"
    assert {a["article_id"] for a in story["articles"]} == {"a-harbour", "a-follow"}
    assert client.get("/stories/s-none").status_code == 404


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}


def test_readyz_is_503_when_the_store_is_not_ready() -> None:
    from services.api.app import create_app
    from services.store.memory import MemoryStore

    unmigrated = MemoryStore()
    r = TestClient(create_app(unmigrated)).get("/readyz")
    assert r.status_code == 503 and r.headers["content-type"] == "application/problem+json"
