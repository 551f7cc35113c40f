from __future__ import annotations

from fastapi.testclient import TestClient

from services.store.memory import MemoryStore
from tests.unit.api.conftest import fill
from tests.unit.api.sample import follow_up


def ids(response) -> list[str]:  # noqa: ANN001
    assert response.status_code == 200, response.text
    return [item["article_id"] for item in response.json()["items"]]


def test_list_is_newest_first_with_list_shape(client: TestClient) -> None:
    body = client.get("/articles").json()
    assert [i["article_id"] for i in body["items"]] == ["a-follow", "a-harbour", "a-hostile"]
    assert body["next_cursor"] is None
    assert set(body["items"][0]) >= {"article_id", "source", "headline", "published_at", "received_at", "story_id", "snippet"}


def test_filters(client: TestClient) -> None:
    assert ids(client.get("/articles", params={"entity": "ent_keller"})) == ["a-harbour"]
    assert ids(client.get("/articles", params={"entity": "keller"})) == ["a-harbour"]  # an alias, any case
    assert ids(client.get("/articles", params={"entity": "Norland"})) == ["a-follow", "a-harbour"]
    assert ids(client.get("/articles", params={"category": "people-deployed"})) == ["a-harbour"]
    assert ids(client.get("/articles", params={"source": "southpress"})) == ["a-follow"]
    assert ids(client.get("/articles", params={"q": "troops pulled"})) == ["a-harbour"]
    assert ids(client.get("/articles", params={"since": "2026-03-02T06:00:00Z", "until": "2026-03-02T09:00:00Z"})) == [
        "a-harbour"
    ]


def test_cursor_pagination_walks_every_article_once() -> None:
    from fastapi.testclient import TestClient as Client

    from services.api.app import create_app

    store = MemoryStore()
    store.migrate()
    fill(store, [follow_up(f"a-{n:02d}", hours=n) for n in range(7)])
    client = Client(create_app(store))
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = client.get("/articles", params=params).json()
        seen += [i["article_id"] for i in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"a-{n:02d}" for n in reversed(range(7))]


def test_sql_looking_input_is_just_text(client: TestClient) -> None:
    assert ids(client.get("/articles", params={"q": "DROP TABLE articles"})) == ["a-hostile"]
    assert ids(client.get("/articles", params={"entity": "x' OR '1'='1"})) == []
    assert ids(client.get("/articles", params={"source": "odd'; --"})) == []


def test_article_detail(client: TestClient) -> None:
    doc = client.get("/articles/a-harbour").json()
    assert doc["body"].startswith("Talks between Norland")
    assert {(r["text"], r["reason"]) for r in doc["removed"]} >= {("ADVERTISEMENT", "advertisement")}
    keller = next(e for e in doc["entities"] if e["id"] == "ent_keller")
    assert all(doc["body"][m["start"]:m["end"]] == m["text"] for m in keller["mentions"])
    assert [f["qualifier"] for f in doc["figures"]] == ["lower-bound", "approximate"]
    assert doc["quotes"][0]["speaker_id"] == "ent_keller"
    assert doc["story_id"] == "s-harbour"
    assert [v["content_hash"] for v in doc["versions"]] == ["c" * 64]


def test_unknown_article_is_a_404_problem(client: TestClient) -> None:
    r = client.get("/articles/a-nope")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json() == {"type": "about:blank", "title": "Not Found", "status": 404,
                        "detail": "no article with id 'a-nope'", "instance": "/articles/a-nope"}


def problem_params(response) -> list[str]:  # noqa: ANN001
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return [e["parameter"] for e in response.json()["errors"]]


def test_malformed_parameters_are_422_naming_them(client: TestClient) -> None:
    assert problem_params(client.get("/articles", params={"limit": 101})) == ["limit"]
    assert problem_params(client.get("/articles", params={"limit": 0})) == ["limit"]
    assert problem_params(client.get("/articles", params={"limit": "ten"})) == ["limit"]
    assert problem_params(client.get("/articles", params={"since": "yesterday"})) == ["since"]
    assert problem_params(client.get("/articles", params={"category": "cats"})) == ["category"]
    assert problem_params(client.get("/articles", params={"cursor": "not-a-cursor"})) == ["cursor"]
    detail = client.get("/articles", params={"limit": 500}).json()["detail"]
    assert "limit" in detail and "100" in detail


def test_huge_query_is_refused_not_run(client: TestClient) -> None:
    assert problem_params(client.get("/articles", params={"q": "harbour " * 100})) == ["q"]


def test_query_limit_is_configurable(store: MemoryStore) -> None:
    from services.api.app import create_app

    client = TestClient(create_app(store, max_query_chars=10))
    assert problem_params(client.get("/articles", params={"q": "harbour talks"})) == ["q"]
    assert client.get("/articles", params={"q": "harbour"}).status_code == 200


def test_store_refusals_are_422_naming_the_parameter(client: TestClient) -> None:
    many_words = " ".join(f"word{n}" for n in range(40))  # short enough for the API, too many words for the store
    assert problem_params(client.get("/articles", params={"q": many_words})) == ["q"]
