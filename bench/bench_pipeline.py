"""The whole pipeline, side by side with what the broker and the work alone allow (issue 19).

    .venv/bin/pip install -e ".[bench]"            # matplotlib and psutil (bench only)
    .venv/bin/python bench/bench_pipeline.py        # about 15 minutes on a 2-core machine
    .venv/bin/python bench/bench_pipeline.py --articles 200 --pass-through-articles 5000 --latency-seconds 30
    .venv/bin/python bench/bench_pipeline.py --skip-system          # the references only

One run on one machine measures, over one generated corpus (bench/corpus.py, deterministic by
--seed, ~600-word pages from 24 outlets, plus the two files in seeds/):

- Reference A, the broker limit: the encoded ArticleReceived records produced (aiokafka, acks=all,
  batched sends, futures gathered) and consumed (one aiokafka consumer on every partition) through
  the same broker, no work; on the pass-through payloads and on the full corpus's payloads.
- Reference B, the work limit: the stage functions of services/processors/pipeline.py in one
  process without Kafka, batched as the worker batches (handle_received, extract_batch over
  COPYDESK_ENRICHMENT_BATCH articles, extracted_from, placed_in_story with a dict); with 1 process
  and with N processes over disjoint shares (aggregate rate).
- The system: a broker of its own (LocalBroker in a temporary folder), topics with a prefix of the
  run's own, `copydesk project` and N `copydesk worker` subprocesses, the corpus published to the
  raw topic as fast as the ingestor's publisher goes; articles/s from the first publish to the last
  article queryable in the store (store.stats()), with 1 worker and with N workers, into SQLite
  (and PostgreSQL when its binaries are installed: a throwaway server, --postgres). Before the
  clock starts, the consumer groups are stable and one warm-up article per outlet is queryable.
- Pass-through: the same with COPYDESK_STAGES=pass-through and many short articles (the plumbing).
- Latency: N workers fed at half the N-worker rate for --latency-seconds; per article, from its
  publish to the first poll of the store (every 25 ms) that sees it; p50 and p99.

For each: articles/s, CPU-seconds per 1,000 articles (psutil: user+system of the workers, the
projector with its decoder processes, and the broker), peak and steady RSS per process
(steady: median of the samples of the second half of the measured window). The machine (cores,
CPU model, load average at start and end) is in the output. Results: bench/results/pipeline.json
and bench/results/pipeline.png (--out). Exit status 1 when a configuration failed to complete
(the targets are reported, not enforced).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import multiprocessing
import os
import platform
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

try:
    import psutil
except ImportError:  # pragma: no cover - a message rather than a traceback
    sys.exit("bench_pipeline needs psutil and matplotlib: .venv/bin/pip install -e '.[bench]'")

from corpus import SOURCES, Corpus, received_articles  # noqa: E402

from events.codec import decode, encode  # noqa: E402
from events.models import ArticleReceived  # noqa: E402
from events.topics import CLEANED, DEAD_LETTER, ENRICHED, EXTRACTED, RAW  # noqa: E402
from services.common.settings import Settings  # noqa: E402
from tests.conftest import settings_env  # noqa: E402

SAMPLE_EVERY_S = 0.5
POLL_EVERY_S = 0.25
LATENCY_POLL_S = 0.025
STALL_TIMEOUT_S = 180.0  # a system run that stores nothing new for this long has failed
WARMUP_STALL_S = 90.0  # the warm-up articles not stored by then: the workers are restarted once
READY_TIMEOUT_S = 240.0
KILOBYTE = 1024
MIN_WINDOW_S = 2.0  # the other processes' load is not reported over a shorter measurement

TARGETS = {
    "pipeline_vs_reference_b": 0.85,
    "workers_articles_per_s": 8.0,
    "speedup_1_to_n": 1.6,
    "pass_through_vs_reference_a": 0.5,
    "pass_through_articles_per_s": 2000.0,
    "latency_p99_s": 1.0,
    "worker_steady_rss_bytes": 1024 ** 3,
}


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


# --- the machine ----------------------------------------------------------------------------------
def machine() -> dict:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu_model": model,
        "memory_gib": round(psutil.virtual_memory().total / 1024 ** 3, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def git_revision() -> dict:
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            return ""

    commit = git("rev-parse", "HEAD")
    if not commit:  # a snapshot of the tree (git archive) run outside the repository
        return {"commit": os.environ.get("COPYDESK_BENCH_COMMIT", "unknown"), "snapshot": str(REPO)}
    return {"commit": commit, "dirty_paths": len(git("status", "--porcelain").splitlines())}


# --- watching processes ---------------------------------------------------------------------------
def cpu_of(proc: psutil.Process) -> float | None:
    try:
        times = proc.cpu_times()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None
    return times.user + times.system


def machine_busy() -> float:
    """CPU seconds the whole machine has been busy (all cores: not idle, not waiting for I/O)."""
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0) - getattr(t, "guest", 0.0) - getattr(t, "guest_nice", 0.0)


def peak_rss_of(pid: int) -> int | None:
    """The kernel's high-water mark of the process's resident set (VmHWM), in bytes."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * KILOBYTE
    except (OSError, ValueError):
        return None
    return None


@dataclass
class Watched:
    label: str
    group: str  # worker, projector, broker, reference-b
    pid: int
    proc: psutil.Process
    samples: list[tuple[float, int]] = field(default_factory=list)  # (time, rss)
    cpu_last: float = 0.0
    cpu_first: float | None = None  # at the first sample inside the window
    peak: int = 0


