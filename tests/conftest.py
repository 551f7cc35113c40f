"""Shared fixtures. The Kafka broker is real: a session-scoped single-node KRaft broker started
from the project's own jars (or the cluster in KAFKA_BOOTSTRAP_SERVERS). It starts only when a
test asks for it, so unit tests never pay for it; if it cannot start, those tests fail."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or os.environ.get("COPYDESK_KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    from services.broker.jars import ensure_jars
    from services.broker.local import LocalBroker
    from services.common.settings import Settings

    broker = LocalBroker(tmp_path_factory.mktemp("kafka"), ensure_jars(Settings().broker_cache), heap="768m")
    info = broker.start()
    try:
        yield info.bootstrap
    finally:
        broker.stop()


@pytest.fixture
def unique_prefix() -> str:
    """A topic-name prefix of its own for each test, so tests never see each other's data."""
    return f"t{uuid.uuid4().hex[:10]}."


@pytest.fixture
def broker_settings(kafka_bootstrap: str, unique_prefix: str, tmp_path: Path):  # noqa: ANN201
    """Settings for one test: its own topics, consumer groups, home folder and SQLite store."""
    from services.broker.topics import ensure_topics
    from services.common.settings import Settings

    settings = Settings(
        kafka_bootstrap_servers=kafka_bootstrap,
        topic_prefix=unique_prefix,
        topic_partitions=3,
        consumer_group=f"{unique_prefix}processors",
        projector_group=f"{unique_prefix}projector",
        home=tmp_path / "home",
        database_url=f"sqlite:///{tmp_path / 'store.db'}",
    )
    ensure_topics(kafka_bootstrap, unique_prefix, partitions=3)
    return settings


def settings_env(settings) -> dict[str, str]:  # noqa: ANN001
    """The environment that makes a child `copydesk` process read the same settings."""
    from pydantic import SecretStr

    env = dict(os.environ)
    for name, value in settings.model_dump().items():
        if value is not None:
            env[f"COPYDESK_{name.upper()}"] = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
    return env


class WorkerProcess:
    """A `copydesk worker` child process with its log in the test's folder."""

    def __init__(self, settings, log_path: Path) -> None:  # noqa: ANN001
        import subprocess
        import sys

        self.log_path = log_path
        with open(log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "services.cli", "worker"], cwd=REPO, env=settings_env(settings),
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )

    def kill(self) -> None:
        import signal

        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except Exception:  # noqa: BLE001
                self.proc.kill()
                self.proc.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]


@pytest.fixture
def start_worker(tmp_path: Path):  # noqa: ANN201
    """Factory: start_worker(settings) -> WorkerProcess; every worker is stopped at teardown."""
    workers: list[WorkerProcess] = []

    def start(settings) -> WorkerProcess:  # noqa: ANN001
        worker = WorkerProcess(settings, tmp_path / f"worker-{len(workers)}.log")
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def start_projector():  # noqa: ANN201
    """Factory: start_projector(settings, store) -> a Projector of the enriched and story topics into ``store``,
    running in a thread of the test's process (small batches); every one is stopped at teardown."""
    import threading

    from services.bootstrap import Cluster, build_projector
    from services.common.metrics import create_metrics
    from services.projector.projector import Projector

    running: list[tuple[Projector, threading.Thread]] = []

    def start(settings, store):  # noqa: ANN001, ANN202
        small = settings.model_copy(update={"projector_batch_size": 50, "projector_batch_ms": 100,
                                            "projector_decoder_processes": 0})
        projector = build_projector(small, store, create_metrics(), Cluster(settings.kafka_bootstrap_servers))
        thread = threading.Thread(target=projector.run, daemon=True)
        thread.start()
        running.append((projector, thread))
        return projector

    yield start
    for projector, thread in running:
        projector.stop()
        thread.join(timeout=30)


def read_topic(bootstrap: str, topic: str, count: int, timeout_ms: int = 120_000) -> list:
    """The first ``count`` records of ``topic`` from the beginning (fewer if the timeout passes)."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                             enable_auto_commit=False, consumer_timeout_ms=timeout_ms)
    records: list = []
    try:
        for record in consumer:
            records.append(record)
            if len(records) >= count:
                break
    finally:
        consumer.close()
    return records
