"""`copydesk withdraw ID...`: an editor's explicit kill, as the wire's own withdrawals are.

Each ID is an article id (``a-`` and 24 hex digits, as the API lists them) or a wire item's own id
(ninjs uri, NewsML-G2 guid, a page's canonical URL), from which the article id is derived as the
ingestor derives it. One ArticleWithdrawn per ID (status ``killed`` unless ``--status`` says
``withheld`` or ``canceled``; ``--reason`` is its note) goes to the enriched topic, confirmed by the
bus; the projector then hides the article and keeps its history (see the README: Withdrawals).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from events.models import ArticleWithdrawn, WithdrawalStatus
from events.topics import RAW
from services.common.settings import Settings
from services.ingestor.identity import article_id
from services.ingestor.publish import publish_articles

_ARTICLE_ID = re.compile(r"a-[0-9a-f]{24}")
SOURCE = "editor"  # who withdrew it: not a wire


def withdrawal_of(identifier: str, status: WithdrawalStatus, reason: str | None, now: datetime) -> ArticleWithdrawn:
    """The ArticleWithdrawn of ``identifier`` (an article id, or a wire item's id); ValueError for a blank one."""
    given = identifier.strip()
    if not given:
        raise ValueError("an empty id: give an article id (a-...) or a wire item's id")
    aid = given if _ARTICLE_ID.fullmatch(given) else article_id(given, "")
    return ArticleWithdrawn(
        article_id=aid,
        source=SOURCE,
        input="copydesk withdraw",
        status=status,
        item_id=given,
        reason=(reason or "").strip() or None,
        received_at=now,
    )


def withdrawals(
    ids: Sequence[str], status: WithdrawalStatus, reason: str | None, now: datetime
) -> list[ArticleWithdrawn]:
    """One ArticleWithdrawn per id, in order; ValueError when an id is blank."""
    return [withdrawal_of(i, status, reason, now) for i in ids]


def run(settings: Settings, ids: Sequence[str], status: WithdrawalStatus, reason: str | None) -> int:
    from services.bootstrap import build_publisher, connect_cluster

    try:
        events = withdrawals(ids, status, reason, datetime.now(UTC))
    except ValueError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return 2
    cluster = connect_cluster(settings, start=False)
    publisher = build_publisher(cluster, "copydesk-ingestor")
    try:
        publish_articles(publisher, RAW.name(settings.topic_prefix), events)
    finally:
        publisher.close()
    for e in events:
        print(f"withdrew {e.article_id} ({e.status})")
    return 0
