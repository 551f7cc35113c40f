"""Event models: past-tense facts about one article, frozen and versioned.

Every event class declares ``event_type`` (the CloudEvents ``type``, without version) and
``event_version`` (bumped on any incompatible change; old payloads are lifted by the
upcasters in :mod:`events.upcasters`). Nested value types (Removal, Entity, Figure, ...) are
plain frozen models that the pure stage functions return directly.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from events import octets

InputFormat = Literal["text", "html", "ninjs", "newsml"]

RemovalReason = Literal[
    "advertisement",
    "share-widget",
    "publication-stamp",
    "caption",
    "credit",
    "agency-tail",
    "navigation",
    "subscription-prompt",
    "related-links",
    "legal",
    "learned-repeat",
    "headline",
    "byline",
    "dateline",
    "comments",
    "other-furniture",
]

Qualifier = Literal["exact", "approximate", "lower-bound", "upper-bound", "vague", "increment"]

FigureCategory = Literal[
    "people-deployed",
    "people-killed",
    "people-wounded",
    "people-displaced",
    "people-arrested",
    "people",
    "money",
    "percentage",
    "weapons",
    "distance-area",
    "duration",
    "other",
]


class Value(BaseModel):
    """Base for every frozen value type of the contract."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Event(Value):
    """Base of every event. ``article_id`` is the Kafka key of every article event."""

    event_type: ClassVar[str]
    event_version: ClassVar[int] = 1
    key_field: ClassVar[str] = "article_id"  # the field whose value is the Kafka key

    article_id: str = Field(min_length=1, max_length=200)

    @property
    def record_key(self) -> str:
        """The Kafka record key, also the CloudEvents ``subject`` and ``partitionkey``."""
        return str(getattr(self, self.key_field))


class Subject(Value):
    """A subject a wire item is classified under: a name, a code (qcode or uri), or both."""

    name: str | None = None
    code: str | None = None


class ArticleReceived(Event):
    """An article arrived at the ingestor, exactly as received."""

    event_type: ClassVar[str] = "dev.copydesk.article.received"

    source: str = Field(description="Outlet or feed the article came from; per-source learning keys on it.")
    input: str = Field(description="Where it was read from: the path as given, or '-' for stdin.")
    format: InputFormat
    content: str = Field(description="The raw article: page text, HTML, or the ninjs body.")
    content_hash: str = Field(description="sha256 of the normalised content; identifies a version.")
    headline: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    received_at: datetime
    # What a wire item (ninjs, NewsML-G2) says about itself; None/() for files and pages.
    item_id: str | None = Field(
        default=None,
        description="The wire item's own id (ninjs uri, NewsML-G2 guid), from which article_id is derived.",
    )
    item_version: str | None = Field(default=None, description="The wire's version of the item, as given.")
    version_created_at: datetime | None = Field(default=None, description="When the wire made this version.")
    urgency: int | None = Field(default=None, description="The wire's urgency, 1 (most urgent) to 9, as given.")
    embargoed_until: datetime | None = Field(default=None, description="Not to be shown before this time.")
    byline: str | None = None
    located: str | None = Field(default=None, description="Where the story was reported from (the dateline place).")
    language: str | None = None
    subjects: tuple[Subject, ...] = ()
    original: str | None = Field(
        default=None,
        description="The wire item verbatim (a ninjs JSON object, a NewsML-G2 newsItem), holding every field "
        "the ones above do not carry.",
    )


WithdrawalStatus = Literal["withheld", "canceled", "killed"]