class Monitor(threading.Thread):
    """Samples RSS and CPU of the watched processes (and, for those added with ``descendants``,
    of every process they start) every SAMPLE_EVERY_S; ``window()`` marks what a figure covers."""

    def __init__(self) -> None:
        super().__init__(daemon=True, name="monitor")
        self._lock = threading.Lock()
        self._roots: list[tuple[str, str, psutil.Process]] = []
        self.watched: dict[int, Watched] = {}
        self._halt = threading.Event()
        self.start_at: float | None = None
        self.end_at: float | None = None
        self._cpu_at_start: dict[int, float] = {}

    def add(self, label: str, group: str, pid: int) -> None:
        with self._lock:
            try:
                proc = psutil.Process(pid)
            except psutil.NoSuchProcess:
                return
            self._roots.append((label, group, proc))
            self._watch(label, group, proc)

    def _watch(self, label: str, group: str, proc: psutil.Process) -> None:
        if proc.pid not in self.watched:
            self.watched[proc.pid] = Watched(label, group, proc.pid, proc)

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(SAMPLE_EVERY_S)

    def sample(self) -> None:
        now = time.monotonic()
        with self._lock:
            for label, group, root in self._roots:
                try:
                    for child in root.children(recursive=True):
                        self._watch(f"{label}/{_name_of(child)}", group, child)
                except psutil.NoSuchProcess:
                    pass
            for w in self.watched.values():
                try:
                    rss = w.proc.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                cpu = cpu_of(w.proc)
                if cpu is not None:
                    w.cpu_last = cpu
                    if self.start_at is not None and self.end_at is None and w.pid not in self._cpu_at_start:
                        self._cpu_at_start[w.pid] = 0.0  # started inside the window: all of its CPU counts
                w.samples.append((now, rss))
                w.peak = max(w.peak, peak_rss_of(w.pid) or rss)

    def begin(self) -> None:
        with self._lock:
            self.sample_unlocked_cpu()
            self.start_at, self.end_at = time.monotonic(), None
            self._cpu_at_start = {pid: w.cpu_last for pid, w in self.watched.items()}
            self._machine_at_start, self._self_at_start = machine_busy(), cpu_of(psutil.Process()) or 0.0

    def sample_unlocked_cpu(self) -> None:
        for w in self.watched.values():
            cpu = cpu_of(w.proc)
            if cpu is not None:
                w.cpu_last = cpu

    def end(self) -> None:
        self.sample()
        with self._lock:
            self.end_at = time.monotonic()
            self._machine_used = machine_busy() - self._machine_at_start
            self._self_used = (cpu_of(psutil.Process()) or 0.0) - self._self_at_start

    def stop(self) -> None:
        self._halt.set()
        if self.is_alive():
            self.join(timeout=5)

    def report(self) -> dict:
        """CPU seconds per group in the window; RSS per process: peak, steady (median of the second
        half of the window's samples), in bytes."""
        assert self.start_at is not None and self.end_at is not None
        half = self.start_at + (self.end_at - self.start_at) / 2
        cpu: Counter[str] = Counter()
        processes = []
        with self._lock:
            for pid, w in self.watched.items():
                used = max(0.0, w.cpu_last - self._cpu_at_start.get(pid, w.cpu_last))
                cpu[w.group] += used
                steady = [rss for t, rss in w.samples if half <= t <= self.end_at]
                window = [rss for t, rss in w.samples if self.start_at <= t <= self.end_at]
                if not window:
                    continue
                processes.append({
                    "process": w.label, "group": w.group, "pid": pid, "cpu_s": round(used, 2),
                    "peak_rss": max(w.peak, *window), "steady_rss": int(statistics.median(steady or window)),
                })
        elapsed = self.end_at - self.start_at
        others = max(0.0, self._machine_used - sum(cpu.values()) - self._self_used)
        return {"cpu_s": {k: round(v, 2) for k, v in cpu.items()}, "processes": processes,
                "bench_process_cpu_s": round(self._self_used, 2),
                # what every other process of the machine used meanwhile, in cores (a shared machine)
                "other_processes_cores": round(others / elapsed, 2) if elapsed >= MIN_WINDOW_S else None}


def _name_of(proc: psutil.Process) -> str:
    try:
        cmd = proc.cmdline()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return str(proc.pid)
    text = " ".join(cmd)
    if "resource_tracker" in text:
        return "resource-tracker"
    if "multiprocessing" in text or "spawn_main" in text:
        return f"child-{proc.pid}"
    return f"{Path(cmd[0]).name if cmd else 'process'}-{proc.pid}"


# --- the broker ----------------------------------------------------------------------------------
@contextmanager
def kafka_cluster(folder: Path, heap: str) -> Iterator[tuple[str, int]]:
    """A LocalBroker of our own in ``folder``, stopped on the way out (as bench_projector does)."""
    from services.broker.jars import ensure_jars
    from services.broker.local import LocalBroker

    broker = LocalBroker(folder, ensure_jars(Settings().broker_cache), heap=heap)
    started = time.perf_counter()
    try:
        info = broker.start()
        say(f"broker: started {info.bootstrap} (pid {info.pid}) in {time.perf_counter() - started:.1f} s")
        yield info.bootstrap, info.pid
    finally:
        broker.stop()


def partition_for(source: str, partitions: int) -> int:
    """The raw topic's partition of a source, as KafkaPublisher computes it."""
    from kafka.partitioner.default import murmur2

    return (murmur2(source.encode()) & 0x7FFFFFFF) % partitions


# --- reference A: the broker alone ----------------------------------------------------------------
async def _reference_a(bootstrap: str, topic: str, records: list[tuple[bytes, bytes, int]], partitions: int) -> dict:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

    big = 64 * 1024 * 1024
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest",
                                max_partition_fetch_bytes=big, fetch_max_bytes=big)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5,
                                max_request_size=big, max_batch_size=1024 * 1024)
    await consumer.start()
    await producer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        wanted = len(records)
        got = 0
        consumed_at = 0.0

        async def consume() -> None:
            nonlocal got, consumed_at
            while got < wanted:
                batches = await consumer.getmany(timeout_ms=500, max_records=10_000)
                for batch in batches.values():
                    got += len(batch)
                consumed_at = time.perf_counter()

        cpu = time.process_time()
        started = time.perf_counter()
        reading = asyncio.create_task(consume())
        futures = []
        for key, value, partition in records:
            futures.append(await producer.send(topic, value=value, key=key, partition=partition))
        await asyncio.gather(*futures)
        acked = time.perf_counter()
        await asyncio.wait_for(reading, timeout=600)
        cpu = time.process_time() - cpu
        return {"articles": wanted, "produce_s": acked - started, "end_to_end_s": consumed_at - started,
                "client_cpu_s": cpu}
    finally:
        await producer.stop()
        await consumer.stop()


def reference_a(name: str, bootstrap: str, broker_pid: int, events: list[ArticleReceived], partitions: int) -> dict:
    from services.broker.topics import ensure_topics

    prefix = f"bench{uuid.uuid4().hex[:8]}.{name}."
    ensure_topics(bootstrap, prefix, partitions=partitions)
    topic = RAW.name(prefix)
    records = [(e.article_id.encode(), encode(e), partition_for(e.source, partitions)) for e in events]
    size = sum(len(v) for _, v, _ in records)
    broker = psutil.Process(broker_pid)
    broker_cpu, busy, own = cpu_of(broker) or 0.0, machine_busy(), cpu_of(psutil.Process()) or 0.0
    result = asyncio.run(_reference_a(bootstrap, topic, records, partitions))
    broker_cpu = (cpu_of(broker) or 0.0) - broker_cpu
    others = machine_busy() - busy - broker_cpu - ((cpu_of(psutil.Process()) or 0.0) - own)
    n = result["articles"]
    out = {
        "kind": "reference-a", "articles": n, "payload_bytes_mean": round(size / n),
        "articles_per_s": n / result["end_to_end_s"], "produce_articles_per_s": n / result["produce_s"],
        "elapsed_s": result["end_to_end_s"],
        "cpu_s": {"client": round(result["client_cpu_s"], 2), "broker": round(broker_cpu, 2)},
        "other_processes_cores": (round(max(0.0, others) / result["end_to_end_s"], 2)
                                  if result["end_to_end_s"] >= MIN_WINDOW_S else None),
    }
    out["cpu_s_per_1000"] = 1000 * sum(out["cpu_s"].values()) / n
    say(f"[{name}] {n:,} records ({size / n / 1024:.1f} KiB each): produced and consumed at "
        f"{out['articles_per_s']:,.0f}/s (produced and acknowledged at {out['produce_articles_per_s']:,.0f}/s)")
    return out


