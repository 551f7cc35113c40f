"""The copydesk event contract.

Everything a producer or subscriber needs to agree on lives here: the event models
(frozen, versioned pydantic models), the CloudEvents envelope and its codec, the topic map,
and the upcasters that lift old payloads to the current version. This package imports
nothing from ``services``.
"""

from events.models import (
    ArticleCleaned,
    ArticleEnriched,
    ArticleReceived,
    ArticleWithdrawn,
    DeadLetter,
    DeadLetterReplayed,
    Entity,
    Event,
    Figure,
    Mention,
    Quote,
    Removal,
    StoryUpdated,
)

__all__ = [
    "ArticleCleaned",
    "ArticleEnriched",
    "ArticleReceived",
    "ArticleWithdrawn",
    "DeadLetter",
    "DeadLetterReplayed",
    "Entity",
    "Event",
    "Figure",
    "Mention",
    "Quote",
    "Removal",
    "StoryUpdated",
]
