"""`copydesk dlq list|replay [--stage S] [--since T]`: the dead letters, and their records sent again.

``list`` prints one line per dead letter on stdout, oldest first: age, stage, the failed
record's ``topic[partition]@offset``, its status (``pending``, ``replayed``, ``unrecoverable``)
and the error (see :mod:`services.common.dead_letter_selection`).

``replay`` sends each pending dead letter's original key and value, byte for byte and without
headers (a copydesk record is whole in its value), back to the topic it was read from: the
stage's input, on the same partition while the topic has it, so the record goes through the
pipeline again after a fix. After the broker confirms a resend, a ``DeadLetterReplayed``
marker naming the failed record goes to ``copydesk.dead-letter.replayed``; every replay reads
the markers first and sends no failed record a marker names, so running it again, with any
filters, sends nothing twice. A record dead-lettered twice (redelivered after a crash) is sent
once. A crash between a resend and its marker sends that one record again on the next replay:
at-least-once like the processors, and the store's upsert by ``article_id`` absorbs it. Run
one replay at a time. Letters whose original bytes are lost (v1 letters decoded with
replacement) are named on stderr and not sent.

Both read the dead-letter topic from its start, or for ``--since`` from the first record
written within a minute before that time, up to its end as the command starts. Dead letters
may be large (a 30 MB value is a 40 MB base64 letter): fetches and requests allow 64 MiB.

Exit status: 0; 1 when a letter could not be decoded or replayed; 2 for a bad ``--since``.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TextIO

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import KafkaError

from events.codec import DecodeError, decode, encode
from events.envelope import CONTENT_TYPE
from events.models import DeadLetter, DeadLetterReplayed
from events.topics import CLEANED, DEAD_LETTER, DEAD_LETTER_REPLAYS, ENRICHED, EXTRACTED, RAW, STORIES
from services.common.dead_letter_selection import Origin, Selection, describe, origin, parse_since, status
from services.common.kafka_security import KafkaSecurity
from services.common.settings import Settings

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024 * 1024
SINCE_SLACK = timedelta(minutes=1)  # a letter's record is written just after its failed_at
STALL_S = 60.0  # reading gives up when no partition advances for this long
HEADERS = [("content-type", CONTENT_TYPE.encode())]


@dataclass
class ReplayReport:
    """What one replay did, each list in the dead-letter topic's order."""

    sent: list[DeadLetter] = field(default_factory=list)
    already: int = 0
    failed: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        """Count a letter not replayed (or replayed without its marker) and say why on stderr."""
        self.failed.append(message)
        print(f"copydesk: {message}", file=sys.stderr)

    def summary(self) -> str:
        return (
            f"replayed {len(self.sent)} dead letter(s), {self.already} already replayed, "
            f"{len(self.failed)} not replayed"
        )


