from datetime import datetime, timezone

import orjson
import pytest

from events import upcasters
from events.codec import DecodeError, decode, encode
from events.models import ArticleEnriched, ArticleReceived, Entity, Figure, Mention, Removal


def received(**overrides) -> ArticleReceived:
    fields = dict(
        article_id="a-1",
        source="wire",
        input="x.txt",
        format="text",
        content="Body text.",
        content_hash="h1",
        received_at=datetime(2026, 1, 2, tzinfo=timezone.utc),
    )
    fields.update(overrides)
    return ArticleReceived(**fields)


def test_round_trip_keeps_every_field():
    event = received(headline="Title", url="https://example.org/a")
    assert decode(encode(event)) == event


def test_envelope_is_structured_cloudevent_keyed_by_article():
    env = orjson.loads(encode(received()))
    assert env["specversion"] == "1.0"
    assert env["type"] == "dev.copydesk.article.received.v1"
    assert env["subject"] == env["partitionkey"] == "a-1"
    assert env["data"]["content"] == "Body text."


def test_same_event_gets_same_id():
    assert orjson.loads(encode(received()))["id"] == orjson.loads(encode(received()))["id"]
    assert orjson.loads(encode(received()))["id"] != orjson.loads(encode(received(content="Other.")))["id"]


def test_nested_values_round_trip():
    enriched = ArticleEnriched(
        **received().model_dump(include=set(ArticleEnriched.model_fields) - {"headline"}),
        body="Kim met Lavrov.",
        removed=(Removal(text="Advertisement", reason="advertisement", position=0),),
        entities=(Entity(id="e1", name="Kim", type="PERSON", mentions=(Mention(start=0, end=3, text="Kim"),)),),
        figures=(Figure(text="6,000", start=0, end=5, value=6000.0, qualifier="approximate"),),
    )
    assert decode(encode(enriched), ArticleEnriched) == enriched


@pytest.mark.parametrize(
    "value, reason",
    [
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"specversion": "1.0"}', "not a CloudEvents 1.0 envelope"),
        (b'{"specversion":"1.0","id":"x","source":"s","type":"dev.other.v1","data":{}}', "unknown event type"),
        (b'{"specversion":"1.0","id":"x","source":"s","type":"no-version","data":{}}', "no '.v<version>' suffix"),
        (
            b'{"specversion":"1.0","id":"x","source":"s","type":"dev.copydesk.article.received.v1","data":{"article_id":"a"}}',
            "invalid dev.copydesk.article.received.v1 payload",
        ),
        (
            b'{"specversion":"1.0","id":"x","source":"s","type":"dev.copydesk.article.received.v9","data":{}}',
            "newer than this reader",
        ),
    ],
)
def test_malformed_values_raise_decode_error_with_reason(value, reason):
    with pytest.raises(DecodeError, match=reason.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        decode(value)


def test_decode_rejects_unexpected_event_class():
    with pytest.raises(DecodeError, match="expected dev.copydesk.article.enriched"):
        decode(encode(received()), ArticleEnriched)


def test_frozen_models_refuse_mutation():
    event = received()
    with pytest.raises(ValueError):
        event.source = "other"  # type: ignore[misc]


def test_upcaster_lifts_old_payload(monkeypatch):
    monkeypatch.setattr(ArticleReceived, "event_version", 2)
    monkeypatch.setitem(upcasters._UPCASTERS, ("dev.copydesk.article.received", 1), lambda p: {**p, "source": p["source"].upper()})
    old = orjson.loads(encode(received()))
    old["type"] = "dev.copydesk.article.received.v1"
    assert decode(orjson.dumps(old)).source == "WIRE"
