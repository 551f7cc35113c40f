"""Every Prometheus metric copydesk exports, declared once; label values come from closed sets.

Label sets: ``stage`` in STAGES, ``outcome`` in OUTCOMES, ``format`` an InputFormat or ``feed``
(the feed follower) or ``unknown`` (an input rejected before its format was known), ``reason`` of
boilerplate a RemovalReason, ``reason`` of a rejected input in REJECTION_KINDS, ``body`` in
BODY_SIZES, ``type`` in ENTITY_TYPES, ``category`` a FigureCategory, ``change`` a StoryChange,
``topic`` one of the topics the process consumes, ``partition`` one of their partitions. Never an
article id, a URL or a source name.

Metrics are registered on a registry passed in by the composition root (tests use their own).
Counters with a closed label set start at 0 for every label value, so that an alert on "no
increase" sees a series that stays flat instead of none at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from events.models import FigureCategory, StoryChange

STAGES = ("cleaning", "enrichment", "stories", "projector", "ingestor")
OUTCOMES = ("ok", "dead-lettered", "rejected", "skipped")
# Why an input was rejected, in a few kinds (services.ingestor.rejections maps each reason to one).
REJECTION_KINDS = ("too-large", "unreadable", "binary", "not-utf8", "malformed", "unsupported", "empty", "other")
# A cleaned body: no text at all, fewer than SHORT_BODY_WORDS words, or longer.
BODY_SIZES = ("empty", "short", "ok")
SHORT_BODY_WORDS = 50
# The entity stage's labels (OntoNotes); anything else counts as "other".
ENTITY_TYPES = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "PRODUCT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "other",
)
FIGURE_CATEGORIES: tuple[str, ...] = get_args(FigureCategory)
STORY_CHANGES: tuple[str, ...] = get_args(StoryChange)

_PER_ARTICLE = (0, 1, 2, 3, 5, 10, 20, 50, 100)
_LATENCY = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)


@dataclass(frozen=True)
class Metrics:
    registry: CollectorRegistry
    messages: Counter
    stage_seconds: Histogram
    ingested: Counter
    projected_batches: Histogram
    projector_lag: Gauge
    boilerplate_removed: Counter
    stalls: Counter
    consumed: Counter
    produced: Counter
    consumer_lag: Gauge
    applied_offset: Gauge
    rejected_inputs: Counter
    end_to_end_seconds: Histogram
    cleaned_bodies: Counter
    entities_per_article: Histogram
    figures_per_article: Histogram
    unresolved_short_mentions: Counter
    duplicates: Counter
    story_changes: Counter


def create_metrics(registry: CollectorRegistry | None = None) -> Metrics:
    registry = registry if registry is not None else CollectorRegistry()
    metrics = Metrics(
        registry=registry,
        messages=Counter(
            "copydesk_messages_total",
            "Messages handled by a stage, by outcome.",
            ["stage", "outcome"],
            registry=registry,
        ),
        stage_seconds=Histogram(
            "copydesk_stage_seconds",
            "Time spent in a stage's pure function per message.",
            ["stage"],
            buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=registry,
        ),
        ingested=Counter(
            "copydesk_ingested_total",
            "Inputs read by the ingestor, by format and outcome.",
            ["format", "outcome"],
            registry=registry,
        ),
        projected_batches=Histogram(
            "copydesk_projector_batch_seconds",
            "Time to write one batch (one transaction) into the store.",
            registry=registry,
        ),
        projector_lag=Gauge(
            "copydesk_projector_lag", "Records on the enriched topic not yet in the store.", registry=registry
        ),
        boilerplate_removed=Counter(
            "copydesk_boilerplate_removed_total",
            "Blocks removed by the cleaning stage, by reason.",
            ["reason"],
            registry=registry,
        ),
        stalls=Counter(
            "copydesk_stream_stalls_total",
            "Stream partitions sought back because a record was never delivered to the stage.",
            ["stage"],
            registry=registry,
        ),
        consumed=Counter(
            "copydesk_records_consumed_total",
            "Records a stage took from its input topic.",
            ["stage"],
            registry=registry,
        ),
        produced=Counter(
            "copydesk_records_produced_total",
            "Records a stage wrote to its output topics, acknowledged by the broker (dead letters not counted).",
            ["stage"],
            registry=registry,
        ),
        consumer_lag=Gauge(
            "copydesk_consumer_lag_records",
            "Records on a partition past the consumer's safe position (worker: its commit position; "
            "projector: its fetch position), sampled every few seconds.",
            ["topic", "partition"],
            registry=registry,
        ),
        applied_offset=Gauge(
            "copydesk_projector_applied_offset",
            "The offset after the last record the projector wrote into the store (or parked), per partition.",
            ["topic", "partition"],
            registry=registry,
        ),
        rejected_inputs=Counter(
            "copydesk_ingest_rejected_total",
            "Inputs the ingestor rejected, by kind of reason.",
            ["reason"],
            registry=registry,
        ),
        end_to_end_seconds=Histogram(
            "copydesk_end_to_end_seconds",
            "From an article's receipt (received_at) to its event written into the store (queryable).",
            buckets=_LATENCY,
            registry=registry,
        ),
        cleaned_bodies=Counter(
            "copydesk_cleaned_articles_total",
            f"Articles cleaned, by body size: empty, short (under {SHORT_BODY_WORDS} words) or ok.",
            ["body"],
            registry=registry,
        ),
        entities_per_article=Histogram(
            "copydesk_entities_per_article",
            "Entities found in one article, by entity type.",
            ["type"],
            buckets=_PER_ARTICLE,
            registry=registry,
        ),
        figures_per_article=Histogram(
            "copydesk_figures_per_article",
            "Figures found in one article, by category.",
            ["category"],
            buckets=_PER_ARTICLE,
            registry=registry,
        ),
        unresolved_short_mentions=Counter(
            "copydesk_unresolved_short_mentions_total",
            "PERSON entities known only by one word (a surname no full name in the article resolved).",
            registry=registry,
        ),
        duplicates=Counter(
            "copydesk_duplicates_total",
            "Articles the story stage found to be near-duplicates of an earlier one.",
            registry=registry,
        ),
        story_changes=Counter(
            "copydesk_story_changes_total",
            "Articles placed in stories, by change: opened, joined or merged.",
            ["change"],
            registry=registry,
        ),
    )
    for stage in STAGES:
        metrics.consumed.labels(stage)
        metrics.produced.labels(stage)
        for outcome in OUTCOMES:
            metrics.messages.labels(stage, outcome)
    for kind in REJECTION_KINDS:
        metrics.rejected_inputs.labels(kind)
    for size in BODY_SIZES:
        metrics.cleaned_bodies.labels(size)
    for change in STORY_CHANGES:
        metrics.story_changes.labels(change)
    return metrics


@dataclass(frozen=True)
class ApiMetrics:
    registry: CollectorRegistry
    requests: Counter
    seconds: Histogram


def create_api_metrics(registry: CollectorRegistry | None = None) -> ApiMetrics:
    """The API's metrics registered on ``registry`` (a fresh one when None)."""
    registry = registry if registry is not None else CollectorRegistry()
    return ApiMetrics(
        registry=registry,
        requests=Counter(
            "copydesk_http_requests_total",
            "HTTP requests answered, by route template, method and status.",
            ["route", "method", "status"],
            registry=registry,
        ),
        seconds=Histogram(
            "copydesk_http_request_seconds",
            "Time to answer an HTTP request, by route template.",
            ["route"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
            registry=registry,
        ),
    )
