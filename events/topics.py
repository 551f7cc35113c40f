"""The topic map: every Kafka topic copydesk uses and the event types each one carries.

Topic names take an optional prefix (``COPYDESK_TOPIC_PREFIX``) so several deployments or
test runs can share one cluster without seeing each other's data.
"""

from __future__ import annotations

from dataclasses import dataclass

from events.models import (
    ArticleCleaned,
    ArticleEnriched,
    ArticleReceived,
    ArticleWithdrawn,
    DeadLetter,
    DeadLetterReplayed,
    Event,
    StoryUpdated,
)


@dataclass(frozen=True)
class Topic:
    """One topic: its base name, what it carries, and who writes it."""

    base: str
    carries: tuple[type[Event], ...]
    description: str
    producer: str
    partitions: int | None = None  # fixed by design; None: the deployment's setting

    def name(self, prefix: str = "") -> str:
        return f"{prefix}{self.base}"


RAW = Topic("copydesk.articles.raw", (ArticleReceived,), "Articles exactly as received.", "ingestor")
CLEANED = Topic("copydesk.articles.cleaned", (ArticleCleaned,), "Articles with boilerplate removed.", "processors")
EXTRACTED = Topic(
    "copydesk.articles.extracted",
    (ArticleEnriched,),
    "Internal: enriched articles before story assignment (story_id and duplicate_of not set yet). One "
    "partition, so that one story stage sees every article whichever worker extracted it.",
    "processors",
    partitions=1,
)
ENRICHED = Topic(
    "copydesk.articles.enriched",
    (ArticleEnriched, ArticleWithdrawn),
    "Cleaned articles with entities, figures, quotes and story; and withdrawals, which the ingestor "
    "writes here directly: the projector is their only reader and no stage has work for them.",
    "processors; the ingestor (withdrawals)",
)
STORIES = Topic(
    "copydesk.stories",
    (StoryUpdated,),
    "Story changes, keyed by story_id: every article placed in a story (opened, joined, merged), in "
    "placement order. One partition, like its one writer, so a subscriber sees a merge after every "
    "placement in the stories it ends.",
    "processors",
    partitions=1,
)
DEAD_LETTER = Topic(
    "copydesk.dead-letter",
    (DeadLetter,),
    "Messages a stage could not process, with the error and their original key and value, byte for byte.",
    "processors and the projector",
)
DEAD_LETTER_REPLAYS = Topic(
    "copydesk.dead-letter.replayed",
    (DeadLetterReplayed,),
    "One marker per failed record sent back to its topic, so a replay never sends one twice.",
    "copydesk dlq replay command",
)

ALL_TOPICS: tuple[Topic, ...] = (RAW, CLEANED, EXTRACTED, ENRICHED, STORIES, DEAD_LETTER, DEAD_LETTER_REPLAYS)
