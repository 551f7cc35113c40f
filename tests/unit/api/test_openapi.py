from __future__ import annotations

from fastapi.testclient import TestClient

from services.api import openapi


def test_checked_in_document_is_the_apps_current_one() -> None:
    checked_in = openapi.DEFAULT_PATH.read_text(encoding="utf-8")
    assert checked_in == openapi.text(), (
        "deploy/openapi.json is stale: run `.venv/bin/python -m services.api.openapi` and commit it"
    )


def test_served_document_matches_and_covers_every_endpoint(client: TestClient) -> None:
    served = client.get("/openapi.json").json()
    assert served == openapi.document()
    assert set(served["paths"]) == {
        "/articles", "/articles/{article_id}", "/articles/{article_id}/versions", "/entities", "/entities/{entity_id}", "/figures",
        "/stories/{story_id}", "/healthz", "/readyz", "/metrics",
    }
    limit = next(p for p in served["paths"]["/articles"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 100


def test_write_produces_the_document(tmp_path) -> None:  # noqa: ANN001
    target = openapi.write(tmp_path / "openapi.json")
    assert target.read_text(encoding="utf-8") == openapi.text()
