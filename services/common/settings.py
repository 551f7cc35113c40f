"""One settings object for every copydesk process, read once in ``main()`` and passed down.

Every setting has an environment variable with the ``COPYDESK_`` prefix (e.g.
``COPYDESK_DATABASE_URL``). The Kafka bootstrap servers also honour the conventional
``KAFKA_BOOTSTRAP_SERVERS``: when either is set, copydesk uses that cluster and starts no
broker of its own.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COPYDESK_", extra="ignore", frozen=True)

    home: Path = Field(default=Path(".copydesk"), description="Working folder: store, broker data, logs.")
    database_url: str = Field(
        default="", description="sqlite:///path.db or postgresql://...; default <home>/copydesk.db"
    )
    kafka_bootstrap_servers: str | None = Field(
        default=None,
        validation_alias=AliasChoices("COPYDESK_KAFKA_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP_SERVERS"),
        description="An existing cluster; unset means copydesk starts its local broker.",
    )
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT",
        description="How every Kafka client connects (the same for kafka-python, aiokafka and faust).",
    )
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = Field(default="SCRAM-SHA-512")
    kafka_sasl_username: str | None = Field(default=None)
    kafka_sasl_password: SecretStr | None = Field(default=None, description="Never logged; or use the _FILE setting.")
    kafka_sasl_password_file: Path | None = Field(default=None, description="A file whose first line is the password.")
    kafka_ssl_cafile: Path | None = Field(
        default=None, description="PEM bundle of the CAs to trust for the broker's certificate; unset: the system's."
    )
    topic_prefix: str = Field(default="", description="Prefix for every topic name (isolates deployments and tests).")
    topic_partitions: int = Field(default=6, ge=1)
    topic_replication: int = Field(default=1, ge=1)
    broker_cache: Path = Field(
        default=Path.home() / ".cache" / "copydesk" / "kafka",
        description="Where the Kafka jars resolved from Maven Central are cached between runs.",
    )
    broker_heap: str = Field(default="512m", description="JVM heap of the local broker.")
    consumer_group: str = Field(default="copydesk-processors", description="Faust application id.")
    projector_group: str = Field(default="copydesk-projector")
    # 6000: with 100,000 articles in SQLite, 1,973-2,023 events/s in four runs against 1,709 and 1,792
    # with 2000 (bench_projector's project() on one filled topic); 8000 made each poll wait longer.
    projector_batch_size: int = Field(
        default=6000, ge=1, description="Most events per store transaction (larger batches write faster)."
    )
    projector_batch_ms: int = Field(default=200, ge=1)
    projector_decoder_processes: int = Field(
        default=1,
        ge=0,
        description="Processes that decode the next batch while the projector writes one; 0 = in its own thread.",
    )
    spacy_model: str | None = Field(
        default=None, description="spaCy pipeline name or path; default en_core_web_sm 3.8."
    )
    stall_seconds: float = Field(
        default=30.0,
        gt=0,
        description="A stream partition whose commit is held back this long by a record the worker never "
        "received is sought back to that record.",
    )
    session_timeout_seconds: float = Field(
        default=30.0,
        gt=0,
        description="How long the group waits for a silent worker before giving its partitions to the others.",
    )
    workers: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        ge=1,
        description="Worker processes `copydesk run` starts in one consumer group (default: the number of cores).",
    )
    enrichment_batch: int = Field(default=16, ge=1, description="Most articles the entity stage parses together.")
    enrichment_batch_seconds: float = Field(
        # A backlog fills a batch at once; below capacity the wait is pure latency (at 6.24 articles/s
        # on 2 workers, 0.2 s gave p99 1.11 s from publish to queryable, 0.05 s 0.56 s).
        default=0.05,
        gt=0,
        description="How long the entity stage waits to fill a batch before it parses what it has.",
    )
    stages: Literal["full", "pass-through"] = Field(
        default="full",
        description="pass-through: the worker's stages hand their input on unchanged (for benchmarks of the plumbing).",
    )
    repeat_threshold: int = Field(
        default=3, ge=2, description="Articles of one source a line must recur in to be learned boilerplate."
    )
    duplicate_window_hours: float = Field(
        default=72.0,
        gt=0,
        description="Near-duplicates are looked for among articles published (else received) within this many hours.",
    )
    story_window_hours: float = Field(
        default=72.0,
        gt=0,
        description="An article joins or merges only stories with an article published (else received) within "
        "this many hours of it; older stories are closed. A change applies to articles placed from then on.",
    )
    max_input_bytes: int = Field(default=20 * 1024 * 1024, description="Larger inputs are rejected by the ingestor.")
    metrics_port: int = Field(
        default=0,
        ge=0,
        description="Prometheus /metrics port of `worker`, `project` and `ingest --follow`; 0 = off. "
        "`copydesk run` gives worker i the port + i and its projector the port + the number of workers.",
    )
    metrics_host: str = Field(
        default="127.0.0.1", description="Address the /metrics server binds (0.0.0.0 in a container)."
    )
    worker_web_port: int = Field(default=0, ge=0, description="Faust web port (localhost only); 0 = pick a free one.")
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_token: str | None = Field(default=None, description="Bearer token required by the HTTP API when set.")
    feed_interval_seconds: float = Field(
        default=300.0, gt=0, description="How often `ingest --follow` polls each feed."
    )
    feed_timeout_seconds: float = Field(default=20.0, gt=0, description="Most seconds one feed fetch may take.")
    feed_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1, description="Larger feed responses are refused.")
    feed_backoff_seconds: float = Field(
        default=10.0, gt=0, description="First retry delay after a failed poll; doubles per failure."
    )
    feed_backoff_max_seconds: float = Field(default=1800.0, gt=0, description="Longest retry delay after failed polls.")
    feed_state_dir: Path | None = Field(
        default=None, description="What the feed follower remembers; default <home>/feeds."
    )
    feed_state_items: int = Field(
        default=5000, ge=1, description="Items remembered per feed (more than a feed ever lists)."
    )
    intake_host: str = Field(default="127.0.0.1", description="Address of the push intake service (`copydesk intake`).")
    intake_port: int = Field(default=8001, description="Port of the push intake service.")
    intake_token: str | None = Field(default=None, description="Bearer token that POST /ingest requires.")
    intake_token_file: Path | None = Field(
        default=None, description="A file holding the intake token (e.g. a mounted secret)."
    )
    log_level: str = "WARNING"

    @property
    def duplicate_window(self) -> timedelta:
        return timedelta(hours=self.duplicate_window_hours)

    @property
    def story_window(self) -> timedelta:
        return timedelta(hours=self.story_window_hours)

    @property
    def store_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'copydesk.db').resolve()}"
