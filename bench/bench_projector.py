"""End-to-end projector benchmark: enriched events from a real Kafka broker into the store.

    .venv/bin/python bench/bench_projector.py                                   # 20,000 articles, SQLite
    .venv/bin/python bench/bench_projector.py --articles 100000 --engines sqlite,postgres
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 .venv/bin/python bench/bench_projector.py   # an existing cluster

What it measures: ``Projector.run(until_caught_up=True)`` from the call to its return, i.e.
consumer-group join, fetching from Kafka (kafka-python), decoding every record
(events.codec.decode -> pydantic), ``store.apply`` in batches and the offset commits. The projector is built by
``services.bootstrap.build_projector`` as ``copydesk project`` builds it, on a fresh, migrated store.

Set-up (reported, not part of the projector figure): a broker (KAFKA_BOOTSTRAP_SERVERS when
set, else the project's LocalBroker in a temporary folder, stopped at the end), topics with a
prefix of their own for this run, and the fill: synthetic ArticleEnriched events from
bench_store's seeded Corpus, encoded with events.codec.encode and published with
KafkaPublisher keyed by article_id. The topic is filled once and projected once per engine,
each with its own consumer group and an empty store.

Reported per engine: events applied, wall seconds, events/s, this process's CPU seconds and
events per CPU-second (all its threads) with the projecting thread's share, the CPU seconds
of its child processes, the decoders (--decoders, default COPYDESK_PROJECTOR_DECODER_PROCESSES), the
broker's CPU seconds when we started it, the time inside ``store.apply`` (the copydesk_projector_batch_seconds histogram), what decoding
alone costs (timed on a sample of the same records after the run), the time to the first applied batch (mostly the
consumer-group join) with the steady-state rate after it, and ``store.stats()``. A run whose store does not end with exactly
--articles articles exits with status 1.

Target (issue 6): >= 2,000 enriched events per second into SQLite.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_store import Corpus  # noqa: E402 - this folder is on sys.path when run as a script

from events.codec import decode, encode  # noqa: E402
from events.models import ArticleEnriched  # noqa: E402
from events.topics import ENRICHED  # noqa: E402
from services.broker.topics import ensure_topics  # noqa: E402
from services.bus.kafka import KafkaPublisher  # noqa: E402
from services.bus.port import Record  # noqa: E402
from services.common.metrics import Metrics, create_metrics  # noqa: E402
from services.common.settings import Settings  # noqa: E402
from services.bootstrap import Cluster, build_projector  # noqa: E402
from services.projector.collector import tune_collector  # noqa: E402
from services.store.factory import open_store  # noqa: E402

APPLY_SECONDS = "copydesk_projector_batch_seconds"
APPLIED_OK = ("copydesk_messages_total", {"stage": "projector", "outcome": "ok"})
SAMPLE_EVERY_S = 0.05
DECODE_SAMPLE = 5_000


class BenchFailed(RuntimeError):
    """The run did not project what was published; the message says what differs."""


@contextmanager
def kafka_cluster() -> Iterator[tuple[str, int | None]]:
    """(bootstrap, broker pid or None): KAFKA_BOOTSTRAP_SERVERS, else a LocalBroker of our own."""
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or os.environ.get("COPYDESK_KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured, None
        return
    from services.broker.jars import ensure_jars
    from services.broker.local import LocalBroker

    with tempfile.TemporaryDirectory(prefix="copydesk-bench-kafka-") as folder:
        broker = LocalBroker(Path(folder), ensure_jars(Settings().broker_cache), heap="768m")
        started = time.perf_counter()
        try:
            info = broker.start()
            print(f"broker: started {info.bootstrap} (pid {info.pid}) in {time.perf_counter() - started:.1f} s")
            yield info.bootstrap, info.pid
        finally:
            broker.stop()


def cpu_seconds_of(pid: int | None) -> float | None:
    """User + system CPU seconds of another process (the broker), from /proc; None if unknown."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    """User + system CPU seconds of this process's ended and waited-for children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def fill(bootstrap: str, topic: str, articles: int, seed: int, chunk: int) -> list[bytes]:
    """Publish ``articles`` encoded ArticleEnriched events to ``topic``, keyed by article_id;
    return the first DECODE_SAMPLE encoded values (for the decode-only measurement)."""
    corpus = Corpus(seed)
    publisher = KafkaPublisher(bootstrap, client_id="copydesk-bench-fill")
    generate = encode_s = publish_s = 0.0
    size, sample = 0, []
    started = time.perf_counter()
    try:
        for first in range(0, articles, chunk):
            t0 = time.perf_counter()
            events = [corpus.article(n) for n in range(first, min(articles, first + chunk))]
            t1 = time.perf_counter()
            records = [Record(topic, e.article_id, encode(e)) for e in events]
            t2 = time.perf_counter()
            publisher.publish(records)
            t3 = time.perf_counter()
            generate, encode_s, publish_s = generate + t1 - t0, encode_s + t2 - t1, publish_s + t3 - t2
            size += sum(len(r.value) for r in records)
            sample += [r.value for r in records[:DECODE_SAMPLE - len(sample)]]
    finally:
        publisher.close()
    elapsed = time.perf_counter() - started
    print(f"fill: {articles:,} events ({size / articles / 1024:.1f} KiB each, {size / 2**20:.0f} MiB) in "
          f"{elapsed:.1f} s: generate {generate:.1f} s, encode {encode_s:.1f} s, publish {publish_s:.1f} s "
          f"({articles / publish_s:,.0f} events/s published)")
    return sample


