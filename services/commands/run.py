"""`copydesk run [PATH...]`: the main job in one command.

Starts the local broker when no cluster is configured, the processors workers (``--workers``
subprocesses in one consumer group) and the projector (a thread), ingests the inputs (``seeds/`` by default), waits until every
ingested article version is queryable in the store, prints a summary, and shuts down what it
started. The store stays for ``copydesk query`` and ``copydesk serve``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from events.topics import RAW
from services.common.settings import Settings

DEFAULT_INPUT = Path(__file__).resolve().parents[2] / "seeds"


def run(settings: Settings, paths: list[str], fmt, source, timeout: float) -> int:
    from services.bootstrap import (
        build_projector,
        build_publisher,
        connect_cluster,
        open_configured_store,
        serve_metrics,
    )
    from services.commands.ingest import ingest
    from services.common.metrics import create_metrics

    inputs = paths or [str(DEFAULT_INPUT if DEFAULT_INPUT.is_dir() else Path("seeds"))]
    settings.home.mkdir(parents=True, exist_ok=True)
    print(
        "copydesk: starting Kafka broker..."
        if not settings.kafka_bootstrap_servers
        else "copydesk: using configured cluster",
        flush=True,
    )
    cluster = connect_cluster(settings)
    # read by this thread (a store of another layout is first rebuilt from the log)
    store = open_configured_store(settings, rebuild_from=cluster)
    projector_store = open_configured_store(settings)  # written by the projector thread
    workers = _Workers(settings, cluster.bootstrap, settings.workers)
    metrics = create_metrics()
    serve_metrics(settings, metrics, port_offset=settings.workers)  # workers have metrics_port + 0 .. workers - 1
    projector = build_projector(settings, projector_store, metrics, cluster)
    thread = threading.Thread(target=projector.run, name="projector", daemon=True)
    thread.start()
    try:
        publisher = build_publisher(cluster, "copydesk-ingestor")
        try:
            accepted, rejected = ingest(
                publisher,
                RAW.name(settings.topic_prefix),
                inputs,
                fmt=fmt,
                source=source,
                max_bytes=settings.max_input_bytes,
                metrics=metrics,
            )
        finally:
            publisher.close()
        print(f"copydesk: ingested {len(accepted)} article(s) from {', '.join(inputs)}; processing...", flush=True)
        missing = _await_stored(store, accepted, workers, timeout)
        if missing:
            log_path = settings.home / "worker.log"
            tail = log_path.read_text(errors="replace").splitlines()[-40:] if log_path.exists() else []
            print(
                f"copydesk: {len(missing)} article(s) not in the store after {timeout:.0f}s "
                f"(see {log_path} and the dead-letter topic); worker log tail:",
                file=sys.stderr,
            )
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
        workers.stop()
        store.close()
        projector_store.close()
        cluster.release()


MAX_RESTARTS = 3


class _Workers:
    """``count`` processors worker subprocesses in one consumer group (Kafka shares the partitions
    among them), each with its own log and, when metrics are on, its own metrics port. A worker
    that exits is restarted (at most MAX_RESTARTS in all): delivery is at-least-once and the
    projector idempotent, so a restart repeats work but loses none."""

    def __init__(self, settings: Settings, bootstrap: str, count: int) -> None:
        self.settings, self.bootstrap = settings, bootstrap
        self.restarts = 0
        self.procs = [self._spawn(index) for index in range(count)]

    def log_path(self, index: int) -> Path:
        return self.settings.home / ("worker.log" if index == 0 else f"worker-{index}.log")

    def _spawn(self, index: int) -> subprocess.Popen:
        env = dict(os.environ)
        env["COPYDESK_KAFKA_BOOTSTRAP_SERVERS"] = self.bootstrap
        env["COPYDESK_HOME"] = str(self.settings.home.resolve())
        if self.settings.metrics_port:
            env["COPYDESK_METRICS_PORT"] = str(self.settings.metrics_port + index)
        with open(self.log_path(index), "ab") as log:
            return subprocess.Popen(
                [sys.executable, "-m", "services.cli", "worker"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

    def supervise(self) -> bool:
        """Restart every worker that exited; False once the restart budget is spent."""
        for index, proc in enumerate(self.procs):
            if proc.poll() is None:
                continue
            if self.restarts >= MAX_RESTARTS:
                return False
            self.restarts += 1
            print(
                f"copydesk: restarting worker {index} (it exited with status {proc.returncode})",
                file=sys.stderr,
                flush=True,
            )
            self.procs[index] = self._spawn(index)
        return True

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _await_stored(store, accepted: list, workers: _Workers, timeout: float) -> list:
    """Wait until the store holds every version this ingest sent (not merely an earlier version of
    the same article). A version the store already had (the same input ingested again) counts at
    once: delivering it again changes nothing in the store (it keeps the version's first receipt
    time), so there is nothing to wait for. Versions are read whether or not the article may be
    shown yet (an embargoed article is stored, not shown)."""
    deadline = time.monotonic() + timeout
    missing = list(accepted)
    while missing and time.monotonic() < deadline and workers.supervise():
        versions = store.article_versions()
        missing = [a for a in missing if a.content_hash not in versions.get(a.article_id, ())]
        if missing:
            time.sleep(0.5)
    return missing
