"""A broker of each test's own, which the test may stop and start: the session broker is shared
by every other test and must stay up. Same jars and start-up path as `copydesk broker start`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from events.codec import encode
from services.broker.jars import ensure_jars
from services.broker.local import LocalBroker
from services.broker.topics import ensure_topics
from services.bus.kafka import KafkaPublisher
from services.bus.port import Record
from services.common.settings import Settings
from tests.conftest import REPO, settings_env


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[LocalBroker]:
    broker = LocalBroker(tmp_path / "kafka", ensure_jars(Settings().broker_cache), heap="384m")
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture
def own_settings(own_broker: LocalBroker, unique_prefix: str, tmp_path: Path) -> Settings:
    """Settings pointing at ``own_broker`` (by its address, as a deployment would), topics created."""
    info = own_broker.status()
    assert info is not None
    ensure_topics(info.bootstrap, unique_prefix, partitions=3)
    return Settings(
        kafka_bootstrap_servers=info.bootstrap,
        topic_prefix=unique_prefix,
        topic_partitions=3,
        consumer_group=f"{unique_prefix}processors",
        projector_group=f"{unique_prefix}projector",
        home=tmp_path / "home",
        database_url=f"sqlite:///{tmp_path / 'store.db'}",
        log_level="INFO",
    )


class Command:
    """A `copydesk ...` child process with its output in a log file."""

    def __init__(self, settings: Settings, args: list[str], log_path: Path) -> None:
        self.log_path = log_path
        with open(log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "services.cli", *args], cwd=REPO, env=settings_env(settings),
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )

    def log(self, chars: int = 6000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def sigterm(commands: list[Command], limit: float) -> list[float | None]:
    """SIGTERM every command at once; for each, the seconds until it exited, or None if it still
    ran ``limit`` seconds after the signal."""
    sent = time.monotonic()
    for command in commands:
        command.proc.send_signal(signal.SIGTERM)
    exited: list[float | None] = [None] * len(commands)
    while time.monotonic() - sent < limit and None in exited:
        for i, command in enumerate(commands):
            if exited[i] is None and command.proc.poll() is not None:
                exited[i] = time.monotonic() - sent
        time.sleep(0.05)
    return exited


@pytest.fixture
def start_command(tmp_path: Path) -> Iterator[Callable[..., Command]]:
    """Factory: start_command(settings, "project") -> Command; all are killed at teardown."""
    started: list[Command] = []

    def start(settings: Settings, *args: str) -> Command:
        command = Command(settings, list(args), tmp_path / f"{args[0]}-{len(started)}.log")
        started.append(command)
        return command

    yield start
    for command in started:
        command.kill()


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.25) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def publish(bootstrap: str, topic: str, events: list) -> None:  # noqa: ANN001 - events of events.models
    """Publish ``events`` to ``topic``, keyed by article id, each confirmed by the broker."""
    publisher = KafkaPublisher(bootstrap, client_id="test-restarts")
    try:
        publisher.publish([Record(topic, e.article_id, encode(e)) for e in events])
    finally:
        publisher.close()
