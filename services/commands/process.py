"""`copydesk process PATH...|-`: the whole pipeline in one process, no broker; JSON lines out.

It calls the same stage handlers as the faust agents, with the per-source line counts kept in
memory for the duration of the call, so it gives the Kafka path's result for the same input.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any

import orjson

from events.models import ArticleEnriched, ArticleReceived, ArticleWithdrawn, InputFormat, StoryUpdated
from services.common.settings import Settings
from services.ingestor.sources import Rejection, read_inputs
from services.processors.entities import EntityExtractor
from services.processors.line_counts import count_article, repeats_for
from services.processors.pipeline import handle_cleaned, handle_received, pass_through
from services.processors.stories import StoryState
from services.processors.stories.duplicates import DEFAULT_WINDOW
from services.processors.stories.logic import STORY_WINDOW


class OfflinePipeline:
    """Runs received articles through cleaning and enrichment, learning repeats across calls."""

    def __init__(
        self,
        extractor: EntityExtractor,
        repeat_threshold: int,
        skip_cleaning: bool = False,
        duplicate_window: timedelta = DEFAULT_WINDOW,
        story_window: timedelta = STORY_WINDOW,
    ) -> None:
        self.extractor = extractor
        self.duplicate_window = duplicate_window
        self.story_window = story_window
        self.repeat_threshold = repeat_threshold
        self.skip_cleaning = skip_cleaning
        self.line_counts: dict[str, Any] = {}  # as the cleaning agent's table (services.processors.line_counts)
        self.story_state = StoryState({})  # the story state, its document frequencies kept across calls
        self.story_updates: list[StoryUpdated] = []  # the articles' story changes, for the caller to take

    def __call__(self, received: ArticleReceived) -> ArticleEnriched:
        if self.skip_cleaning:
            cleaned = pass_through(received)
        else:
            repeats = repeats_for(self.line_counts, received.source, received.article_id)
            cleaned, keys = handle_received(received, repeats, self.repeat_threshold)
            count_article(self.line_counts, received.source, received.article_id, keys)
        article, updates = handle_cleaned(
            cleaned, self.extractor, self.story_state, self.duplicate_window, self.story_window
        )
        self.story_updates.extend(updates)
        return article

    def take_story_updates(self) -> list[StoryUpdated]:
        """The story changes of the articles placed since the last call, in placement order."""
        updates, self.story_updates = self.story_updates, []
        return updates


def enrich_inputs(
    pipeline: OfflinePipeline, paths: Sequence[str], fmt: InputFormat | None, source: str | None, max_bytes: int
) -> Iterator[ArticleEnriched | ArticleWithdrawn | Rejection]:
    """Each input's enriched articles; a withdrawn wire item's ArticleWithdrawn passes as it is."""
    for item in read_inputs(paths, fmt=fmt, source=source, max_bytes=max_bytes):
        yield item if isinstance(item, (Rejection, ArticleWithdrawn)) else pipeline(item)


def run(
    settings: Settings, paths: Sequence[str], fmt: InputFormat | None, source: str | None, skip_cleaning: bool
) -> int:
    from services.bootstrap import build_offline_pipeline

    pipeline = build_offline_pipeline(settings, skip_cleaning)
    rejected = 0
    out = sys.stdout.buffer
    for item in enrich_inputs(pipeline, paths, fmt, source, settings.max_input_bytes):
        if isinstance(item, Rejection):
            rejected += 1
            print(f"copydesk: rejected {item}", file=sys.stderr)
            continue
        pipeline.take_story_updates()  # the articles carry their stories; the changes are not printed
        out.write(orjson.dumps(item.model_dump(mode="json")) + b"\n")
        out.flush()
    return 1 if rejected else 0
