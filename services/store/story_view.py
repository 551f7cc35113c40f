"""The answer of ``Store.get_story``, built the same way by every engine from the story's events.

Figure groups are computed here, at query time, from the figures of the story's articles as
stored now (:func:`services.processors.stories.reconciliation.reconcile`). Nothing about them is
written: a story that gains an article, or loses one to a new version placed elsewhere, is
reconciled afresh on the next read, so the groups can never be stale, and the projector's hot
path and the schema are untouched. The cost is bounded: at most ``RELATED_LIMIT`` articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from events.models import ArticleEnriched
from services.processors.stories.credits import credit_line
from services.processors.stories.reconciliation import Report, reconcile
from services.store.rows import iso

FIRST_LINE_CHARS = 160


def story_document(story_id: str, articles: Sequence[ArticleEnriched]) -> dict[str, Any] | None:
    """{"story_id", "articles": [...], "figure_groups": [...]} for the story's ``articles`` (given
    newest first, as listed); None when there are none.

    Article item: {"article_id", "headline", "first_line", "source", "published_at",
    "received_at", "duplicate_of", "credit"}: ``first_line`` is the body's first line (cut at a word
    boundary), for an article without a headline; ``credit`` the agency its credit line names."""
    if not articles:
        return None
    reports = [
        Report(
            a.article_id,
            a.source,
            a.published_at or a.received_at,
            a.figures,
            a.entities,
            published=a.published_at is not None,
        )
        for a in articles
    ]
    return {
        "story_id": story_id,
        "articles": [
            {
                "article_id": a.article_id,
                "headline": a.headline,
                "first_line": first_line(a.body),
                "source": a.source,
                "published_at": iso(a.published_at),
                "received_at": iso(a.received_at),
                "duplicate_of": a.duplicate_of,
                "credit": _credit(a),
            }
            for a in articles
        ],
        "figure_groups": [group.as_json() for group in reconcile(reports)],
    }


def _credit(article: ArticleEnriched) -> dict[str, str | None] | None:
    credit = credit_line(article.body, [r.text for r in article.removed])
    return credit.as_json() if credit else None


def first_line(body: str) -> str:
    """The body's first non-blank line, at most FIRST_LINE_CHARS characters (cut at a word, with …)."""
    line = next((ln.strip() for ln in body[: FIRST_LINE_CHARS * 8].splitlines() if ln.strip()), "")
    if len(line) <= FIRST_LINE_CHARS:
        return line
    cut = line.rfind(" ", 0, FIRST_LINE_CHARS)
    return line[: cut if cut > 0 else FIRST_LINE_CHARS] + "…"
