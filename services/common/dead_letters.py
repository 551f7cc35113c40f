"""Build the dead-letter record for a Kafka message a stage could not process."""

from __future__ import annotations

from datetime import UTC, datetime

from events import octets
from events.models import DeadLetter


def dead_letter(
    *, stage: str, topic: str, partition: int, offset: int, key: bytes | None, value: bytes | None, exc: BaseException
) -> DeadLetter:
    """Everything needed to find, understand and retry the message: where it was, why it failed,
    and its original key and value byte for byte (as text when they are valid UTF-8, else as
    base64; ``DeadLetter.original_key()`` / ``original_value()`` give the bytes back).

    ``article_id`` (the dead letter's own key) is the key as text, at most 200 characters, or
    ``"unknown"`` without one. Record headers are not kept: a copydesk record is whole in its value.
    """
    article_id = key.decode("utf-8", "replace")[:200] if isinstance(key, bytes) and key else "unknown"
    key_text, key_encoding = octets.carry(key)
    payload, payload_encoding = octets.carry(value)
    return DeadLetter(
        article_id=article_id,
        stage=stage,
        topic=topic,
        partition=partition,
        offset=offset,
        error_type=type(exc).__name__,
        error_message=str(exc)[:2000],
        key=key_text,
        key_encoding=key_encoding,
        payload=payload,
        payload_encoding=payload_encoding,
        failed_at=datetime.now(UTC),
    )
