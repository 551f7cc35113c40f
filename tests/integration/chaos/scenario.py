"""One chaos run on a real broker: articles and poison through two workers and a projector while
workers are killed and frozen, the projector is killed and the broker restarts; then an audit.

The run owns its broker (it has to stop it), its topics and its store, all under one folder.
Every random choice comes from ``seed``; the report names it. ``audit`` checks the promise:
every article stored exactly once, every raw record enriched or dead-lettered, every poison
record dead-lettered with its original bytes, and a replay of the log equal to the live store.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from events.codec import decode
from events.models import ArticleReceived, DeadLetter
from events.topics import CLEANED, DEAD_LETTER, ENRICHED, EXTRACTED, RAW, STORIES
from services.broker.jars import ensure_jars
from services.broker.local import LocalBroker
from services.broker.topics import ensure_topics
from services.bus.kafka import KafkaPublisher
from services.ingestor.publish import publish_articles
from services.ingestor.sources import read_inputs
from services.common.settings import Settings
from services.store.factory import open_store
from tests.conftest import settings_env
from tests.integration.chaos.corpus import Poison, poison_records, write_articles

REPO = Path(__file__).resolve().parents[3]
BIG = 64 * 1024 * 1024


class Child:
    """A `copydesk <command>` process with the run's settings and its own log file."""

    def __init__(self, name: str, command: str, settings: Settings, folder: Path) -> None:
        self.name = name
        self.log_path = folder / f"{name}.log"
        env = settings_env(settings)
        with open(self.log_path, "ab") as log:
            log.write(f"\n===== {name}: copydesk {command} =====\n".encode())
            log.flush()
            self.log_start = log.tell()  # a restarted child appends to the same file
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "services.cli", command], cwd=REPO, env=env,
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )
        self.started = time.monotonic()

    def signal(self, sig: int) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)

    def kill(self) -> None:
        self.signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self, timeout: float = 20.0) -> None:
        self.signal(signal.SIGCONT)
        self.signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def log_has(self, text: str) -> bool:
        """Whether this process (not an earlier one with the same name) logged ``text``."""
        with open(self.log_path, "rb") as log:
            log.seek(self.log_start)
            return text.encode() in log.read()

    def tail(self, chars: int = 3000) -> str:
        return f"--- {self.name} (exit {self.proc.poll()}) ---\n" + self.log_path.read_text(errors="replace")[-chars:]


@dataclass
class ChaosReport:
    seed: int
    articles: int
    poison: int
    faults: list[str] = field(default_factory=list)
    stored: int = 0
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    unaccounted: list[str] = field(default_factory=list)
    bad_letters: list[str] = field(default_factory=list)
    replay_differs: bool = False
    unexpected_exits: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.unaccounted or self.bad_letters or self.replay_differs
                    or self.unexpected_exits) and self.stored == self.articles

    def summary(self) -> str:
        return (
            f"seed={self.seed} articles={self.articles} poison={self.poison} stored={self.stored} "
            f"lost={len(self.lost)} duplicated={len(self.duplicated)} unaccounted={len(self.unaccounted)} "
            f"bad_letters={len(self.bad_letters)} replay_differs={self.replay_differs} "
            f"unexpected_exits={self.unexpected_exits} seconds={self.seconds:.0f}\n"
            f"faults: {'; '.join(self.faults)}\n"
            f"examples: lost={self.lost[:5]} unaccounted={self.unaccounted[:5]} bad_letters={self.bad_letters[:5]}"
        )