# --- reference B: the work alone ------------------------------------------------------------------
def _reference_b_child(payloads: str, share: Sequence[int], warmup: Sequence[int], batch: int, threshold: int,
                       spacy_model: str | None, barrier, results) -> None:  # noqa: ANN001
    """One process: the worker's stage functions over its share, batched as the worker batches."""
    from services.bootstrap import build_extractor
    from services.processors.pipeline import extract_batch, extracted_from, handle_received, placed_in_story
    from services.processors.stories import StoryState

    lines = Path(payloads).read_bytes().splitlines()
    events = [decode(lines[i], ArticleReceived) for i in share]
    warm = [decode(lines[i], ArticleReceived) for i in warmup]
    extractor = build_extractor(Settings(spacy_model=spacy_model) if spacy_model else Settings())
    counts: Counter[tuple[str, str]] = Counter()
    stories = StoryState({})
    seconds = Counter()

    def work(articles: list[ArticleReceived]) -> None:
        for first in range(0, len(articles), batch):
            t0 = time.process_time()
            cleaned = []
            for received in articles[first:first + batch]:
                result, keys = handle_received(
                    received, lambda key, src=received.source: counts[(src, key)], repeat_threshold=threshold)
                counts.update((received.source, key) for key in keys)
                cleaned.append(result)
            t1 = time.process_time()
            extractions = extract_batch(extractor, [c.body for c in cleaned])
            t2 = time.process_time()
            extracted = [extracted_from(c, e) for c, e in zip(cleaned, extractions)]  # type: ignore[arg-type]
            t3 = time.process_time()
            for article in extracted:
                placed_in_story(article, stories)
            t4 = time.process_time()
            seconds["cleaning"] += t1 - t0
            seconds["entities"] += t2 - t1
            seconds["figures"] += t3 - t2
            seconds["stories"] += t4 - t3

    work(warm)
    seconds.clear()
    barrier.wait()
    cpu, started = time.process_time(), time.time()
    work(events)
    ended, cpu = time.time(), time.process_time() - cpu
    results.put({"pid": os.getpid(), "articles": len(events), "started": started, "ended": ended, "cpu_s": cpu,
                 "stage_cpu_s": dict(seconds)})


def reference_b(name: str, payloads: Path, count: int, warmup: Sequence[int], processes: int, args) -> dict:  # noqa: ANN001
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes + 1)
    results = context.Queue()
    shares = [list(range(k, count, processes)) for k in range(processes)]
    children = [
        context.Process(target=_reference_b_child, name=f"reference-b-{k}", daemon=True,
                        args=(str(payloads), shares[k], warmup, args.batch, Settings().repeat_threshold,
                              args.spacy_model, barrier, results))
        for k in range(processes)
    ]
    monitor = Monitor()
    try:
        for k, child in enumerate(children):
            child.start()
            monitor.add(f"process-{k}", "reference-b", child.pid)
        monitor.start()
        barrier.wait(timeout=READY_TIMEOUT_S)  # every process has loaded spaCy and warmed up
        monitor.begin()
        outcomes = [results.get(timeout=3600) for _ in children]
        monitor.end()
    finally:
        monitor.stop()
        for child in children:
            child.join(timeout=30)
            if child.is_alive():
                child.terminate()
                child.join()
    elapsed = max(o["ended"] for o in outcomes) - min(o["started"] for o in outcomes)
    n = sum(o["articles"] for o in outcomes)
    watched = monitor.report()
    cpu = sum(o["cpu_s"] for o in outcomes)
    stage = Counter()
    for o in outcomes:
        stage.update(o["stage_cpu_s"])
    out = {
        "kind": "reference-b", "processes": processes, "articles": n, "elapsed_s": elapsed,
        "articles_per_s": n / elapsed, "per_process_articles_per_s": [o["articles"] / (o["ended"] - o["started"]) for o in outcomes],
        "cpu_s": {"processes": round(cpu, 2)}, "cpu_s_per_1000": 1000 * cpu / n,
        "stage_ms_per_article": {k: round(1000 * v / n, 2) for k, v in stage.items()},
        "processes_rss": watched["processes"], "other_processes_cores": watched["other_processes_cores"],
    }
    say(f"[{name}] {n:,} articles in {elapsed:.1f} s = {out['articles_per_s']:.2f} articles/s with {processes} "
        f"process(es); CPU ms per article by stage: {out['stage_ms_per_article']}")
    return out


# --- the system -----------------------------------------------------------------------------------
class Child:
    """A `copydesk <command>` subprocess with the run's Settings as COPYDESK_* variables and a log
    (the pattern of tests/integration/chaos/scenario.py)."""

    def __init__(self, name: str, command: str, settings: Settings, folder: Path) -> None:
        self.name = name
        self.log_path = folder / f"{name}.log"
        env = settings_env(settings)
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "services.cli", command], cwd=REPO, env=env,
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, timeout: float = 20.0) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def tail(self, chars: int = 2000) -> str:
        try:
            text = self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            text = ""
        return f"--- {self.name} (exit {self.proc.poll()}) ---\n{text}"


class SystemFailed(RuntimeError):
    pass


