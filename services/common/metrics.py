"""Every Prometheus metric copydesk exports, declared once; label values come from closed sets.

Label sets: ``stage`` in STAGES, ``outcome`` in OUTCOMES, ``format`` in the InputFormat literal.
Metrics are registered on a registry passed in by the composition root (tests use their own).
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

STAGES = ("cleaning", "enrichment", "stories", "projector", "ingestor")
OUTCOMES = ("ok", "dead-lettered", "rejected", "skipped")


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


def create_metrics(registry: CollectorRegistry | None = None) -> Metrics:
    registry = registry if registry is not None else CollectorRegistry()
    return Metrics(
        registry=registry,
        messages=Counter(
            "copydesk_messages_total", "Messages handled by a stage, by outcome.", ["stage", "outcome"], registry=registry
        ),
        stage_seconds=Histogram(
            "copydesk_stage_seconds",
            "Time spent in a stage's pure function per message.",
            ["stage"],
            buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=registry,
        ),
        ingested=Counter(
            "copydesk_ingested_total", "Inputs read by the ingestor, by format and outcome.", ["format", "outcome"],
            registry=registry,
        ),
        projected_batches=Histogram(
            "copydesk_projector_batch_seconds", "Time to write one batch (one transaction) into the store.",
            registry=registry,
        ),
        projector_lag=Gauge(
            "copydesk_projector_lag", "Records on the enriched topic not yet in the store.", registry=registry
        ),
        boilerplate_removed=Counter(
            "copydesk_boilerplate_removed_total", "Blocks removed by the cleaning stage, by reason.", ["reason"],
            registry=registry,
        ),
        stalls=Counter(
            "copydesk_stream_stalls_total",
            "Stream partitions sought back because a record was never delivered to the stage.", ["stage"],
            registry=registry,
        ),
    )


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
            "copydesk_http_requests_total", "HTTP requests answered, by route template, method and status.",
            ["route", "method", "status"], registry=registry,
        ),
        seconds=Histogram(
            "copydesk_http_request_seconds", "Time to answer an HTTP request, by route template.", ["route"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
            registry=registry,
        ),
    )
