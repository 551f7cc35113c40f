"""The API over a real SQLite store, served by a real uvicorn: what `copydesk serve` runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from services.store.factory import open_store
from services.store.port import Delivery
from tests.integration.api.server import running_api
from tests.unit.api.sample import follow_up, harbour_article, hostile


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    store.migrate()
    events = [harbour_article(), follow_up(), hostile()]
    store.apply([Delivery(e, "enriched", 0, n) for n, e in enumerate(events)])
    try:
        with running_api(store) as url:
            yield url
    finally:
        store.close()


def test_every_endpoint_answers_over_sqlite(base_url: str) -> None:
    with httpx.Client(base_url=base_url, timeout=10) as http:
        articles = http.get("/articles", params={"entity": "keller"}).json()
        assert [a["article_id"] for a in articles["items"]] == ["a-harbour"]
        assert [a["article_id"] for a in http.get("/articles", params={"q": "harbour talks"}).json()["items"]] == [
            "a-follow", "a-harbour"
        ]
        doc = http.get("/articles/a-harbour").json()
        assert [r["reason"] for r in doc["removed"]][:3] == ["headline", "byline", "advertisement"]
        assert http.get("/entities").json()["items"][0]["id"] == "ent_norland"
        assert http.get("/entities/Anna Keller").json()["id"] == "ent_keller"
        assert http.get("/figures", params={"category": "weapons"}).json()["items"][0]["text"] == "about 40 vessels"
        assert len(http.get("/stories/s-harbour").json()["articles"]) == 2
        assert http.get("/readyz").json() == {"status": "ready"}
        assert "copydesk_http_requests_total" in http.get("/metrics").text
        assert "<del>ADVERTISEMENT</del>" in http.get("/ui/articles/a-harbour").text


def test_bad_input_over_sqlite(base_url: str) -> None:
    with httpx.Client(base_url=base_url, timeout=10) as http:
        assert http.get("/articles", params={"q": "'); DELETE FROM entities; --"}).json()["items"] == []
        assert [a["article_id"] for a in http.get("/articles", params={"q": "DROP TABLE"}).json()["items"]] == [
            "a-hostile"
        ]
        assert http.get("/articles", params={"q": "x" * 501}).status_code == 422
        assert http.get("/articles", params={"limit": 101}).json()["errors"][0]["parameter"] == "limit"
        assert http.get("/articles/a-missing").status_code == 404
        assert http.post("/articles").status_code == 405
        assert http.request("GET", "/articles", content=b"x" * 20000).status_code == 413
        assert len(http.get("/articles").json()["items"]) == 3  # nothing above changed the store


def test_token_over_http(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    store.migrate()
    try:
        with running_api(store, token="t0ken") as url, httpx.Client(base_url=url, timeout=10) as http:
            assert http.get("/articles").status_code == 401
            assert http.get("/articles", headers={"Authorization": "Bearer t0ken"}).json() == {
                "items": [], "next_cursor": None
            }
            assert http.get("/healthz").status_code == 200
    finally:
        store.close()