class ChaosRun:
    def __init__(
        self, folder: Path, seed: int, *, articles: int = 2000, sources: int = 24, partitions: int = 6,
        poison: int = 100, rounds: int = 1, timeout_s: float = 900.0, say: Callable[[str], None] = print,
    ) -> None:
        self.folder = folder
        self.rng = random.Random(seed)
        self.report = ChaosReport(seed=seed, articles=articles, poison=poison)
        self.n_articles, self.n_sources, self.partitions = articles, sources, partitions
        self.n_poison, self.rounds, self.timeout_s = poison, rounds, timeout_s
        self.say = say
        self.broker = LocalBroker(folder / "kafka", ensure_jars(Settings().broker_cache), heap="512m")
        self.workers: dict[str, Child] = {}
        self.projector: Child | None = None
        self.spawned = 0

    # ---- the run -------------------------------------------------------------------------
    def run(self) -> ChaosReport:
        started = time.monotonic()
        bootstrap = self.broker.start().bootstrap
        self.settings = Settings(
            kafka_bootstrap_servers=bootstrap, topic_prefix="chaos.", topic_partitions=self.partitions,
            consumer_group="chaos-processors", projector_group="chaos-projector", home=self.folder / "home",
            database_url=f"sqlite:///{self.folder / 'live.db'}", stall_seconds=10, session_timeout_seconds=10,
            log_level="INFO", projector_batch_size=500,
        )
        ensure_topics(bootstrap, "chaos.", partitions=self.partitions)
        self.store = open_store(self.settings.store_url)
        self.store.migrate()
        try:
            self._start_projector()
            for name in ("a", "b"):
                self._start_worker(name)
            self._prepare_input()
            for round_no in range(self.rounds):
                self._faults(round_no)
            self._await_completion()
            self._audit()
        finally:
            self.report.seconds = time.monotonic() - started
            self._shutdown()
        return self.report

    def diagnosis(self) -> str:
        return "\n".join(child.tail() for child in [*self.workers.values(), self.projector] if child)

    # ---- processes -------------------------------------------------------------------------
    def _start_worker(self, name: str) -> Child:
        self.spawned += 1
        worker = Child(f"worker-{name}", "worker", self.settings, self.folder)
        self.workers[name] = worker
        return worker

    def _start_projector(self) -> None:
        self.projector = Child("projector", "project", self.settings, self.folder)

    def _fault(self, text: str) -> None:
        self.report.faults.append(f"{text} at {self._stored()}")
        self.say(f"[chaos seed={self.report.seed}] {text} (stored {self._stored()})")

    def _stored(self) -> int:
        return self.store.stats()["articles"]

    def _wait(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            self._check_alive()
            if time.monotonic() > deadline:
                raise AssertionError(f"seed={self.report.seed}: timed out waiting for {what}\n{self.diagnosis()}")
            time.sleep(0.1)

    def _check_alive(self) -> None:
        """A process that ended by itself (not by a fault of the run) fails the run at once."""
        for child in [*self.workers.values(), self.projector]:
            if child is not None and child.proc.poll() is not None:
                raise AssertionError(
                    f"seed={self.report.seed}: {child.name} exited by itself ({child.proc.returncode})\n"
                    f"{self.diagnosis()}")

    def _kill_worker(self, name: str, why: str) -> None:
        self._fault(f"SIGKILL worker-{name} ({why})")
        self.workers[name].kill()

    # ---- the faults ------------------------------------------------------------------------
    def _faults(self, round_no: int) -> None:
        """One round: a quarter of the round's input arrives before every other fault, so that
        each fault meets a pipeline with work in flight."""
        a, b = self.rng.sample(["a", "b"], 2)
        feed = self._feeder(round_no)
        # 1. early: as soon as the first outputs of the round's first input are stored
        low = next(feed)
        self._await_stored(low + 1 + self.rng.randrange(20))
        self._kill_worker(a, "early")
        self._start_worker(a)
        # 2. while its tables recover after the restart
        self._await_log(a, "Restoring state from changelog topics")
        time.sleep(self.rng.uniform(0.0, 0.5))
        self._kill_worker(a, "while its tables recover")
        self._start_worker(a)
        # 3. partitions already have commits
        low = next(feed)
        self._await_stored(low + self.rng.randrange(1, 60))
        self._kill_worker(b, "partitions already committed")
        self._start_worker(b)
        # 4. the projector
        self._await_stored(self._stored() + self.rng.randrange(10, 60))
        self._fault("SIGKILL projector")
        self.projector.kill()
        self._start_projector()
        # 5. during a rebalance: restart one worker, kill the other while the group rebalances
        low = next(feed)
        self._await_stored(low + self.rng.randrange(1, 60))
        self._kill_worker(a, "before a rebalance")
        self._start_worker(a)
        self._await_log(a, "Restoring state from changelog topics")
        time.sleep(self.rng.uniform(0.0, 1.0))
        self._kill_worker(b, "during the rebalance")
        self._start_worker(b)
        # 6. the broker stops and starts on the same address
        self._await_stored(self._stored() + self.rng.randrange(10, 60))
        down = self.rng.uniform(3.0, 12.0)
        self._fault(f"broker stop for {down:.1f} s")
        before = self.broker.status()
        self.broker.stop()
        time.sleep(down)
        after = self.broker.start()
        assert before is not None and after.bootstrap == before.bootstrap, (before, after)
        # 7. freeze a worker past its session timeout, then let it go on
        low = next(feed)
        self._await_stored(low + self.rng.randrange(1, 60))
        frozen = self.rng.choice(["a", "b"])
        pause = self.settings.session_timeout_seconds + self.rng.uniform(2.0, 6.0)
        self._fault(f"SIGSTOP worker-{frozen} for {pause:.1f} s")
        self.workers[frozen].signal(signal.SIGSTOP)
        time.sleep(pause)
        self.workers[frozen].signal(signal.SIGCONT)

    def _feeder(self, round_no: int) -> Iterator[int]:
        """Publishes the round's input in four parts; yields the articles published before each."""
        per_round = self.n_articles // self.rounds
        last = round_no == self.rounds - 1
        articles = self.articles[round_no * per_round: None if last else (round_no + 1) * per_round]
        poison = self.poison[round_no::self.rounds]
        for part in range(4):
            before = self.published
            self._publish(articles[part::4], poison[part::4])
            yield before

    def _await_stored(self, target: int) -> None:
        target = min(target, self.published)
        self._wait(lambda: self._stored() >= target, self.timeout_s, f"{target} stored articles")

    def _await_log(self, name: str, text: str) -> None:
        self._wait(lambda: self.workers[name].log_has(text), 180, f"worker-{name} to log {text!r}")

    # ---- input -----------------------------------------------------------------------------
    def _prepare_input(self) -> None:
        """Reads the generated articles (as `copydesk ingest` would) and makes the poison records."""
        write_articles(self.folder / "in", self.n_articles, self.n_sources, self.rng)
        self.articles = list(read_inputs([str(self.folder / "in")], max_bytes=10**6))
        assert len(self.articles) == self.n_articles and all(isinstance(a, ArticleReceived) for a in self.articles)
        self.rng.shuffle(self.articles)
        self.poison = poison_records(self.n_poison, self.rng)
        self.published = 0

    def _publish(self, articles: list[ArticleReceived], poison: list[Poison]) -> None:
        bootstrap = self.settings.kafka_bootstrap_servers
        raw = RAW.name("chaos.")
        publisher = KafkaPublisher(bootstrap)
        publish_articles(publisher, raw, articles)
        publisher.close()
        self.published += len(articles)
        producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=BIG)
        partitions = sorted(producer.partitions_for(raw))
        for record in poison:
            producer.send(raw, key=record.key, value=record.value, partition=self.rng.choice(partitions)).get(timeout=60)
        producer.close()

    # ---- the end ---------------------------------------------------------------------------
    def _await_completion(self) -> None:
        """Every article stored and every poison record parked; then the workers stop and the
        projector applies the whole enriched log, so the audit and the replay see one log."""
        self._wait(lambda: self._stored() >= self.n_articles, self.timeout_s, f"{self.n_articles} stored articles")
        expected = len(self.poison)
        self._wait(lambda: len(self._letters()) >= expected, 120, f"{expected} dead letters")
        self._wait(self._quiet, 180, "the topics to stop growing")
        self._check_alive()
        for worker in self.workers.values():
            worker.stop()
            if worker.proc.returncode not in (0, 143, -signal.SIGTERM):  # 143: the bounded stop
                self.report.unexpected_exits.append(f"{worker.name} stopped with status {worker.proc.returncode}")
        for topic in (ENRICHED.name("chaos."), STORIES.name("chaos.")):  # the store's stories follow both
            ends = self._ends(topic)
            deadline = time.monotonic() + 120
            while self._projected(topic) != ends:
                assert time.monotonic() < deadline, f"seed={self.report.seed}: the projector did not reach {ends}"
                time.sleep(0.2)

    def _quiet(self, settle_s: float = 5.0) -> bool:
        """True when the topics the workers write did not grow for ``settle_s`` seconds."""
        topics = [name.name("chaos.") for name in (CLEANED, EXTRACTED, ENRICHED, STORIES, DEAD_LETTER)]
        before = [self._ends(t) for t in topics]
        time.sleep(settle_s)
        return before == [self._ends(t) for t in topics]

    def _ends(self, topic: str) -> dict[int, int]:
        consumer = KafkaConsumer(bootstrap_servers=self.settings.kafka_bootstrap_servers)
        try:
            tps = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
            return {tp.partition: offset for tp, offset in consumer.end_offsets(tps).items()}
        finally:
            consumer.close()

    def _projected(self, topic: str) -> dict[int, int]:
        """The next offset the live store expects on each partition of ``topic``."""
        ends = self._ends(topic)
        done = self.store.offsets(topic)  # last applied + 1
        return {p: done.get(p, 0) for p in ends}

    def _letters(self) -> list[DeadLetter]:
        return [decode(r.value, DeadLetter) for r in self._read(DEAD_LETTER.name("chaos."))]

    def _read(self, topic: str) -> list:
        consumer = KafkaConsumer(
            bootstrap_servers=self.settings.kafka_bootstrap_servers, enable_auto_commit=False,
            max_partition_fetch_bytes=BIG, fetch_max_bytes=BIG,
        )
        try:
            tps = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
            consumer.assign(tps)
            consumer.seek_to_beginning(*tps)
            ends = consumer.end_offsets(tps)
            records = []
            while any(consumer.position(tp) < ends[tp] for tp in tps):
                for batch in consumer.poll(timeout_ms=2000).values():
                    records.extend(batch)
            return records
        finally:
            consumer.close()

    def _audit(self) -> None:
        report = self.report
        report.stored = self._stored()
        versions = self.store.article_versions()
        wanted = {a.article_id for a in self.articles}
        report.lost = sorted(wanted - set(versions))
        report.duplicated = sorted(aid for aid, hashes in versions.items() if len(hashes) != 1)
        letters = self._letters()
        parked = {(l.topic, l.partition, l.offset) for l in letters}
        parked_keys = {l.article_id for l in letters}
        raw = RAW.name("chaos.")
        by_key = {p.key: p for p in self.poison}
        for record in self._read(raw):
            key = (record.key or b"").decode("utf-8", "replace")
            if key in versions or (raw, record.partition, record.offset) in parked or key in parked_keys:
                if record.key in by_key:
                    self._check_letter(record, letters)
                continue
            report.unaccounted.append(f"{raw}[{record.partition}]@{record.offset} key={key[:40]}")
        report.replay_differs = self._replayed_dump() != self.store.dump()

    def _check_letter(self, record, letters: list[DeadLetter]) -> None:  # noqa: ANN001
        mine = [l for l in letters if (l.topic, l.partition, l.offset) == (record.topic, record.partition, record.offset)]
        if not mine or any(l.original_value() != record.value for l in mine):
            self.report.bad_letters.append(f"{record.key!r}: {len(mine)} letter(s), original bytes differ")

    def _replayed_dump(self) -> list:
        """The store rebuilt by `copydesk replay` from offset zero into an empty database."""
        self.projector.stop()
        replay_settings = self.settings.model_copy(update={"database_url": f"sqlite:///{self.folder / 'replayed.db'}"})
        replay = Child("replay", "replay", replay_settings, self.folder)
        replay.proc.wait(timeout=600)
        assert replay.proc.returncode == 0, replay.tail()
        replayed = open_store(replay_settings.store_url)
        try:
            return replayed.dump()
        finally:
            replayed.close()

    def _shutdown(self) -> None:
        for child in [*self.workers.values(), self.projector]:
            if child is not None:
                child.stop()
        self.store.close()
        self.broker.stop()

