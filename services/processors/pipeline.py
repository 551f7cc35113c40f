"""The stage handlers: event in, event out. Pure: no Kafka, no faust, no metrics.

The faust agents and the offline ``copydesk process`` both call exactly these functions, so the
two paths give the same result for the same input.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping, Sequence
from datetime import timedelta
from typing import Any

from events.models import ArticleCleaned, ArticleEnriched, ArticleReceived, StoryUpdated
from services.processors.cleaning import clean
from services.processors.entities import EntityExtractor, Extraction
from services.processors.figures import extract_figures
from services.processors.stories import assign_story
from services.processors.stories.changes import story_changes
from services.processors.stories.duplicates import DEFAULT_WINDOW
from services.processors.stories.logic import STORY_WINDOW


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
        embargoed_until=received.embargoed_until,
        **fields,
    )


def handle_received(
    received: ArticleReceived, repeats: Callable[[str], int], repeat_threshold: int
) -> tuple[ArticleCleaned, tuple[str, ...]]:
    """Clean one article; also return the line keys to count for the source's repeat learning."""
    result = clean(received.content, received.format, repeats=repeats, repeat_threshold=repeat_threshold)
    cleaned = cleaned_from(
        received,
        headline=received.headline or result.headline,
        byline=received.byline or result.byline,  # a wire item's own byline and place win
        dateline=result.dateline or received.located,
        published_at=received.published_at or result.published_at,
        body=result.body,
        removed=result.removed,
        empty_reason=result.empty_reason,
    )
    return cleaned, result.line_keys


def pass_through(received: ArticleReceived) -> ArticleCleaned:
    """For copy that needs no cleaning: the body is the content exactly as received, character for
    character (no whitespace collapsed, no paragraphs re-joined), so every offset reported into the
    body points into the caller's input. Empty only when the content has no visible text."""
    body = received.content
    return cleaned_from(
        received,
        headline=received.headline,
        byline=received.byline,
        dateline=received.located,
        published_at=received.published_at,
        body=body,
        empty_reason=None if body.strip() else "the input has no text",
    )


def handle_cleaned(
    cleaned: ArticleCleaned,
    extractor: EntityExtractor,
    story_state: MutableMapping[str, Any],
    duplicate_window: timedelta = DEFAULT_WINDOW,
    story_window: timedelta = STORY_WINDOW,
) -> tuple[ArticleEnriched, tuple[StoryUpdated, ...]]:
    """Extract entities, quotes and figures from the cleaned body and place it in a story; the
    article and its story changes (see ``placement``)."""
    extraction = extractor.extract(cleaned.body) if cleaned.body else ((), ())
    return placement(extracted_from(cleaned, extraction), story_state, duplicate_window, story_window)


def extract_batch(extractor: EntityExtractor, bodies: Sequence[str]) -> list[Extraction | Exception]:
    """Entities and quotes of each body, in order, the bodies parsed together (``nlp.pipe``).
    A body that fails gets its exception in its place and the others do not fail with it (if the
    batch parse itself fails, the bodies are parsed one at a time). An empty body has none."""
    texts = [body for body in bodies if body]
    try:
        parsed = iter(extractor.extract_many(texts, batch_size=max(1, len(texts))))
        return [next(parsed) if body else ((), ()) for body in bodies]
    except Exception:  # noqa: BLE001 - find the body that breaks it, alone
        return [_attempt(extractor.extract, body) if body else ((), ()) for body in bodies]


def extracted_batch(extractor: EntityExtractor, batch: Sequence[ArticleCleaned]) -> list[ArticleEnriched | Exception]:
    """Each cleaned article with its entities, quotes and figures, in order, the bodies parsed
    together; an article that fails gets its exception in its place and fails alone."""
    results: list[ArticleEnriched | Exception] = []
    for cleaned, extraction in zip(batch, extract_batch(extractor, [cleaned.body for cleaned in batch]), strict=True):
        if isinstance(extraction, Exception):
            results.append(extraction)
            continue
        try:
            results.append(extracted_from(cleaned, extraction))
        except Exception as exc:  # noqa: BLE001 - one article's failure is its own
            results.append(exc)
    return results


def extracted_from(cleaned: ArticleCleaned, extraction: Extraction) -> ArticleEnriched:
    """The article with its entities, quotes and figures; not yet placed in a story."""
    entities, quotes = extraction
    figures = extract_figures(cleaned.body, entities) if cleaned.body else ()
    return ArticleEnriched(**cleaned.model_dump(), entities=entities, figures=figures, quotes=quotes)


def placed_in_story(
    extracted: ArticleEnriched,
    story_state: MutableMapping[str, Any],
    duplicate_window: timedelta = DEFAULT_WINDOW,
    story_window: timedelta = STORY_WINDOW,
) -> ArticleEnriched:
    """The article with its story and near-duplicate, recorded in ``story_state`` (see ``placement``)."""
    return placement(extracted, story_state, duplicate_window, story_window)[0]


def placement(
    extracted: ArticleEnriched,
    story_state: MutableMapping[str, Any],
    duplicate_window: timedelta = DEFAULT_WINDOW,
    story_window: timedelta = STORY_WINDOW,
) -> tuple[ArticleEnriched, tuple[StoryUpdated, ...]]:
    """The article with its story and near-duplicate, and the story changes it makes, recorded in
    ``story_state``. Every article must meet the same state (one owner), or grouping depends on
    which worker saw what. Near-duplicates are looked for among the articles published (else
    received) within ``duplicate_window`` of this one, and stories among those with an article
    within ``story_window`` of it. Placing an article again gives the same
    article and events (see ``stories.changes``). Pass one ``stories.StoryState`` over the state
    to every call, so the document frequencies stay in memory; a bare mapping costs O(state)."""
    story = assign_story(
        extracted.article_id,
        extracted.body,
        extracted.entities,
        story_state,
        at=extracted.published_at or extracted.received_at,
        duplicate_window=duplicate_window,
        story_window=story_window,
    )
    placed = extracted.model_copy(update={"story_id": story.story_id, "duplicate_of": story.duplicate_of})
    return placed, story_changes(placed, story, story_state)


def _attempt(extract: Callable[[str], Extraction], body: str) -> Extraction | Exception:
    try:
        return extract(body)
    except Exception as exc:  # noqa: BLE001 - returned in the article's place, reported by the caller
        return exc
