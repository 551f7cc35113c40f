"""Kafka over SASL_SSL (SCRAM-SHA-512, TLS with a CA made by the test): the right credentials
carry the seeds through ingest (kafka-python), the worker (faust on aiokafka) and the projector
(kafka-python) into the store; a wrong password consumes nothing; the password is never logged."""

from __future__ import annotations

import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kafka import KafkaConsumer
from kafka.errors import KafkaError
from pydantic import SecretStr

from services.broker.jars import ensure_jars
from services.common.kafka_security import KafkaSecurity
from services.common.settings import Settings
from services.store.factory import open_store
from tests.conftest import REPO, SEEDS, settings_env
from tests.integration.security.secured_broker import USER, SecuredBroker, make_certificates

PASSWORD = secrets.token_hex(12)


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("secured")
    broker = SecuredBroker(folder / "kafka", ensure_jars(Settings().broker_cache), PASSWORD,
                           make_certificates(folder / "certs"))
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


def settings_for(broker: SecuredBroker, tmp_path: Path, password: str) -> Settings:
    prefix = f"s{secrets.token_hex(4)}."
    return Settings(
        kafka_bootstrap_servers=broker.secure_bootstrap, kafka_security_protocol="SASL_SSL",
        kafka_sasl_username=USER, kafka_sasl_password=password, kafka_ssl_cafile=broker.certificates.ca,
        topic_prefix=prefix, topic_partitions=3, consumer_group=f"{prefix}processors",
        projector_group=f"{prefix}projector", home=tmp_path / "home",
        database_url=f"sqlite:///{tmp_path / 'store.db'}",
    )


def copydesk(settings: Settings, *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "services.cli", *args], cwd=REPO, env=settings_env(settings),
                          capture_output=True, text=True, timeout=timeout)


def stored(settings: Settings) -> int:
    store = open_store(settings.store_url)
    try:
        store.migrate()
        return int(store.stats()["articles"])
    finally:
        store.close()


def test_the_right_credentials_carry_the_seeds_into_the_store(secured, start_worker, tmp_path):
    settings = settings_for(secured, tmp_path, PASSWORD)
    ingest = copydesk(settings, "ingest", *map(str, SEEDS))
    assert ingest.returncode == 0, ingest.stderr
    worker = start_worker(settings)
    outputs = [ingest.stdout + ingest.stderr]
    deadline = time.monotonic() + 240
    while stored(settings) < len(SEEDS):
        assert time.monotonic() < deadline, f"the store has {stored(settings)} articles\n{worker.log()}"
        project = copydesk(settings, "project", "--until-caught-up")
        assert project.returncode == 0, project.stderr
        outputs.append(project.stdout + project.stderr)
        time.sleep(2)
    assert stored(settings) == len(SEEDS)
    worker.stop()
    outputs.append(worker.log_path.read_text(errors="replace"))
    assert not [text for text in outputs if PASSWORD in text], "the password was logged"


def test_a_wrong_password_consumes_nothing(secured, tmp_path):
    good = settings_for(secured, tmp_path, PASSWORD)
    ingest = copydesk(good, "ingest", str(SEEDS[0]))
    assert ingest.returncode == 0, ingest.stderr
    wrong = good.model_copy(update={"kafka_sasl_password": SecretStr("not-the-password")})

    with pytest.raises(KafkaError):  # authentication fails: the client never gets to fetch
        KafkaConsumer(f"{good.topic_prefix}copydesk.articles.raw", bootstrap_servers=secured.secure_bootstrap,
                      bootstrap_timeout_ms=10_000, auto_offset_reset="earliest", consumer_timeout_ms=5_000,
                      **KafkaSecurity.from_settings(wrong).kafka_python())
    project = copydesk(wrong, "project", "--until-caught-up", timeout=240)
    assert project.returncode != 0 and "SASL username and password" in project.stderr, project.stderr
    assert stored(wrong) == 0
    assert "not-the-password" not in project.stdout + project.stderr
