from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from services.api.app import create_app
from services.store.memory import MemoryStore


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_only_reads_are_allowed(client: TestClient, method: str) -> None:
    for path in ("/articles", "/articles/a-harbour", "/no/such/path"):
        r = client.request(method, path)
        assert r.status_code == 405, (method, path)
        assert r.headers["allow"] == "GET, HEAD"
        assert r.headers["content-type"] == "application/problem+json"
        assert method in r.json()["detail"]


def test_head_answers_like_get_without_a_body(client: TestClient) -> None:
    get, head = client.get("/articles/a-harbour"), client.head("/articles/a-harbour")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]
    assert client.head("/articles/a-nope").status_code == 404


def test_token_protects_everything_but_healthz(store: MemoryStore) -> None:
    client = TestClient(create_app(store, token="s3cret"))
    for path in ("/articles", "/readyz", "/metrics", "/ui/articles", "/openapi.json"):
        r = client.get(path)
        assert r.status_code == 401, path
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert r.headers["content-type"] == "application/problem+json"
    assert client.get("/articles", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/articles", headers={"Authorization": "s3cret"}).status_code == 401
    assert client.get("/articles", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert client.get("/healthz").status_code == 200


def test_no_token_means_open(client: TestClient) -> None:
    assert client.get("/articles").status_code == 200


def test_request_body_over_the_limit_is_413(store: MemoryStore) -> None:
    client = TestClient(create_app(store, max_body_bytes=100))
    r = client.request("GET", "/articles", content=b"x" * 101)
    assert r.status_code == 413 and r.headers["content-type"] == "application/problem+json"
    assert "100 bytes" in r.json()["detail"]
    assert client.request("GET", "/articles", content=b"x" * 100).status_code == 200
    bogus = client.request("GET", "/articles", headers={"content-length": "lots"})
    assert bogus.status_code == 413


def test_errors_never_leak_internals() -> None:
    class Broken(MemoryStore):
        def list_articles(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
            raise RuntimeError("SELECT secret FROM internals")

    client = TestClient(create_app(Broken()), raise_server_exceptions=False)
    r = client.get("/articles")
    assert r.status_code == 500 and r.headers["content-type"] == "application/problem+json"
    assert "secret" not in r.text


def test_an_answer_over_the_response_limit_is_replaced_by_a_problem(store: MemoryStore) -> None:
    client = TestClient(create_app(store, max_response_bytes=1500))
    assert client.get("/articles/a-follow").status_code == 200
    r = client.get("/articles/a-harbour")
    assert r.status_code == 500 and r.headers["content-type"] == "application/problem+json"
    assert "exceeds the response limit of 1500 bytes" in r.json()["detail"]