class DeadLetterQueue:
    """The dead-letter topic and its replay markers on one cluster, through kafka-python.

    ``letters`` and ``replayed`` read what is on the topics as they are called; ``resend`` puts a
    letter's original record back on its topic and ``mark`` records that it did. Each send is
    confirmed by the broker (acks=all, idempotent producer) before it returns.
    """

    def __init__(
        self, bootstrap: str, prefix: str = "", timeout_s: float = 60.0, security: KafkaSecurity = KafkaSecurity()
    ) -> None:
        self.bootstrap, self.timeout_s, self.security = bootstrap, timeout_s, security
        self.letter_topic = DEAD_LETTER.name(prefix)
        self.marker_topic = DEAD_LETTER_REPLAYS.name(prefix)
        # what a stage reads: the worker's three agents, then the projector
        self.inputs = {topic.name(prefix) for topic in (RAW, CLEANED, EXTRACTED, ENRICHED, STORIES)}
        self._producer: KafkaProducer | None = None
        self._partitions: dict[str, set[int]] = {}

    def letters(self, since: datetime | None = None) -> Iterator[DeadLetter | str]:
        """Every dead letter (failed at ``since`` or later, give or take a minute), in topic order;
        a record that is no dead letter comes as a string saying where it is and why."""
        for record in self._read(self.letter_topic, None if since is None else since - SINCE_SLACK):
            try:
                yield decode(record.value, DeadLetter)
            except DecodeError as exc:
                yield f"{record.topic}[{record.partition}]@{record.offset}: not a dead letter: {exc}"

    def replayed(self) -> set[Origin]:
        """The failed records replay markers name."""
        origins: set[Origin] = set()
        for record in self._read(self.marker_topic):
            try:
                marker = decode(record.value, DeadLetterReplayed)
            except DecodeError as exc:
                log.warning("%s[%d]@%d: not a replay marker: %s", record.topic, record.partition, record.offset, exc)
                continue
            origins.add((marker.topic, marker.partition, marker.offset))
        return origins

    def resend(self, letter: DeadLetter) -> tuple[int, int]:
        """Send the letter's original key and value to its topic; the (partition, offset) they got.

        Raises octets.NotRecoverable when the bytes are lost, LookupError when the topic is no
        stage's input topic of this deployment or is gone, KafkaError when the broker does not
        confirm.
        """
        if letter.topic not in self.inputs:
            inputs = ", ".join(sorted(self.inputs))
            raise LookupError(f"{letter.topic} is not the input topic of a stage here ({inputs})")
        key, value = letter.original_key(), letter.original_value()
        partitions = self._partitions_of(letter.topic)
        if not partitions:
            raise LookupError(f"topic {letter.topic} does not exist")
        partition = letter.partition if letter.partition in partitions else None
        sent = self._producer_().send(letter.topic, key=key, value=value, partition=partition)
        metadata = sent.get(timeout=self.timeout_s)
        return metadata.partition, metadata.offset

    def mark(self, letter: DeadLetter, partition: int, offset: int) -> None:
        """Record that the letter's failed record was sent again, at ``partition``/``offset``."""
        marker = DeadLetterReplayed(
            article_id=letter.article_id,
            stage=letter.stage,
            topic=letter.topic,
            partition=letter.partition,
            offset=letter.offset,
            replayed_partition=partition,
            replayed_offset=offset,
            replayed_at=datetime.now(UTC),
        )
        sent = self._producer_().send(
            self.marker_topic, key=marker.article_id.encode(), value=encode(marker), headers=HEADERS
        )
        sent.get(timeout=self.timeout_s)

    def close(self) -> None:
        if self._producer is not None:
            self._producer.close(timeout=self.timeout_s)

    def _producer_(self) -> KafkaProducer:
        if self._producer is None:
            self._producer = KafkaProducer(
                **self.security.kafka_python(),
                bootstrap_servers=self.bootstrap,
                client_id="copydesk-dlq",
                acks="all",
                enable_idempotence=True,
                max_request_size=MAX_BYTES,
                allow_auto_create_topics=False,
            )
        return self._producer

    def _partitions_of(self, topic: str) -> set[int]:
        if topic not in self._partitions:
            consumer = self._consumer()
            try:
                self._partitions[topic] = set(consumer.partitions_for_topic(topic) or ())
            finally:
                consumer.close()
        return self._partitions[topic]

    def _consumer(self) -> KafkaConsumer:
        return KafkaConsumer(
            **self.security.kafka_python(),
            bootstrap_servers=self.bootstrap,
            client_id="copydesk-dlq",
            group_id=None,
            enable_auto_commit=False,
            max_partition_fetch_bytes=MAX_BYTES,
            fetch_max_bytes=MAX_BYTES,
            allow_auto_create_topics=False,
        )

    def _read(self, topic: str, since: datetime | None = None) -> Iterator[ConsumerRecord]:
        """``topic``'s records from its start (or the first written at ``since`` or later) to its
        end as this call finds it, partition after partition interleaved as fetched."""
        consumer = self._consumer()
        try:
            tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
            if not tps:
                return
            consumer.assign(tps)
            end = consumer.end_offsets(tps, timeout_ms=self.timeout_s * 1000)
            start = consumer.beginning_offsets(tps, timeout_ms=self.timeout_s * 1000)
            if since is not None:
                ms = int(since.timestamp() * 1000)
                found = consumer.offsets_for_times({tp: ms for tp in tps}, timeout_ms=self.timeout_s * 1000)
                start = {tp: hit.offset if (hit := found.get(tp)) else end[tp] for tp in tps}
            for tp in tps:
                consumer.seek(tp, start[tp])
            left = {tp for tp in tps if start[tp] < end[tp]}
            advanced = time.monotonic()
            while left:
                for tp, records in consumer.poll(timeout_ms=500).items():
                    for record in records:
                        if record.offset < end[tp]:
                            yield record
                    advanced = time.monotonic()
                left = {tp for tp in left if (at := consumer.position(tp)) is None or at < end[tp]}
                if left and time.monotonic() - advanced > STALL_S:
                    raise KafkaError(f"{topic}: no progress for {STALL_S:.0f}s before its end {dict(end)}")
        finally:
            consumer.close()


def list_letters(queue: DeadLetterQueue, selection: Selection, now: datetime, out: TextIO = sys.stdout) -> int:
    """Print the selected dead letters oldest first; the number of records that were no dead letter."""
    replayed = queue.replayed()
    shown: list[tuple[datetime, str]] = []
    bad = 0
    for item in queue.letters(selection.since):
        if isinstance(item, str):
            bad += 1
            print(f"copydesk: {item}", file=sys.stderr)
        elif selection.matches(item):
            shown.append((item.failed_at, describe(item, now, status(item, replayed))))
    for _, line in sorted(shown, key=lambda pair: pair[0]):
        print(line, file=out)
    return bad


def replay_letters(queue: DeadLetterQueue, selection: Selection, out: TextIO = sys.stdout) -> ReplayReport:
    """Send each selected pending letter's original record again, then its marker (see module doc)."""
    report = ReplayReport()
    replayed = queue.replayed()
    for item in queue.letters(selection.since):
        if isinstance(item, str):
            report.fail(item)
            continue
        if not selection.matches(item):
            continue
        where = f"{item.topic}[{item.partition}]@{item.offset}"
        state = status(item, replayed)
        if state == "replayed":
            report.already += 1
            continue
        if state == "unrecoverable":
            report.fail(f"{where}: not replayed: the original bytes are lost (a v1 letter)")
            continue
        try:
            partition, offset = queue.resend(item)
        except (LookupError, ValueError, KafkaError) as exc:
            report.fail(f"{where}: not replayed: {exc}")
            continue
        replayed.add(origin(item))
        report.sent.append(item)
        print(f"replayed {item.stage} {where} -> {item.topic}[{partition}]@{offset}", file=out)
        try:
            queue.mark(item, partition, offset)
        except KafkaError as exc:
            report.fail(f"{where}: replayed, but its marker was not confirmed ({exc}); a later replay sends it again")
    return report


def run(settings: Settings, action: str, stage: str | None, since: str | None) -> int:
    from services.bootstrap import connect_cluster

    now = datetime.now(UTC)
    try:
        selection = Selection(stage=stage, since=None if since is None else parse_since(since, now))
    except ValueError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return 2
    cluster = connect_cluster(settings, start=False)
    queue = DeadLetterQueue(cluster.bootstrap, settings.topic_prefix, security=cluster.security)
    try:
        if action == "list":
            return 1 if list_letters(queue, selection, now) else 0
        report = replay_letters(queue, selection)
        print(report.summary())
        return 1 if report.failed else 0
    finally:
        queue.close()
