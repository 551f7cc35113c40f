"""A real Prometheus server scrapes a running `copydesk worker` and `copydesk project` and answers
queries for copydesk metrics: articles consumed by the cleaning stage, written by the projector,
and their end-to-end latency. Its configuration is generated for the test (both processes' ports,
a one-second scrape interval, the alert rules of deploy/); storage is a temporary folder."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from events.models import ArticleReceived
from events.topics import RAW
from services.broker.local import free_port
from services.bus.kafka import KafkaPublisher
from services.ingestor.publish import publish_articles
from services.ingestor.sources import read_inputs
from services.store.factory import open_store
from tests.conftest import REPO, settings_env
from tests.integration.chaos.corpus import write_articles

ARTICLES = 12
RULES = Path(__file__).resolve().parents[3] / "deploy" / "prometheus" / "alerts.yml"


def start_prometheus(tmp_path: Path, targets: dict[str, int]) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("prometheus")
    assert binary, "prometheus not found: install Debian's prometheus package (bash deploy/dev.sh test does)"
    port = free_port()
    jobs = "".join(
        f"  - job_name: {job}\n    static_configs: [{{ targets: ['127.0.0.1:{p}'] }}]\n" for job, p in targets.items())
    config = tmp_path / "prometheus.yml"
    config.write_text(
        "global: { scrape_interval: 1s, evaluation_interval: 1s }\n"
        f"rule_files: ['{RULES}']\n"
        f"scrape_configs:\n{jobs}")
    log = open(tmp_path / "prometheus.log", "ab")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [binary, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
         f"--web.listen-address=127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    log.close()
    return proc, f"http://127.0.0.1:{port}"


def query(base: str, promql: str) -> list[dict]:
    """The result vector of an instant query (raises on an HTTP or PromQL error)."""
    url = f"{base}/api/v1/query?{urllib.parse.urlencode({'query': promql})}"
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own local server
        body = json.load(response)
    assert body["status"] == "success", body
    return body["data"]["result"]


def value(base: str, promql: str) -> float | None:
    result = query(base, promql)
    return float(result[0]["value"][1]) if result else None


def wait_for(what: str, check, timeout: float, logs) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:  # the server is not listening yet
            pass
        time.sleep(0.5)
    raise AssertionError(f"{what} not seen within {timeout:.0f}s\n{logs()}")


def test_prometheus_scrapes_the_worker_and_the_projector(broker_settings, start_worker, tmp_path):
    worker_port, projector_port = free_port(), free_port()
    settings = broker_settings
    store = open_store(settings.store_url)
    store.migrate()
    store.close()
    worker = start_worker(settings.model_copy(update={"metrics_port": worker_port}))
    with open(tmp_path / "projector.log", "ab") as log:
        projector = subprocess.Popen(
            [sys.executable, "-m", "services.cli", "project"], cwd=REPO,
            env=settings_env(settings.model_copy(update={"metrics_port": projector_port})),
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    prometheus, base = start_prometheus(tmp_path, {"copydesk-worker": worker_port, "copydesk-projector": projector_port})

    def logs() -> str:
        return "\n".join(f"--- {name}\n{(tmp_path / name).read_text(errors='replace')[-3000:]}"
                         for name in ("prometheus.log", "projector.log", "worker-0.log") if (tmp_path / name).exists())

    try:
        write_articles(tmp_path / "in", ARTICLES, sources=3, rng=random.Random(22))
        articles = [a for a in read_inputs([str(tmp_path / "in")], max_bytes=10**6) if isinstance(a, ArticleReceived)]
        assert len(articles) == ARTICLES
        publisher = KafkaPublisher(settings.kafka_bootstrap_servers)
        publish_articles(publisher, RAW.name(settings.topic_prefix), articles)
        publisher.close()

        wait_for("both targets up", lambda: value(base, 'sum(up{job=~"copydesk-.*"})') == 2, 120, logs)
        wait_for("every article written by the projector",
                 lambda: value(base, 'sum(copydesk_end_to_end_seconds_count{job="copydesk-projector"})') == ARTICLES,
                 300, lambda: worker.log() + logs())

        # Each article and its story change (StoryUpdated) are written by the projector. A story
        # change may reach it after the last article, and each counter reaches Prometheus only at
        # its target's next scrape, so every count is awaited; a count past the total never matches.
        written = 'sum(copydesk_messages_total{job="copydesk-projector",stage="projector",outcome="ok"})'
        wait_for("every article and story change written", lambda: value(base, written) == 2 * ARTICLES, 120, logs)
        for counter in ('copydesk_records_consumed_total{job="copydesk-worker",stage="cleaning"}',
                        'copydesk_cleaned_articles_total{job="copydesk-worker"}',
                        'copydesk_story_changes_total{job="copydesk-worker"}'):
            wait_for(f"{counter} at {ARTICLES}", lambda c=counter: value(base, f"sum({c})") == ARTICLES, 60, logs)
        p99 = value(base, 'histogram_quantile(0.99, sum by (le) (copydesk_end_to_end_seconds_bucket))')
        assert p99 is not None and 0 < p99 < 3600
        wait_for("the worker's consumer lag per partition",
                 lambda: query(base, 'copydesk_consumer_lag_records{job="copydesk-worker"}'), 60, logs)
        lag_topics = {r["metric"]["topic"] for r in query(base, 'copydesk_consumer_lag_records{job="copydesk-worker"}')}
        assert RAW.name(settings.topic_prefix) in lag_topics
        assert query(base, 'copydesk_projector_applied_offset{job="copydesk-projector"}')
        # The rules loaded into the real server and evaluate without error.
        with urllib.request.urlopen(f"{base}/api/v1/rules", timeout=10) as response:  # noqa: S310
            groups = json.load(response)["data"]["groups"]
        rules = [r for g in groups for r in g["rules"]]
        assert len(rules) == 12 and all(r["health"] != "err" for r in rules), rules
    finally:
        prometheus.terminate()
        projector.terminate()
        for proc in (prometheus, projector):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
