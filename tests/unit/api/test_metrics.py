from __future__ import annotations

from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry


def count(registry: CollectorRegistry, route: str, method: str, status: str) -> float:
    value = registry.get_sample_value(
        "copydesk_http_requests_total", {"route": route, "method": method, "status": status}
    )
    return value or 0.0


def test_requests_are_counted_by_route_template(client: TestClient, registry: CollectorRegistry) -> None:
    client.get("/articles/a-harbour")
    client.get("/articles/a-follow")
    client.get("/articles/a-nope")
    assert count(registry, "/articles/{article_id}", "GET", "200") == 2
    assert count(registry, "/articles/{article_id}", "GET", "404") == 1
    assert registry.get_sample_value("copydesk_http_request_seconds_count", {"route": "/articles/{article_id}"}) == 3


def test_unknown_paths_and_methods_share_closed_labels(client: TestClient, registry: CollectorRegistry) -> None:
    for n in range(5):
        client.get(f"/random/{n}")
    client.request("BREW", "/articles")
    assert count(registry, "unmatched", "GET", "404") == 5
    assert count(registry, "unmatched", "other", "405") == 1


def test_metrics_endpoint_exposes_them(client: TestClient) -> None:
    client.get("/articles")
    r = client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert 'copydesk_http_requests_total{method="GET",route="/articles",status="200"} 1.0' in r.text
