"""POST /ingest in process (TestClient) over the memory bus."""

from __future__ import annotations

from collections.abc import Iterator

import orjson
import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from events.codec import decode
from events.models import ArticleReceived
from services.bus.memory import MemoryPublisher
from services.bus.port import PublishError
from services.intake.app import create_intake_app
from services.intake.gate import bearer_token, token_matches
from services.intake.media import input_format

TOKEN = "s3cret-token"
TOPIC = "copydesk.articles.raw"
LIMIT = 64 * 1024
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("The harbour authority said on Tuesday that 40 ships waited to dock after the storm. "
        "Repairs to the main quay will take three weeks, the authority's director told reporters.")


class DownPublisher(MemoryPublisher):
    def publish(self, records) -> None:  # noqa: ANN001
        raise PublishError("broker unreachable")


@pytest.fixture
def bus() -> MemoryPublisher:
    return MemoryPublisher()


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def client(bus: MemoryPublisher, registry: CollectorRegistry) -> Iterator[TestClient]:
    app = create_intake_app(bus, TOPIC, token=TOKEN, max_body_bytes=LIMIT, registry=registry)
    with TestClient(app) as c:
        yield c


def sent(bus: MemoryPublisher) -> list[ArticleReceived]:
    return [decode(r.value, ArticleReceived) for r in bus.on(TOPIC)]


def test_text_is_published_and_answered_202_with_its_article_id(client, bus, registry):
    answer = client.post("/ingest?source=Harbour%20Wire", content=TEXT, headers={**AUTH, "Content-Type": "text/plain"})
    assert answer.status_code == 202, answer.text
    (event,) = sent(bus)
    assert answer.json() == {"article_id": event.article_id, "article_ids": [event.article_id], "rejected": []}
    assert event.source == "Harbour Wire" and event.format == "text" and event.input == "POST /ingest"
    assert registry.get_sample_value("copydesk_ingested_total", {"format": "text", "outcome": "ok"}) == 1


def test_html_and_ninjs_are_read_by_content_type(client, bus):
    page = f"<html><head><title>Quay</title></head><body><p>{TEXT}</p></body></html>"  # names no source
    assert client.post("/ingest", content=page, headers={**AUTH, "Content-Type": "text/html"}).status_code == 202
    items = [{"guid": f"urn:wire:{n}", "headline": f"Quay {n}", "body_text": TEXT, "provider": {"name": "Wire"}}
             for n in (1, 2)]
    answer = client.post("/ingest", content=orjson.dumps(items), headers={**AUTH, "Content-Type": "application/json"})
    assert answer.status_code == 202 and len(answer.json()["article_ids"]) == 2
    html, first, second = sent(bus)
    assert html.format == "html" and html.source == "push" and TEXT in html.content
    assert (first.headline, second.headline, first.source) == ("Quay 1", "Quay 2", "Wire")
    assert answer.json()["article_ids"] == [first.article_id, second.article_id]


def test_a_body_in_another_charset_is_decoded_from_it(client, bus):
    body = ("Le port de Brest a rouvert mardi après trois semaines de réparations, a déclaré la direction. "
            "Quarante navires attendaient à quai.").encode("latin-1")
    answer = client.post("/ingest", content=body, headers={**AUTH, "Content-Type": "text/plain; charset=iso-8859-1"})
    assert answer.status_code == 202 and "après trois semaines" in sent(bus)[0].content


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer", f"{TOKEN}"],
)
def test_a_missing_or_wrong_token_is_refused(client, bus, authorization):
    headers = {"Content-Type": "text/plain"} | ({"Authorization": authorization} if authorization else {})
    answer = client.post("/ingest", content=TEXT, headers=headers)
    assert answer.status_code == 401 and answer.headers["content-type"] == "application/problem+json"
    assert answer.headers["www-authenticate"].startswith("Bearer")
    assert not bus.sent


def test_the_scheme_is_case_insensitive(client):
    headers = {"Authorization": f"bEaReR   {TOKEN}", "Content-Type": "text/plain"}
    assert client.post("/ingest", content=TEXT, headers=headers).status_code == 202