@dataclass
class System:
    """The processes of one configuration: a projector and ``workers`` workers on fresh topics."""

    name: str
    bootstrap: str
    broker_pid: int
    folder: Path
    workers: int
    partitions: int
    stages: str = "full"
    database_url: str | None = None
    batch: int = 16
    children: list[Child] = field(default_factory=list)
    startup_stalls: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.prefix = f"bench{uuid.uuid4().hex[:8]}.{self.name}."
        self.folder.mkdir(parents=True, exist_ok=True)
        self.settings = Settings(
            kafka_bootstrap_servers=self.bootstrap, topic_prefix=self.prefix, topic_partitions=self.partitions,
            consumer_group=f"{self.prefix}processors", projector_group=f"{self.prefix}projector",
            home=(self.folder / "home").resolve(), stages=self.stages, enrichment_batch=self.batch,
            database_url=self.database_url or f"sqlite:///{(self.folder / 'store.db').resolve()}",
        )

    def start(self, monitor: Monitor) -> None:
        from services.broker.topics import ensure_topics
        from services.store.factory import open_store

        self.monitor = monitor

        ensure_topics(self.bootstrap, self.prefix, partitions=self.partitions)
        self.store = open_store(self.settings.store_url)
        self.store.migrate()
        monitor.add("broker", "broker", self.broker_pid)
        projector = Child("projector", "project", self.settings, self.folder)
        self.children.append(projector)
        monitor.add("projector", "projector", projector.proc.pid)
        for k in range(self.workers):
            worker = Child(f"worker-{k}", "worker", self.settings, self.folder)
            self.children.append(worker)
            monitor.add(f"worker-{k}", "worker", worker.proc.pid)

    def stop(self) -> None:
        for child in reversed(self.children):  # workers first, then the projector
            try:
                child.stop()
            except Exception:  # noqa: BLE001 - stop the others all the same
                traceback.print_exc()
        store = getattr(self, "store", None)
        if store is not None:
            store.close()

    def keep_logs(self) -> None:
        """After a failure: the children's logs, copied where the temporary folder's removal leaves them."""
        import shutil

        kept = Path(tempfile.gettempdir()) / f"copydesk-bench-logs-{self.prefix.rstrip('.')}"
        kept.mkdir(parents=True, exist_ok=True)
        for log in self.folder.glob("*.log"):
            shutil.copy(log, kept / log.name)
        say(f"[{self.name}] logs kept in {kept}")

    def check_alive(self) -> None:
        dead = [c for c in self.children if not c.alive()]
        if dead:
            raise SystemFailed(f"[{self.name}] {', '.join(c.name for c in dead)} exited\n"
                               + "\n".join(c.tail() for c in dead))

    def stored(self) -> int:
        return int(self.store.stats()["articles"])

    def group_members(self) -> tuple[str, int]:
        from kafka import KafkaAdminClient

        from kafka.errors import KafkaError

        admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, client_id="copydesk-bench-admin")
        try:
            group = admin.describe_groups([self.settings.consumer_group])[self.settings.consumer_group]
        except KafkaError as exc:  # e.g. the coordinator of a group not created yet
            return type(exc).__name__, 0
        finally:
            admin.close()
        return str(group.get("group_state")), len(group.get("members") or ())

    def await_group(self) -> None:
        """Until the processors' group is Stable with every worker in it."""
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            self.check_alive()
            state, members = self.group_members()
            if state == "Stable" and members == self.workers:
                return
            if time.monotonic() > deadline:
                raise SystemFailed(f"[{self.name}] the workers' group is {state} with {members} member(s) "
                                   f"after {READY_TIMEOUT_S:.0f} s\n" + "\n".join(c.tail() for c in self.children))
            time.sleep(1.0)

    def publish(self, events: Sequence[ArticleReceived], chunk: int = 1000) -> float:
        """Publish with the ingestor's own publisher (kafka-python, acks=all, every send confirmed);
        return the seconds it took."""
        from services.bus.kafka import KafkaPublisher
        from services.ingestor.publish import publish_articles

        publisher = KafkaPublisher(self.bootstrap, client_id="copydesk-bench-ingest")
        started = time.perf_counter()
        try:
            for first in range(0, len(events), chunk):
                publish_articles(publisher, RAW.name(self.prefix), events[first:first + chunk])
        finally:
            publisher.close()
        return time.perf_counter() - started

    def await_stored(self, target: int, progress: list[tuple[float, int]] | None = None,
                     started: float | None = None, stall_s: float = STALL_TIMEOUT_S) -> float:
        """Poll the store until it holds ``target`` articles; the perf_counter time it first did."""
        last_count, last_change = -1, time.monotonic()
        while True:
            count = self.stored()
            now = time.perf_counter()
            if progress is not None and started is not None:
                progress.append((now - started, count))
            if count >= target:
                return now
            if count != last_count:
                last_count, last_change = count, time.monotonic()
            elif time.monotonic() - last_change > stall_s:
                raise SystemFailed(f"[{self.name}] the store stayed at {count} of {target} articles for "
                                   f"{stall_s:.0f} s\n" + "\n".join(c.tail() for c in self.children))
            self.check_alive()
            time.sleep(POLL_EVERY_S)

    def dead_letters(self) -> int:
        from kafka import KafkaConsumer, TopicPartition

        consumer = KafkaConsumer(bootstrap_servers=self.bootstrap)
        try:
            topic = DEAD_LETTER.name(self.prefix)
            tps = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
            return sum(consumer.end_offsets(tps).values()) if tps else 0
        finally:
            consumer.close()

    def warm_up(self, warmup: Sequence[ArticleReceived]) -> None:
        """Group stable, one article per outlet through every stage into the store, group still stable."""
        say(f"[{self.name}] waiting for {self.workers} worker(s) to join, then {len(warmup)} warm-up articles")
        started = time.perf_counter()
        self.await_group()
        self.publish(warmup)
        try:
            self.await_stored(len(warmup), stall_s=WARMUP_STALL_S)
        except SystemFailed as exc:
            # Seen on fresh topics: a worker logs "Topic <group>-story-index-changelog not found in
            # cluster metadata" / "Ignoring missing topic" and then processes nothing. Reported in
            # the results; the workers are started again once (the topic exists by then).
            self.startup_stalls.append(str(exc).splitlines()[0] + " | " + " | ".join(
                line for c in self.children for line in c.tail(4000).splitlines() if "not found in cluster" in line
                or "Ignoring missing topic" in line)[:1500])
            say(f"[{self.name}] warm-up stalled; restarting the workers once: {self.startup_stalls[-1][:300]}")
            self.keep_logs()
            self.restart_workers()
            self.await_group()
            self.await_stored(len(warmup))
        self.await_group()
        say(f"[{self.name}] ready after {time.perf_counter() - started:.1f} s")

    def restart_workers(self) -> None:
        for k, child in enumerate(self.children):
            if child.name.startswith("worker-"):
                child.stop()
                self.children[k] = Child(child.name, "worker", self.settings, self.folder)
                self.monitor.add(child.name, "worker", self.children[k].proc.pid)


def summarize_system(name: str, system: System, monitor: Monitor, n: int, elapsed: float, publish_s: float,
                     progress: list[tuple[float, int]], base: int) -> dict:
    watched = monitor.report()
    cpu = watched["cpu_s"]
    out = {
        "kind": "system", "workers": system.workers, "stages": system.stages,
        "store": "postgresql" if system.settings.store_url.startswith("postgres") else "sqlite",
        "articles": n, "elapsed_s": elapsed, "articles_per_s": n / elapsed, "publish_s": publish_s,
        "articles_per_s_10_to_90_percent": steady_rate(progress, base, n),
        "cpu_s": cpu, "cpu_s_per_1000": 1000 * sum(cpu.values()) / n,
        "cpu_s_per_1000_by_group": {k: round(1000 * v / n, 1) for k, v in cpu.items()},
        "processes_rss": watched["processes"], "dead_letters": system.dead_letters(),
        "bench_process_cpu_s": watched["bench_process_cpu_s"], "other_processes_cores": watched["other_processes_cores"],
        "startup_stalls": system.startup_stalls,
    }
    say(f"[{name}] {n:,} articles queryable in {elapsed:.1f} s = {out['articles_per_s']:,.2f} articles/s "
        f"(published in {publish_s:.1f} s; {out['articles_per_s_10_to_90_percent'] or 0:,.2f}/s from 10% to 90% stored); "
        f"CPU s per 1,000 articles {out['cpu_s_per_1000']:.1f} {out['cpu_s_per_1000_by_group']}; "
        f"dead letters {out['dead_letters']}")
    return out


def steady_rate(progress: list[tuple[float, int]], base: int, n: int) -> float | None:
    """Articles/s between the polls that first saw 10% and 90% of the run's articles stored."""
    def first_at(fraction: float) -> tuple[float, int] | None:
        for t, count in progress:
            if count - base >= fraction * n:
                return t, count
        return None

    low, high = first_at(0.1), first_at(0.9)
    if low is None or high is None or high[0] <= low[0]:
        return None
    return (high[1] - low[1]) / (high[0] - low[0])