def decode_rate(values: list[bytes]) -> float:
    """events.codec.decode alone, in events per second of this thread."""
    started = time.perf_counter()
    for value in values:
        decode(value, ArticleEnriched)
    return len(values) / (time.perf_counter() - started)


class Sampler(threading.Thread):
    """Watches the metrics registry to find when the first batch was applied (the group join
    is over) and how many events had been applied by then."""

    def __init__(self, metrics: Metrics) -> None:
        super().__init__(daemon=True)
        self.metrics = metrics
        self.first_at: float | None = None
        self.first_count = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(SAMPLE_EVERY_S):
            applied = self.metrics.registry.get_sample_value(*APPLIED_OK) or 0.0
            if applied > 0:
                self.first_at, self.first_count = time.perf_counter(), applied
                return

    def finish(self) -> None:
        self._done.set()
        self.join()


def project(name: str, database_url: str, bootstrap: str, prefix: str, args: argparse.Namespace,
            broker_pid: int | None, sample: list[bytes]) -> None:
    """Project the filled topic into a fresh store at ``database_url`` and print the figures."""
    store = open_store(database_url)
    try:
        store.migrate()
        metrics = create_metrics()
        settings = Settings(topic_prefix=prefix, database_url=database_url, projector_batch_size=args.batch,
                            projector_batch_ms=args.batch_ms, projector_decoder_processes=args.decoders)
        projector = build_projector(settings, store, metrics, Cluster(bootstrap), group=f"{prefix}projector-{name}",
                                    dead_letters=KafkaPublisher(bootstrap, client_id="copydesk-projector"))
        sampler = Sampler(metrics)
        tune_collector()  # as `copydesk project` does
        broker_cpu = cpu_seconds_of(broker_pid)
        cpu, children, main_thread = time.process_time(), _children_cpu(), time.thread_time()
        sampler.start()
        started = time.perf_counter()
        applied = projector.run(until_caught_up=True)
        elapsed = time.perf_counter() - started
        cpu, main_thread = time.process_time() - cpu, time.thread_time() - main_thread
        children_cpu = _children_cpu() - children  # run() has joined its decoder processes
        sampler.finish()
        broker_after = cpu_seconds_of(broker_pid)

        apply_s = metrics.registry.get_sample_value(f"{APPLY_SECONDS}_sum") or 0.0
        batches = int(metrics.registry.get_sample_value(f"{APPLY_SECONDS}_count") or 0)
        dead = metrics.registry.get_sample_value("copydesk_messages_total",
                                                 {"stage": "projector", "outcome": "dead-lettered"}) or 0
        stats = store.stats()

        rate = applied / elapsed if elapsed else 0.0
        print(f"[{name}] projector: {applied:,} events applied in {elapsed:.1f} s = {rate:,.0f} events/s "
              f"(batch {args.batch}, batch_ms {args.batch_ms}, decoder processes {args.decoders}; "
              "target >= 2,000 events/s into SQLite)")
        print(f"[{name}] cpu: this process {cpu:.1f} s = {applied / cpu:,.0f} events per CPU-second "
              f"(its projector thread {main_thread:.1f} s); "
              f"child processes (decoders) {children_cpu:.1f} s"
              + (f"; broker {broker_after - broker_cpu:.1f} s" if broker_cpu is not None and broker_after else ""))
        decode_s = applied / decode_rate(sample)
        print(f"[{name}] split: store.apply busy {apply_s:.1f} s in {batches:,} batches "
              f"({apply_s / elapsed:.0%} of wall; {applied / apply_s if apply_s else 0:,.0f} events/s inside apply); "
              f"decoding {applied:,} events alone takes ~{decode_s:.1f} s (measured after the run on "
              f"{len(sample):,} records)")
        if sampler.first_at is not None:
            join = sampler.first_at - started
            steady = elapsed - join
            after = (f"after it {(applied - sampler.first_count) / steady:,.0f} events/s"
                     if steady > 0 and applied > sampler.first_count else "nothing was left after it")
            print(f"[{name}] first batch applied after {join:.1f} s; {after}")
        print(f"[{name}] stats: {stats}")
        if stats.get("articles") != args.articles or applied != args.articles or dead:
            raise BenchFailed(f"[{name}] expected {args.articles:,} articles; store has {stats.get('articles')}, "
                              f"run() applied {applied:,}, {dead:.0f} dead-lettered")
    finally:
        store.close()