def test_a_declared_oversized_body_is_refused_413(client, bus, registry):
    answer = client.post("/ingest", content=b"x" * (LIMIT + 1), headers={**AUTH, "Content-Type": "text/plain"})
    assert answer.status_code == 413 and f"{LIMIT:,}-byte limit" in answer.json()["detail"]
    assert not bus.sent
    assert registry.get_sample_value("copydesk_http_requests_total",
                                     {"route": "unmatched", "method": "other", "status": "413"}) == 1
    assert registry.get_sample_value("copydesk_ingest_rejected_total", {"reason": "too-large"}) == 0  # never read


def test_a_streamed_oversized_body_is_cut_at_the_limit(client, bus, registry):
    def chunks():  # no Content-Length: sent chunked
        for _ in range(10):
            yield b"y" * (LIMIT // 4)

    answer = client.post("/ingest", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"})
    assert answer.status_code == 413 and not bus.sent
    assert registry.get_sample_value("copydesk_ingest_rejected_total", {"reason": "too-large"}) == 1


@pytest.mark.parametrize(
    ("body", "content_type", "status", "reason", "kind"),
    [
        (TEXT, "image/png", 415, "'image/png' is not read", "unsupported"),
        (TEXT, None, 415, "no Content-Type", "unsupported"),
        (b"", "text/plain", 422, "empty input", "empty"),
        (b"\x00\x01\x02\x03" * 100 + b"\xff" * 100, "text/plain", 422, "binary", "binary"),
        (b'{"headline": "x"', "application/json", 422, "malformed ninjs", "malformed"),
        (b"Le caf\xe9 du port a rouvert mardi.", "text/plain; charset=utf-8", 422, "not UTF-8", "not-utf8"),
        (b"<?xml version='1.0'?><rss><channel/></rss>", "application/xml", 422, "neither HTML nor NewsML-G2", None),
    ],
)
def test_bad_bodies_get_a_clear_reason(client, bus, registry, body, content_type, status, reason, kind):
    headers = AUTH | ({"Content-Type": content_type} if content_type else {})
    answer = client.post("/ingest", content=body, headers=headers)
    assert answer.status_code == status and reason in answer.json()["detail"], answer.text
    assert not bus.sent
    assert registry.get_sample_value("copydesk_ingested_total", {"format": "unknown" if status == 415 else
                                                                 input_format(content_type).kind,
                                                                 "outcome": "rejected"}) == 1
    if kind is not None:  # the XML reason's kind is the ingestor's wording to settle (see rejections.py)
        assert registry.get_sample_value("copydesk_ingest_rejected_total", {"reason": kind}) == 1


def test_good_items_of_a_list_go_and_the_bad_are_named(client, bus):
    items = [{"guid": "urn:wire:1", "body_text": TEXT}, {"guid": "urn:wire:2", "body_html": "<p>Share on Facebook</p>"}]
    answer = client.post("/ingest", content=orjson.dumps(items), headers={**AUTH, "Content-Type": "application/json"})
    assert answer.status_code == 202 and len(sent(bus)) == 1
    (rejected,) = answer.json()["rejected"]
    assert rejected["input"] == "POST /ingest" and "item 1" in rejected["reason"]


def test_a_bus_that_does_not_confirm_is_503_and_nothing_is_claimed(registry):
    app = create_intake_app(DownPublisher(), TOPIC, token=TOKEN, max_body_bytes=LIMIT, registry=registry)
    with TestClient(app) as c:
        answer = c.post("/ingest", content=TEXT, headers={**AUTH, "Content-Type": "text/plain"})
    assert answer.status_code == 503 and answer.headers["retry-after"] == "5"
    assert registry.get_sample_value("copydesk_ingested_total", {"format": "text", "outcome": "ok"}) is None


def test_health_and_metrics_need_no_token(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    client.post("/ingest", content=TEXT, headers={**AUTH, "Content-Type": "text/plain"})
    assert 'copydesk_ingested_total{format="text",outcome="ok"} 1.0' in client.get("/metrics").text


def test_bearer_parsing_and_comparison():
    assert bearer_token("Bearer abc") == "abc" and bearer_token("bearer  abc ") == "abc"
    assert bearer_token("Basic abc") is None and bearer_token("Bearer ") is None and bearer_token(None) is None
    assert token_matches("abc", "abc") and not token_matches("abd", "abc") and not token_matches(None, "abc")
