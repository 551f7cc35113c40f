"""Build the dead-letter record for a Kafka message a stage could not process."""

from __future__ import annotations

from datetime import datetime, timezone

from events.models import DeadLetter


def dead_letter(
    *, stage: str, topic: str, partition: int, offset: int, key: bytes | None, value: bytes | None, exc: BaseException
) -> DeadLetter:
    """Everything needed to find, understand and retry the message: where it was, why it failed,
    and its original value (decoded as UTF-8 with replacement, so any bytes can be parked)."""
    article_id = key.decode("utf-8", "replace")[:200] if isinstance(key, bytes) and key else "unknown"
    return DeadLetter(
        article_id=article_id,
        stage=stage,
        topic=topic,
        partition=partition,
        offset=offset,
        error_type=type(exc).__name__,
        error_message=str(exc)[:2000],
        payload=(value if isinstance(value, bytes) else b"").decode("utf-8", "replace"),
        failed_at=datetime.now(timezone.utc),
    )