class ArticleWithdrawn(Event):
    """The wire withdrew an article: ninjs ``pubstatus`` withheld or canceled, NewsML-G2
    ``pubStatus`` stat:withheld or stat:canceled, or an explicit kill.

    The read side hides the article from then on and keeps its history; a version received later
    than ``received_at`` (published again as usable) shows it again. Travels on the enriched topic,
    straight from the ingestor to the projector: no stage has anything to do with it.
    """

    event_type: ClassVar[str] = "dev.copydesk.article.withdrawn"

    source: str
    input: str
    status: WithdrawalStatus
    item_id: str = Field(description="The wire item's own id, from which article_id is derived.")
    item_version: str | None = None
    reason: str | None = Field(default=None, description="The wire's note on why (ninjs ednote, NewsML-G2 edNote).")
    received_at: datetime


class Removal(Value):
    """One block removed by the cleaning stage, kept so an editor can audit and restore it."""

    text: str
    reason: RemovalReason
    position: int = Field(ge=0, description="Index of the block among the input's blocks.")


class ArticleCleaned(Event):
    """The article's main text, with furniture removed and header fields pulled out."""

    event_type: ClassVar[str] = "dev.copydesk.article.cleaned"

    source: str
    input: str
    format: InputFormat
    content_hash: str
    received_at: datetime
    url: str | None = None
    headline: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published_at: datetime | None = None
    body: str = Field(description="Cleaned body; paragraphs separated by a blank line.")
    removed: tuple[Removal, ...] = ()
    empty_reason: str | None = Field(default=None, description="Why the body is empty, when it is.")
    embargoed_until: datetime | None = Field(default=None, description="Held out of queries until then.")


class Mention(Value):
    """A span of the cleaned body: ``body[start:end] == text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Entity(Value):
    """A named entity of one article, resolved to a canonical entity id."""

    id: str
    name: str
    type: str = Field(description="spaCy/OntoNotes label: PERSON, ORG, GPE, LOC, NORP, ...")
    mentions: tuple[Mention, ...] = ()
    mention_count: int = 0
    salience: float = 0.0
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country_id: str | None = Field(default=None, description="For NORP, capitals and seats of power.")


class Figure(Value):
    """A quantity stated in the body, with its bounds, hedge, unit and source."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    currency: str | None = None
    category: FigureCategory = "other"
    attribution: str | None = None
    attribution_id: str | None = None
    sentence: str = ""
    salience: float = 0.0


class Quote(Value):
    """A direct quotation and who said it."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = Field(default=None, description="The reporting verb or phrase: said, told, according to.")


class ArticleEnriched(ArticleCleaned):
    """The cleaned article with its entities, figures, quotes and story."""

    event_type: ClassVar[str] = "dev.copydesk.article.enriched"

    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    story_id: str | None = None
    duplicate_of: str | None = None


class DeadLetter(Event):
    """A message a stage could not process, parked with everything needed to retry it.

    ``article_id`` is the message key as text (UTF-8 with replacement, at most 200 characters)
    when it had one, else ``"unknown"``; it is also the dead letter's own Kafka key. The failed
    record is kept byte for byte: ``key`` and ``payload`` are its key and value as text, in the
    encodings ``key_encoding`` and ``payload_encoding`` name (see :mod:`events.octets`), and
    :meth:`original_key` / :meth:`original_value` give the bytes back. Record headers are not
    kept: every copydesk record is a structured-mode CloudEvent, whole in its value.

    Version 2 added ``key``, ``key_encoding`` and ``payload_encoding``; version 1 kept only the
    value, decoded as UTF-8 with replacement. The upcaster lifts v1 letters: their payload is
    ``utf-8-replaced`` (not recoverable) when it holds U+FFFD, else exact ``utf-8``.
    """

    event_type: ClassVar[str] = "dev.copydesk.message.dead-lettered"
    event_version: ClassVar[int] = 2

    stage: str = Field(description="The stage that failed: cleaning, enrichment, projector.")
    topic: str = Field(description="Topic the failed record was read from: the stage's input, where a replay sends it.")
    partition: int
    offset: int
    error_type: str = Field(description="Class name of the exception.")
    error_message: str
    key: str | None = Field(description="The record's key in key_encoding; null when it had none.")
    key_encoding: octets.Encoding
    payload: str | None = Field(description="The record's value in payload_encoding; null when it had none.")
    payload_encoding: octets.Encoding = Field(
        description="utf-8: the value is this text; base64: it was not valid UTF-8; "
        "utf-8-replaced: lifted from v1, decoded with replacement, the bytes are lost."
    )
    failed_at: datetime

    def original_key(self) -> bytes | None:
        """The failed record's key, byte for byte; raises octets.NotRecoverable when lost."""
        return octets.recover(self.key, self.key_encoding)

    def original_value(self) -> bytes | None:
        """The failed record's value, byte for byte; raises octets.NotRecoverable when lost."""
        return octets.recover(self.payload, self.payload_encoding)

    @property
    def recoverable(self) -> bool:
        """Whether the original key and value are known exactly (always, but for lossy v1 letters)."""
        return "utf-8-replaced" not in (self.key_encoding, self.payload_encoding)


