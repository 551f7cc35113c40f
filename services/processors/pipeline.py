"""The stage handlers: event in, event out. Pure: no Kafka, no faust, no metrics.

The faust agents and the offline ``copydesk process`` both call exactly these functions, so the
two paths give the same result for the same input.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any

from events.models import ArticleCleaned, ArticleEnriched, ArticleReceived
from services.processors.cleaning import clean
from services.processors.entities import EntityExtractor
from services.processors.figures import extract_figures
from services.processors.stories import assign_story


def cleaned_from(received: ArticleReceived, **fields: object) -> ArticleCleaned:
    """An ArticleCleaned carrying the received event's identity fields plus ``fields``."""
    return ArticleCleaned(
        article_id=received.article_id,
        source=received.source,
        input=received.input,
        format=received.format,
        content_hash=received.content_hash,
        received_at=received.received_at,
        url=received.url,
        **fields,  # type: ignore[arg-type]
    )


def handle_received(
    received: ArticleReceived, repeats: Callable[[str], int], repeat_threshold: int
) -> tuple[ArticleCleaned, tuple[str, ...]]:
    """Clean one article; also return the line keys to count for the source's repeat learning."""
    result = clean(received.content, received.format, repeats=repeats, repeat_threshold=repeat_threshold)
    cleaned = cleaned_from(
        received,
        headline=received.headline or result.headline,
        byline=result.byline,
        dateline=result.dateline,
        published_at=received.published_at or result.published_at,
        body=result.body,
        removed=result.removed,
        empty_reason=result.empty_reason,
    )
    return cleaned, result.line_keys


def pass_through(received: ArticleReceived) -> ArticleCleaned:
    """For copy that needs no cleaning: the content is the body, paragraphs kept."""
    paragraphs = [" ".join(p.split()) for p in received.content.replace("\r\n", "\n").split("\n")]
    body = "\n\n".join(p for p in paragraphs if p)
    return cleaned_from(
        received,
        headline=received.headline,
        published_at=received.published_at,
        body=body,
        empty_reason=None if body else "the input has no text",
    )


def handle_cleaned(
    cleaned: ArticleCleaned, extractor: EntityExtractor, story_state: MutableMapping[str, Any]
) -> ArticleEnriched:
    """Extract entities, quotes and figures from the cleaned body and place it in a story."""
    entities, quotes = extractor.extract(cleaned.body) if cleaned.body else ((), ())
    figures = extract_figures(cleaned.body, entities) if cleaned.body else ()
    story = assign_story(cleaned.article_id, cleaned.body, entities, story_state)
    return ArticleEnriched(
        **cleaned.model_dump(),
        entities=entities,
        figures=figures,
        quotes=quotes,
        story_id=story.story_id,
        duplicate_of=story.duplicate_of,
    )