def main() -> int:
    defaults = Settings()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--engines", default="sqlite", help="comma-separated: sqlite, postgres")
    parser.add_argument("--batch", type=int, default=defaults.projector_batch_size, help="projector batch_size")
    parser.add_argument("--batch-ms", type=int, default=defaults.projector_batch_ms, help="projector batch_ms")
    parser.add_argument("--decoders", type=int, default=defaults.projector_decoder_processes,
                        help="decoder processes (0: decode in the projector's thread)")
    parser.add_argument("--partitions", type=int, default=6)
    parser.add_argument("--chunk", type=int, default=1000, help="records per publish() in the fill")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    for engine in engines:
        if engine not in ("sqlite", "postgres"):
            parser.error(f"--engines: unknown engine {engine!r} (use sqlite, postgres)")
    if args.articles < 1:
        parser.error("--articles: must be at least 1")

    prefix = f"bench{uuid.uuid4().hex[:8]}."
    try:
        with kafka_cluster() as (bootstrap, broker_pid):
            ensure_topics(bootstrap, prefix, partitions=args.partitions)
            print(f"topics: {ENRICHED.name(prefix)} ({args.partitions} partitions)")
            sample = fill(bootstrap, ENRICHED.name(prefix), args.articles, args.seed, args.chunk)
            for engine in engines:
                if engine == "sqlite":
                    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as folder:
                        project("sqlite", f"sqlite:///{folder}/bench.db", bootstrap, prefix, args, broker_pid, sample)
                else:
                    from tests.integration.store.pg_server import ThrowawayPostgres

                    server = ThrowawayPostgres()
                    url = server.start()
                    try:
                        project("postgres", url, bootstrap, prefix, args, broker_pid, sample)
                    finally:
                        server.stop()
    except BenchFailed as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