class DeadLetterReplayed(Event):
    """A dead letter's original record was sent back to the topic it came from.

    ``topic``, ``partition`` and ``offset`` are the failed record's, as in the dead letter: they
    identify what was replayed, so ``copydesk dlq replay`` sends each failed record once however
    often it runs (and once only when the record was dead-lettered twice).
    """

    event_type: ClassVar[str] = "dev.copydesk.message.replayed"

    stage: str
    topic: str
    partition: int
    offset: int
    replayed_partition: int = Field(description="Partition of topic the original record was sent to again.")
    replayed_offset: int = Field(description="Its offset there.")
    replayed_at: datetime


StoryChange = Literal["opened", "joined", "merged", "revised"]


class StoryUpdated(Event):
    """A story changed: an article was placed in it. Keyed by ``story_id``.

    The story stage writes one for every placement, in placement order. ``change`` is
    ``opened`` (the article is the story's first), ``joined``, or ``merged``: the article joined
    ``story_id`` and its placement merged the stories named in ``merged`` into it; from then on
    their articles belong to ``story_id`` and no article is placed in them. A merged story may
    itself have absorbed others before: a subscriber follows the merges to the surviving story.
    ``revised``: the article was placed earlier, and a copy of it that is earlier still has been
    placed since: its ``duplicate_of`` is now that copy (the placement's own event comes first).
    A placement's events are the same when the article is placed again (a redelivery), with
    the same CloudEvents ids.
    """

    event_type: ClassVar[str] = "dev.copydesk.story.updated"
    key_field: ClassVar[str] = "story_id"

    story_id: str = Field(min_length=1, max_length=200, description="The story the article is in now; the Kafka key.")
    change: StoryChange
    merged: tuple[str, ...] = Field(default=(), description="Stories merged into story_id by this placement.")
    duplicate_of: str | None = Field(
        default=None, description="The earliest copy, when the article is a near-duplicate."
    )
    source: str | None = Field(default=None, description="The article's source; None on a revision.")
    headline: str | None = None
    at: datetime | None = Field(
        default=None, description="When the article was published, else received; None on a revision."
    )

    @model_validator(mode="after")
    def _merges_name_other_stories(self) -> StoryUpdated:
        if (self.change == "merged") != bool(self.merged):
            raise ValueError(
                f"a {self.change!r} change with merged={list(self.merged)}: merged lists the "
                "stories of a 'merged' change, and only of one"
            )
        if self.story_id in self.merged:
            raise ValueError(f"story {self.story_id} is merged into itself")
        if self.change == "revised" and not self.duplicate_of:
            raise ValueError("a 'revised' change names the article's earliest copy in duplicate_of")
        return self


EVENT_CLASSES: tuple[type[Event], ...] = (
    ArticleReceived,
    ArticleCleaned,
    ArticleEnriched,
    DeadLetter,
    DeadLetterReplayed,
    StoryUpdated,
    ArticleWithdrawn,
)
