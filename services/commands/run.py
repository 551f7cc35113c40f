"""`copydesk run [PATH...]`: the main job in one command.

Starts the local broker when no cluster is configured, the processors worker (a subprocess)
and the projector (a thread), ingests the inputs (``seeds/`` by default), waits until every
ingested article version is queryable in the store, prints a summary, and shuts down what it
started. The store stays for ``copydesk query`` and ``copydesk serve``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

from events.topics import RAW
from services.common.settings import Settings

DEFAULT_INPUT = Path(__file__).resolve().parents[2] / "seeds"


def run(settings: Settings, paths: list[str], fmt, source, timeout: float) -> int:  # noqa: ANN001
    from services.bootstrap import connect_cluster, open_configured_store
    from services.bus.kafka import KafkaPublisher
    from services.commands.ingest import ingest
    from services.commands.project import build_projector
    from services.common.metrics import create_metrics

    inputs = paths or [str(DEFAULT_INPUT if DEFAULT_INPUT.is_dir() else Path("seeds"))]
    settings.home.mkdir(parents=True, exist_ok=True)
    print("copydesk: starting Kafka broker..." if not settings.kafka_bootstrap_servers else "copydesk: using configured cluster", flush=True)
    cluster = connect_cluster(settings)
    store = open_configured_store(settings)  # read by this thread
    projector_store = open_configured_store(settings)  # written by the projector thread
    worker = _Worker(settings, cluster.bootstrap)
    projector = build_projector(settings, projector_store, cluster.bootstrap, create_metrics())
    thread = threading.Thread(target=projector.run, name="projector", daemon=True)
    thread.start()
    try:
        publisher = KafkaPublisher(cluster.bootstrap)
        try:
            accepted, rejected = ingest(
                publisher, RAW.name(settings.topic_prefix), inputs, fmt=fmt, source=source,
                max_bytes=settings.max_input_bytes,
            )
        finally:
            publisher.close()
        print(f"copydesk: ingested {len(accepted)} article(s) from {', '.join(inputs)}; processing...", flush=True)
        missing = _await_stored(store, accepted, worker, timeout)
        if missing:
            log_path = settings.home / "worker.log"
            tail = log_path.read_text(errors="replace").splitlines()[-40:] if log_path.exists() else []
            print(f"copydesk: {len(missing)} article(s) not in the store after {timeout:.0f}s "
                  f"(see {log_path} and the dead-letter topic); worker log tail:", file=sys.stderr)
            print("\n".join(tail), file=sys.stderr)
        stats = store.stats()
        print(
            f"copydesk: store {settings.store_url}\n"
            f"  articles: {stats['articles']}  boilerplate lines removed: {stats['removed']}  "
            f"entities: {stats['entities']}  figures: {stats['figures']}  quotes: {stats['quotes']}\n"
            "  next: copydesk query articles | copydesk query article ID | copydesk serve"
        )
        return 1 if (missing or rejected) else 0
    finally:
        projector.stop()
        thread.join(timeout=30)
        worker.stop()
        store.close()
        projector_store.close()
        cluster.release()


STALL_SECONDS = 90.0  # no new article in the store for this long, with work pending: restart the worker
MAX_RESTARTS = 3


class _Worker:
    """The processors worker subprocess, restartable. faust consumers are known to stall now and
    then (see the pitfalls note), and restarting is safe: delivery is at-least-once and the
    projector is idempotent, so the supervisor watches progress from outside and restarts."""

    def __init__(self, settings: Settings, bootstrap: str) -> None:
        self.env = dict(os.environ)
        self.env["COPYDESK_KAFKA_BOOTSTRAP_SERVERS"] = bootstrap
        self.env["COPYDESK_HOME"] = str(settings.home.resolve())
        self.log_path = settings.home / "worker.log"
        self.restarts = 0
        self.proc = self._spawn()

    def _spawn(self) -> subprocess.Popen:
        with open(self.log_path, "ab") as log:
            return subprocess.Popen(
                [sys.executable, "-m", "services.cli", "worker"], env=self.env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

    def alive(self) -> bool:
        return self.proc.poll() is None

    def restart(self, why: str) -> bool:
        if self.restarts >= MAX_RESTARTS:
            return False
        self.restarts += 1
        print(f"copydesk: restarting the worker ({why})", file=sys.stderr, flush=True)
        self.stop()
        self.proc = self._spawn()
        return True

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _await_stored(store, accepted: list, worker: _Worker, timeout: float) -> list:  # noqa: ANN001
    """Wait until the store shows every event of this ingest (not merely an earlier copy of the
    same article): an article's events are ordered on its partition, so once its row carries this
    event's received_at, this event and every earlier one of the article have been applied.
    A worker that exits, or makes no progress for STALL_SECONDS, is restarted (at most MAX_RESTARTS)."""
    deadline = time.monotonic() + timeout
    missing = list(accepted)
    last_progress = time.monotonic()
    while missing and time.monotonic() < deadline:
        if not worker.alive() and not worker.restart(f"it exited with status {worker.proc.returncode}"):
            break
        still = [a for a in missing if not _applied(store.get_article(a.article_id), a.received_at)]
        if len(still) < len(missing):
            last_progress = time.monotonic()
        elif time.monotonic() - last_progress > STALL_SECONDS:
            if not worker.restart(f"no progress for {STALL_SECONDS:.0f}s"):
                break
            last_progress = time.monotonic()
        missing = still
        if missing:
            time.sleep(0.5)
    return missing


def _applied(row: dict | None, received_at: datetime) -> bool:
    if row is None or not row.get("received_at"):
        return False
    stored = row["received_at"]
    stored = stored if isinstance(stored, datetime) else datetime.fromisoformat(str(stored))
    return stored >= received_at
