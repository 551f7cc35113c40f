"""Dead letters keep the failed record's key and value byte for byte (DeadLetter v2), and the
dead letters of v1 still decode."""

from datetime import datetime, timezone

import orjson
import pytest

from events import octets
from events.codec import DecodeError, decode, encode
from events.legacy import DeadLetterV1
from events.models import DeadLetter
from events.schemas import write_schemas
from services.common.dead_letters import dead_letter

BINARY = bytes(range(256)) * 4 + b"\xff\xfe\x00\x80"


def parked(key: bytes | None, value: bytes | None) -> DeadLetter:
    """A dead letter as a stage writes it, through the wire encoding and back."""
    letter = dead_letter(stage="cleaning", topic="copydesk.articles.raw", partition=2, offset=41,
                         key=key, value=value, exc=ValueError("bad input"))
    return decode(encode(letter), DeadLetter)


@pytest.mark.parametrize(
    "key, value",
    [
        (b"a-1", '{"headline": "Zürich — “quoted” ✓"}'.encode()),
        (b"a-1", b"text with a NUL \x00 and a BOM \xef\xbb\xbf and U+FFFD \xef\xbf\xbd itself"),
        (b"a-2", BINARY),
        (b"\xff\xfekey", b"\xc3\x28 invalid continuation"),
        (b"a-3", b"\xed\xa0\x80 an encoded surrogate"),
        (b"a-4", b""),
        (None, None),
        (b"", b"x"),
    ],
)
def test_original_key_and_value_come_back_byte_for_byte(key, value):
    letter = parked(key, value)
    assert letter.recoverable
    assert letter.original_key() == key
    assert letter.original_value() == value


def test_valid_utf8_stays_readable_text_and_anything_else_is_base64():
    text = parked(b"a-1", "Zürich".encode())
    assert (text.payload, text.payload_encoding, text.key, text.key_encoding) == ("Zürich", "utf-8", "a-1", "utf-8")
    binary = parked(b"\xff", b"\xff\x00")
    assert (binary.payload, binary.payload_encoding, binary.key, binary.key_encoding) == ("/wA=", "base64", "/w==", "base64")
    assert binary.article_id == "\ufffd"  # the dead letter's own key: text, as before


def test_empty_and_missing_values_are_told_apart():
    empty, missing = parked(b"a-1", b""), parked(None, None)
    assert (empty.payload, empty.original_value()) == ("", b"")
    assert (missing.payload, missing.original_value(), missing.key, missing.article_id) == (None, None, None, "unknown")


def test_a_large_binary_value_round_trips():
    value = bytes(range(256)) * (3 * 4096)  # 3 MiB, about 4 MiB in base64
    assert parked(b"a-big", value).original_value() == value


def test_the_event_is_version_2():
    env = orjson.loads(encode(dead_letter(stage="s", topic="t", partition=0, offset=0, key=b"k", value=b"v",
                                          exc=RuntimeError("x"))))
    assert env["type"] == "dev.copydesk.message.dead-lettered.v2"
    assert {"key", "key_encoding", "payload", "payload_encoding"} <= set(env["data"])


def v1_value(**data) -> bytes:
    payload = dict(article_id="a-9", stage="enrichment", topic="copydesk.articles.cleaned", partition=1, offset=7,
                   error_type="RuntimeError", error_message="boom", payload="plain text",
                   failed_at="2026-01-02T03:04:05+00:00")
    payload.update(data)
    return orjson.dumps({"specversion": "1.0", "id": "x", "source": "urn:copydesk",
                         "type": "dev.copydesk.message.dead-lettered.v1", "data": payload})


def test_v1_letters_still_decode_and_their_exact_text_is_recoverable():
    letter = decode(v1_value(), DeadLetter)
    assert (letter.stage, letter.topic, letter.partition, letter.offset) == ("enrichment", "copydesk.articles.cleaned", 1, 7)
    assert (letter.error_type, letter.error_message) == ("RuntimeError", "boom")
    assert letter.failed_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert letter.recoverable
    assert (letter.original_key(), letter.original_value()) == (b"a-9", b"plain text")


def test_v1_unknown_key_reads_as_no_key():
    letter = decode(v1_value(article_id="unknown", payload=""), DeadLetter)
    assert (letter.original_key(), letter.original_value(), letter.recoverable) == (None, b"", True)


@pytest.mark.parametrize("data", [dict(payload="bin\ufffdary"), dict(article_id="k\ufffd"), dict(article_id="k" * 200)])
def test_v1_text_decoded_with_replacement_is_readable_but_not_recoverable(data):
    letter = decode(v1_value(**data), DeadLetter)
    assert not letter.recoverable
    assert letter.payload == data.get("payload", "plain text")
    with pytest.raises(octets.NotRecoverable):
        letter.original_value() if "payload" in data else letter.original_key()


def test_a_malformed_v1_letter_is_rejected_with_the_reason():
    with pytest.raises(DecodeError, match=r"invalid dev\.copydesk\.message\.dead-lettered\.v1 payload: payload"):
        decode(v1_value(payload=None), DeadLetter)


def test_bad_base64_is_not_recoverable():
    with pytest.raises(octets.NotRecoverable):
        octets.recover("not base64!", "base64")


def test_schemas_keep_the_published_v1_and_add_v2(tmp_path):
    write_schemas(tmp_path)
    v1 = orjson.loads((tmp_path / "dev.copydesk.message.dead-lettered.v1.schema.json").read_bytes())
    v2 = orjson.loads((tmp_path / "dev.copydesk.message.dead-lettered.v2.schema.json").read_bytes())
    assert v1["properties"]["payload"] == DeadLetterV1.model_json_schema()["properties"]["payload"]
    assert "key" not in v1["properties"] and v1["title"] == "DeadLetter"
    assert {"key", "key_encoding", "payload", "payload_encoding"} <= set(v2["required"])
    api = orjson.loads((tmp_path / "asyncapi.json").read_bytes())
    assert api["components"]["messages"]["DeadLetter"]["title"] == "dev.copydesk.message.dead-lettered.v2"
    assert "DeadLetterReplayed" in api["channels"]["copydesk.dead-letter.replayed"]["messages"]
