"""What the read side may show of an article now, and its history document (pure).

An article is shown unless it is under embargo (``embargoed_until`` after now) or withdrawn: a
withdrawal received at or after its current version was (an ArticleWithdrawn's ``received_at``
against the version's first receipt). So the order in which a withdrawal and a version reach the
store does not matter, and a version received after the withdrawal (the item published again as
usable) shows the article again. Every store applies this rule to every query: lists, articles,
stories, an entity's articles, figures. Its history (``get_versions``) stays readable after a
withdrawal, never before the embargo ends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from services.store.version_changes import version_history


def utc_now() -> datetime:
    return datetime.now(UTC)


def under_embargo(embargoed_until: str | None, now: datetime) -> bool:
    """Whether an article embargoed until ``embargoed_until`` (iso text, UTC) is still held at ``now``."""
    return embargoed_until is not None and datetime.fromisoformat(embargoed_until) > now


def withdrawn_by(withdrawals: Sequence[Mapping[str, Any]], received_at: str) -> Mapping[str, Any] | None:
    """The latest withdrawal at or after ``received_at`` (iso text), or None: the article is shown."""
    hiding = [w for w in withdrawals if w["withdrawn_at"] >= received_at]
    return max(hiding, key=lambda w: w["withdrawn_at"]) if hiding else None


def history_document(
    article_id: str, received_at: str, versions: Sequence[Mapping[str, Any]], withdrawals: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    """``get_versions``' answer: versions oldest first (see version_changes.version_history), every
    withdrawal oldest first, and ``withdrawn``: the one hiding the article now, or null.

    ``received_at``: the current version's (first) receipt; ``versions``: {"content_hash","received_at","summary"};
    ``withdrawals``: {"withdrawn_at","status","reason"}; times as iso text."""
    listed = [{"withdrawn_at": w["withdrawn_at"], "status": w["status"], "reason": w["reason"]} for w in withdrawals]
    hiding = withdrawn_by(listed, received_at)
    return {
        "article_id": article_id,
        "withdrawn": dict(hiding) if hiding is not None else None,
        "versions": version_history(versions),
        "withdrawals": listed,
    }