def run_system(name: str, bootstrap: str, broker_pid: int, folder: Path, workers: int, events: list[ArticleReceived],
               warmup: list[ArticleReceived], args, stages: str = "full", database_url: str | None = None) -> dict:  # noqa: ANN001
    system = System(name, bootstrap, broker_pid, folder / name, workers, args.partitions, stages, database_url, args.batch)
    monitor = Monitor()
    ok = False
    try:
        system.start(monitor)
        monitor.start()
        system.warm_up(warmup)
        base = system.stored()
        say(f"[{name}] publishing {len(events):,} articles")
        progress: list[tuple[float, int]] = []
        monitor.begin()
        started = time.perf_counter()
        publish_s = system.publish(events)
        done = system.await_stored(base + len(events), progress, started)
        monitor.end()
        out = summarize_system(name, system, monitor, len(events), done - started, publish_s, progress, base)
        out["progress"] = [(round(t, 2), c - base) for t, c in progress[:: max(1, len(progress) // 200)]]
        ok = True
        return out
    finally:
        monitor.stop()
        system.stop()
        if not ok:
            system.keep_logs()


def run_latency(name: str, bootstrap: str, broker_pid: int, folder: Path, workers: int, events: list[ArticleReceived],
                warmup: list[ArticleReceived], rate: float, args) -> dict:  # noqa: ANN001
    """Publish ``events`` one by one at ``rate`` per second; per article, publish -> first seen in the store."""
    from services.bus.kafka import KafkaPublisher
    from services.ingestor.publish import publish_articles

    system = System(name, bootstrap, broker_pid, folder / name, workers, args.partitions, "full", None, args.batch)
    monitor = Monitor()
    seen: dict[str, float] = {}
    stop_polling = threading.Event()

    published: dict[str, float] = {}
    lock = threading.Lock()

    def poll(path: str) -> None:
        """Every LATENCY_POLL_S: which of the published articles not seen yet are in the store now."""
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            while not stop_polling.is_set():
                with lock:
                    pending = [a for a in published if a not in seen]
                if pending:
                    rows = db.execute("SELECT article_id FROM articles WHERE article_id IN "
                                      "(SELECT value FROM json_each(?))", (json.dumps(pending),)).fetchall()
                    now = time.time()
                    for (article_id,) in rows:
                        seen.setdefault(article_id, now)
                stop_polling.wait(LATENCY_POLL_S)
        finally:
            db.close()

    poller = None
    ok = False
    try:
        system.start(monitor)
        monitor.start()
        system.warm_up(warmup)
        poller = threading.Thread(target=poll, args=(system.settings.store_url[len("sqlite:///"):],), daemon=True)
        poller.start()
        base = system.stored()
        publisher = KafkaPublisher(bootstrap, client_id="copydesk-bench-paced")
        say(f"[{name}] publishing {len(events)} articles at {rate:.2f}/s for {len(events) / rate:.0f} s")
        monitor.begin()
        started = time.perf_counter()
        late = 0
        try:
            for k, event in enumerate(events):
                due = started + k / rate
                wait = due - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
                elif wait < -0.5:
                    late += 1
                with lock:
                    published[event.article_id] = time.time()
                publish_articles(publisher, RAW.name(system.prefix), [event])
        finally:
            publisher.close()
        done = system.await_stored(base + len(events))
        monitor.end()
        time.sleep(3 * LATENCY_POLL_S)
        stop_polling.set()
        poller.join(timeout=5)
        latencies = sorted(seen[a] - t for a, t in published.items() if a in seen)
        missing = len(published) - len(latencies)
        if missing:
            raise SystemFailed(f"[{name}] {missing} article(s) never seen by the poller")
        out = summarize_system(name, system, monitor, len(events), done - started, len(events) / rate, [], base)
        out["latency_by_hop_s"] = latency_by_hop(system, published, seen)
        out.update({
            "kind": "latency", "offered_articles_per_s": rate, "late_publishes": late,
            "latency_s": {"p50": quantile(latencies, 0.5), "p90": quantile(latencies, 0.9),
                          "p99": quantile(latencies, 0.99), "max": latencies[-1], "mean": statistics.fmean(latencies)},
            "latencies_s": [round(x, 4) for x in latencies],
        })
        lat = out["latency_s"]
        ok = True
        say(f"[{name}] latency publish -> queryable at {rate:.2f} articles/s: p50 {lat['p50']:.3f} s, "
            f"p90 {lat['p90']:.3f} s, p99 {lat['p99']:.3f} s, max {lat['max']:.3f} s; by hop (p50/p99 s): "
            + ", ".join(f"{hop} {v['p50']:.3f}/{v['p99']:.3f}" for hop, v in out["latency_by_hop_s"].items()))
        return out
    finally:
        stop_polling.set()
        monitor.stop()
        system.stop()
        if not ok:
            system.keep_logs()


def latency_by_hop(system: System, published: dict[str, float], seen: dict[str, float]) -> dict:
    """Where the time goes: each article's first record on the cleaned, extracted and enriched
    topics (the records' create timestamps, set by the worker's producer), between its publish and
    the poll that saw it in the store; p50/p99 of each hop in seconds."""
    from kafka import KafkaConsumer, TopicPartition

    stamps: dict[str, dict[str, float]] = {}
    for topic in (CLEANED, EXTRACTED, ENRICHED):
        name = topic.name(system.prefix)
        consumer = KafkaConsumer(bootstrap_servers=system.bootstrap, enable_auto_commit=False,
                                 max_partition_fetch_bytes=64 * 1024 * 1024, fetch_max_bytes=64 * 1024 * 1024)
        try:
            tps = [TopicPartition(name, p) for p in consumer.partitions_for_topic(name) or ()]
            consumer.assign(tps)
            consumer.seek_to_beginning(*tps)
            ends = consumer.end_offsets(tps)
            first: dict[str, float] = {}
            while any(consumer.position(tp) < ends[tp] for tp in tps):
                for records in consumer.poll(timeout_ms=1000).values():
                    for record in records:
                        key = (record.key or b"").decode("utf-8", "replace")
                        first[key] = min(first.get(key, math.inf), record.timestamp / 1000)
            stamps[topic.base.rsplit(".", 1)[-1]] = first
        finally:
            consumer.close()
    points = ["published", "cleaned", "extracted", "enriched", "queryable"]
    hops: dict[str, list[float]] = {f"{a}->{b}": [] for a, b in zip(points, points[1:])}
    for article, at in published.items():
        times = [at, *(stamps[t].get(article) for t in ("cleaned", "extracted", "enriched")), seen.get(article)]
        if any(t is None for t in times):
            continue
        for (a, b), (ta, tb) in zip(zip(points, points[1:]), zip(times, times[1:])):
            hops[f"{a}->{b}"].append(tb - ta)  # type: ignore[operator]
    return {hop: {"p50": quantile(sorted(v), 0.5), "p99": quantile(sorted(v), 0.99)} for hop, v in hops.items() if v}


def quantile(values: Sequence[float], q: float) -> float:
    """The q-quantile of sorted ``values`` (nearest rank)."""
    return values[min(len(values) - 1, max(0, math.ceil(q * len(values)) - 1))]


# --- the corpus -----------------------------------------------------------------------------------
def warmup_indices(corpus: Corpus, start: int) -> list[int]:
    """One article index per outlet, from ``start`` on (never in the measured range)."""
    wanted = {outlet.slug for outlet in SOURCES}
    chosen: dict[str, int] = {}
    n = start
    while wanted - set(chosen):
        slug = corpus.source_of(n).slug
        chosen.setdefault(slug, n)
        n += 1
    return sorted(chosen.values())


def corpus_stats(events: Sequence[ArticleReceived], partitions: int) -> dict:
    words = [len(e.content.split()) for e in events]
    by_partition = Counter(partition_for(e.source, partitions) for e in events)
    return {
        "articles": len(events), "sources": len({e.source for e in events}),
        "words": {"min": min(words), "median": int(statistics.median(words)), "mean": round(statistics.fmean(words)),
                  "max": max(words)},
        "payload_bytes_mean": round(statistics.fmean(len(encode(e)) for e in events)),
        "raw_partition_shares": {p: by_partition.get(p, 0) for p in range(partitions)},
    }


# --- the report -----------------------------------------------------------------------------------
def ratios(results: dict, workers: int) -> dict:
    def rate(key: str) -> float | None:
        r = results["configurations"].get(key)
        return r.get("articles_per_s") if r else None

    def ratio(a: float | None, b: float | None) -> float | None:
        return a / b if a is not None and b else None

    n_sys, one_sys = rate(f"system-{workers}w"), rate("system-1w")
    out = {
        "pipeline_vs_reference_b": ratio(n_sys, rate(f"reference-b-{workers}p")),
        "pipeline_1w_vs_reference_b_1p": ratio(one_sys, rate("reference-b-1p")),
        "workers_articles_per_s": n_sys,
        "speedup_1_to_n": ratio(n_sys, one_sys),
        "reference_b_speedup_1_to_n": ratio(rate(f"reference-b-{workers}p"), rate("reference-b-1p")),
        "pass_through_vs_reference_a": ratio(rate(f"pass-through-{workers}w"), rate("reference-a-pass-through")),
        "pass_through_articles_per_s": rate(f"pass-through-{workers}w"),
        "latency_p99_s": None, "latency_p50_s": None, "worker_steady_rss_bytes": None,
    }
    # CPU-seconds per article barely depend on what else the machine runs: what the CPU alone would
    # allow on this machine's cores, idle (a shared machine's rates are lower).
    cores = results["machine"]["cores"] or 1

    def cpu_per_1000(key: str) -> float | None:
        r = results["configurations"].get(key)
        return r.get("cpu_s_per_1000") if r and "error" not in r else None

    sys_cpu, ref_cpu = cpu_per_1000(f"system-{workers}w"), cpu_per_1000(f"reference-b-{workers}p")
    out["cpu_efficiency_vs_reference_b"] = ratio(ref_cpu, sys_cpu)
    out["cpu_ceiling_system_articles_per_s"] = 1000 * min(cores, workers + 1) / sys_cpu if sys_cpu else None
    out["cpu_ceiling_reference_b_articles_per_s"] = 1000 * min(cores, workers) / ref_cpu if ref_cpu else None
    latency = results["configurations"].get(f"latency-{workers}w")
    if latency and "latency_s" in latency:
        out["latency_p99_s"], out["latency_p50_s"] = latency["latency_s"]["p99"], latency["latency_s"]["p50"]
    worker_rss = [p["steady_rss"] for r in results["configurations"].values() if r.get("kind") in ("system", "latency")
                  and r.get("stages") == "full" for p in r.get("processes_rss", []) if p["group"] == "worker"
                  and p["process"].startswith("worker-") and "/" not in p["process"]]
    if worker_rss:
        out["worker_steady_rss_bytes"] = max(worker_rss)
    verdicts = {}
    for key, target in TARGETS.items():
        value = out.get(key)
        if value is None:
            verdicts[key] = None
        elif key in ("latency_p99_s", "worker_steady_rss_bytes"):
            verdicts[key] = value <= target
        else:
            verdicts[key] = value >= target
    return {"values": out, "targets": TARGETS, "met": verdicts}


def mib(n: int | float | None) -> str:
    return "-" if n is None else f"{n / 2 ** 20:,.0f}"


def table(results: dict) -> str:
    rows = [("configuration", "articles", "articles/s", "CPU s/1k", "others", "RSS steady/peak MiB (per process)")]
    for name, r in results["configurations"].items():
        if "error" in r:
            rows.append((name, "-", "FAILED", "-", "-", r["error"].splitlines()[0][:60]))
            continue
        rss = "; ".join(f"{p['process']} {mib(p['steady_rss'])}/{mib(p['peak_rss'])}"
                        for p in r.get("processes_rss", []) if "/resource-tracker" not in p["process"])
        others = r.get("other_processes_cores")
        rows.append((name, f"{r['articles']:,}", f"{r['articles_per_s']:,.2f}", f"{r['cpu_s_per_1000']:,.1f}",
                     "-" if others is None else f"{others:.2f}", rss))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return ("\n".join("  ".join(cell.ljust(w) for cell, w in zip(row[:5], widths)) + "  " + row[5] for row in rows)
            + "\n(others: cores the machine's other processes kept busy during the measurement, on average)")


def ratio_lines(summary: dict) -> list[str]:
    v, met = summary["values"], summary["met"]

    def fmt(key: str, value: float | None, unit: str = "") -> str:
        if value is None:
            return "not measured"
        return f"{value:,.2f}{unit}"

    def verdict(key: str) -> str:
        return {True: "met", False: "MISSED", None: "-"}[met.get(key)]

    return [
        f"pipeline (N workers) / Reference B (N processes): {fmt('', v['pipeline_vs_reference_b'])} (target >= 0.85: {verdict('pipeline_vs_reference_b')})",
        f"pipeline (1 worker) / Reference B (1 process):   {fmt('', v['pipeline_1w_vs_reference_b_1p'])}",
        f"N-worker throughput: {fmt('', v['workers_articles_per_s'], ' articles/s')} (target >= 8: {verdict('workers_articles_per_s')})",
        f"1 -> N workers speed-up: {fmt('', v['speedup_1_to_n'], 'x')} (target >= 1.6x: {verdict('speedup_1_to_n')}); "
        f"Reference B 1 -> N processes: {fmt('', v['reference_b_speedup_1_to_n'], 'x')}",
        f"pass-through / Reference A: {fmt('', v['pass_through_vs_reference_a'])} (target >= 0.5: {verdict('pass_through_vs_reference_a')})",
        f"pass-through: {fmt('', v['pass_through_articles_per_s'], ' articles/s')} (target >= 2,000: {verdict('pass_through_articles_per_s')})",
        f"latency p50 {fmt('', v['latency_p50_s'], ' s')}, p99 {fmt('', v['latency_p99_s'], ' s')} (target p99 <= 1 s: {verdict('latency_p99_s')})",
        f"worker steady RSS (largest): {mib(v['worker_steady_rss_bytes'])} MiB (target <= 1 GiB: {verdict('worker_steady_rss_bytes')})",
        f"CPU per article, Reference B / system (N): {fmt('', v.get('cpu_efficiency_vs_reference_b'))}; what the CPU alone "
        f"allows on this machine's cores when idle: system {fmt('', v.get('cpu_ceiling_system_articles_per_s'), ' articles/s')}, "
        f"Reference B {fmt('', v.get('cpu_ceiling_reference_b_articles_per_s'), ' articles/s')}",
    ]


def chart(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    configs = results["configurations"]
    workers = results["args"]["workers"]
    fig, grid = plt.subplots(2, 2, figsize=(15, 10))
    axes = [grid[0][0], grid[0][1], grid[1][1], grid[1][0]]

    def bars(ax, names: list[tuple[str, str]], color: str) -> None:  # noqa: ANN001
        shown = [(label, configs[key]["articles_per_s"]) for key, label in names if key in configs and "error" not in configs[key]]
        if not shown:
            ax.text(0.5, 0.5, "not measured", ha="center", transform=ax.transAxes)
            return
        xs = range(len(shown))
        ax.bar(xs, [v for _, v in shown], color=color)
        ax.set_xticks(list(xs), [label for label, _ in shown], fontsize=8)
        for x, (_, v) in zip(xs, shown):
            ax.text(x, v, f"{v:,.1f}" if v < 100 else f"{v:,.0f}", ha="center", va="bottom", fontsize=8)

    def line(ax, y: float | None, label: str, style: str, color: str) -> None:  # noqa: ANN001
        if y:
            ax.axhline(y, linestyle=style, color=color, linewidth=1.2, label=label)

    ax = axes[0]
    full = [("reference-b-1p", "Ref B\n1 process"), ("system-1w", "system\n1 worker"),
            (f"reference-b-{workers}p", f"Ref B\n{workers} processes"), (f"system-{workers}w", f"system\n{workers} workers"),
            (f"system-{workers}w-postgres", f"system {workers}w\nPostgreSQL")]
    bars(ax, full, "#4c72b0")
    line(ax, configs.get(f"reference-b-{workers}p", {}).get("articles_per_s"), f"Reference B, {workers} processes", "--", "#dd8452")
    line(ax, configs.get(f"reference-b-{workers}p", {}).get("articles_per_s", 0) * 0.85 or None, "0.85 x Reference B (target)", ":", "#dd8452")
    line(ax, TARGETS["workers_articles_per_s"], "8 articles/s (target)", ":", "#c44e52")
    ax.set_title("Full pipeline: ~600-word articles -> store (articles/s)", fontsize=10)
    ax.legend(fontsize=7, loc="upper left")

    ax = axes[1]
    plumbing = [(f"pass-through-{workers}w", f"pass-through\n{workers} workers"), ("reference-a-pass-through", "Ref A\n(same payloads)"),
                ("reference-a-full", "Ref A\n(600-word payloads)")]
    bars(ax, plumbing, "#55a868")
    ax.set_yscale("log")
    line(ax, TARGETS["pass_through_articles_per_s"], "2,000 articles/s (target)", ":", "#c44e52")
    ref_a = configs.get("reference-a-pass-through", {}).get("articles_per_s")
    line(ax, ref_a * 0.5 if ref_a else None, "0.5 x Reference A (target)", "--", "#8172b3")
    ax.set_title("Plumbing: pass-through stages vs the broker alone (articles/s, log scale)", fontsize=10)
    ax.legend(fontsize=7, loc="upper right")

    ax = axes[2]
    latency = configs.get(f"latency-{workers}w")
    if latency and "error" not in latency:
        values = latency["latencies_s"]
        ax.plot(values, [(i + 1) / len(values) for i in range(len(values))], color="#4c72b0")
        for q, style in (("p50", "--"), ("p99", ":")):
            ax.axvline(latency["latency_s"][q], linestyle=style, color="#55a868", label=f"{q} {latency['latency_s'][q]:.2f} s")
        ax.axvline(TARGETS["latency_p99_s"], color="#c44e52", linestyle="-.", label="1 s (p99 target)")
        ax.set_xlabel("seconds from publish to queryable")
        ax.set_title(f"Latency at {latency['offered_articles_per_s']:.1f} articles/s ({workers} workers)", fontsize=10)
        ax.legend(fontsize=7, loc="lower right")
    else:
        ax.text(0.5, 0.5, "latency not measured", ha="center", transform=ax.transAxes)
    ax = axes[3]
    for key, style in (("system-1w", "-"), (f"system-{workers}w", "--"), (f"system-{workers}w-postgres", ":")):
        r = configs.get(key)
        if r and "progress" in r:
            ax.plot([t for t, _ in r["progress"]], [c for _, c in r["progress"]], style,
                    label=f"{key} ({r['articles_per_s']:.1f}/s)")
    ax.set_xlabel("seconds from the first publish")
    ax.set_ylabel("articles queryable")
    ax.set_title("Full pipeline: articles queryable over time (the whole corpus published at t=0)", fontsize=10)
    ax.legend(fontsize=7, loc="upper left")
    m = results["machine"]
    fig.suptitle(f"copydesk pipeline benchmark {results['started_at'][:10]} - {m['cores']} cores, {m['cpu_model']}, "
                 f"load {results['load_average']['start']} -> {results['load_average']['end']}", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


# --- main ------------------------------------------------------------------------------------------
def main() -> int:
    defaults = Settings()
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400, help="generated full articles (the two seeds are added)")
    parser.add_argument("--words", type=int, default=600, help="mean words of a generated article (300-2,000)")
    parser.add_argument("--pass-through-articles", type=int, default=20_000)
    parser.add_argument("--pass-through-words", type=int, default=150, help="mean words of a pass-through article")
    parser.add_argument("--workers", type=int, default=cores, help="N: workers and Reference B processes (default: cores)")
    parser.add_argument("--latency-seconds", type=float, default=60.0)
    parser.add_argument("--latency-rate", type=float, default=None,
                        help="articles/s offered in the latency run (default: half the N-worker rate measured)")
    parser.add_argument("--partitions", type=int, default=defaults.topic_partitions)
    parser.add_argument("--batch", type=int, default=defaults.enrichment_batch, help="enrichment batch (COPYDESK_ENRICHMENT_BATCH)")
    parser.add_argument("--postgres", choices=("auto", "on", "off"), default="auto",
                        help="also the N-worker system into a throwaway PostgreSQL server (auto: when installed)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--spacy-model", default=defaults.spacy_model)
    parser.add_argument("--broker-heap", default="768m")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    for part in ("reference-a", "reference-b", "system", "one-worker", "pass-through", "latency"):
        parser.add_argument(f"--skip-{part}", action="store_true")
    args = parser.parse_args()

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    # SIGTERM, and SIGINT also when started in the background (where the shell ignores it): what was
    # started is stopped on the way out.
    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGINT, interrupt)
    if args.articles < 10 or args.workers < 1:
        parser.error("--articles must be at least 10 and --workers at least 1")

    results: dict = {
        "benchmark": "bench/bench_pipeline.py", "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(), "load_average": {"start": load_average()}, "code": git_revision(),
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "configurations": {},
    }
    say(f"machine: {results['machine']}; load average {results['load_average']['start']}")
    failed = False
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-pipeline-") as tmp:
        folder = Path(tmp)
        full_corpus = Corpus(args.seed, mean_words=args.words)
        short_corpus = Corpus(args.seed + 1, mean_words=args.pass_through_words, min_words=80, max_words=400)
        started = time.perf_counter()
        events = received_articles(full_corpus, range(args.articles), folder / "in-full", include_seeds=True)
        warm = received_articles(full_corpus, warmup_indices(full_corpus, 10_000_000), folder / "in-warm")
        n_latency = 0
        latency_events: list[ArticleReceived] = []
        pt_events: list[ArticleReceived] = []
        if not args.skip_pass_through or not args.skip_reference_a:
            pt_events = received_articles(short_corpus, range(args.pass_through_articles), folder / "in-short")
        say(f"corpus: {len(events):,} full articles, {len(pt_events):,} short ones, generated and read in "
            f"{time.perf_counter() - started:.1f} s")
        for name, evs in (("full", events), ("pass_through", pt_events)):
            ids = {e.article_id for e in evs}
            if len(ids) != len(evs):
                raise SystemExit(f"corpus {name}: {len(evs) - len(ids)} duplicate article ids")
        results["corpus"] = {"full": corpus_stats(events, args.partitions), "seed": args.seed}
        if pt_events:
            results["corpus"]["pass_through"] = corpus_stats(pt_events, args.partitions)
        say(f"corpus: {results['corpus']['full']}")
        configs = results["configurations"]

        def attempt(name: str, run: Callable[[], dict]) -> None:
            nonlocal failed
            try:
                configs[name] = run()
            except Exception as exc:  # noqa: BLE001 - report it, go on with the others
                failed = True
                traceback.print_exc()
                configs[name] = {"error": f"{type(exc).__name__}: {exc}"[:4000]}
                say(f"[{name}] FAILED: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")

        try:
            if not args.skip_reference_b:
                payloads = folder / "payloads.jsonl"
                warm_at = len(events)
                payloads.write_bytes(b"\n".join(encode(e) for e in [*events, *warm]) + b"\n")
                warm_idx = list(range(warm_at, warm_at + len(warm)))
                attempt("reference-b-1p", lambda: reference_b("reference-b-1p", payloads, len(events), warm_idx, 1, args))
                if args.workers > 1:
                    attempt(f"reference-b-{args.workers}p", lambda: reference_b(
                        f"reference-b-{args.workers}p", payloads, len(events), warm_idx, args.workers, args))
            with kafka_cluster(folder / "kafka", args.broker_heap) as (bootstrap, broker_pid):
                if not args.skip_reference_a:
                    attempt("reference-a-pass-through", lambda: reference_a(
                        "reference-a-pass-through", bootstrap, broker_pid, pt_events, args.partitions))
                    attempt("reference-a-full", lambda: reference_a(
                        "reference-a-full", bootstrap, broker_pid, events, args.partitions))
                if not args.skip_system:
                    if not args.skip_one_worker and args.workers != 1:
                        attempt("system-1w", lambda: run_system("system-1w", bootstrap, broker_pid, folder, 1, events, warm, args))
                    attempt(f"system-{args.workers}w", lambda: run_system(
                        f"system-{args.workers}w", bootstrap, broker_pid, folder, args.workers, events, warm, args))
                    if args.workers == 1:
                        configs["system-1w"] = configs[f"system-{args.workers}w"]
                if not args.skip_pass_through:
                    attempt(f"pass-through-{args.workers}w", lambda: run_system(
                        f"pass-through-{args.workers}w", bootstrap, broker_pid, folder, args.workers, pt_events,
                        warm, args, stages="pass-through"))
                if not args.skip_latency:
                    measured = configs.get(f"system-{args.workers}w", {}).get("articles_per_s")
                    rate = args.latency_rate or (measured / 2 if measured else None)
                    if rate:
                        n_latency = max(1, round(rate * args.latency_seconds))
                        latency_events = received_articles(
                            full_corpus, range(1_000_000, 1_000_000 + n_latency), folder / "in-latency")
                        attempt(f"latency-{args.workers}w", lambda: run_latency(
                            f"latency-{args.workers}w", bootstrap, broker_pid, folder, args.workers, latency_events,
                            warm, rate, args))
                    else:
                        say("latency: skipped (no N-worker rate measured; give --latency-rate)")
                if not args.skip_system and args.postgres != "off":
                    attempt(f"system-{args.workers}w-postgres", lambda: run_postgres(
                        bootstrap, broker_pid, folder, events, warm, args))
                    if configs[f"system-{args.workers}w-postgres"] is None:
                        del configs[f"system-{args.workers}w-postgres"]
        except KeyboardInterrupt:
            failed = True
            say("interrupted: stopping what was started")
        finally:
            results["load_average"]["end"] = load_average()
            results["finished_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
            results["ratios"] = ratios(results, args.workers)
            print()
            print(table(results))
            print()
            for line in ratio_lines(results["ratios"]):
                print(line)
            for name, r in results["configurations"].items():
                for stall in (r or {}).get("startup_stalls", []):
                    print(f"{name}: workers restarted once after a start-up stall: {stall[:400]}")
            print(f"machine: {results['machine']['cores']} cores, {results['machine']['cpu_model']}, "
                  f"load average {results['load_average']['start']} at start, {results['load_average']['end']} at end")
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / "pipeline.json").write_text(json.dumps(results, indent=1, default=str) + "\n")
            try:
                chart(results, args.out / "pipeline.png")
            except Exception:  # noqa: BLE001 - the JSON is written; say why the chart is not
                traceback.print_exc()
            say(f"results: {args.out / 'pipeline.json'}, {args.out / 'pipeline.png'}")
    return 1 if failed else 0


def run_postgres(bootstrap: str, broker_pid: int, folder: Path, events, warm, args) -> dict | None:  # noqa: ANN001
    """The N-worker system into a throwaway PostgreSQL server; None (skipped) when none is installed
    and --postgres is auto."""
    try:
        from tests.integration.store.pg_server import ThrowawayPostgres, postgres_bindir

        postgres_bindir()
    except Exception as exc:  # noqa: BLE001 - not installed
        if args.postgres == "on":
            raise
        say(f"PostgreSQL: skipped ({type(exc).__name__}: {exc})")
        return None
    server = ThrowawayPostgres()
    url = server.start()
    try:
        name = f"system-{args.workers}w-postgres"
        return run_system(name, bootstrap, broker_pid, folder, args.workers, events, warm, args, database_url=url)
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
