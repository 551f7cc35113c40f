"""The consumer port on kafka-python: a group member that starts where its caller says, and
survives a broker that goes away and comes back.

kafka-python reconnects by itself (retrying at least every RECONNECT_BACKOFF_MAX_MS); a Kafka
error that still escapes a call becomes a ConsumerError, for the caller to retry after a backoff.
A consumer that has had no partitions for ASSIGNMENT_PATIENCE_S, or has fetched nothing for
``stall_patience_s`` while records wait, is replaced by a new one (both seen: after a broker
restart kafka-python never got the group coordinator; a consumer assigned on empty partitions
fetched nothing for 15 minutes while they filled). Every wait on Kafka is bounded.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from kafka import ConsumerRebalanceListener, KafkaConsumer, TopicPartition
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata

from services.bus.port import ConsumerError, OnRevoke, Partition, Received, StartAt
from services.common.kafka_security import KafkaSecurity

log = logging.getLogger(__name__)

ASSIGNMENT_PATIENCE_S = 30
STALL_PATIENCE_S = 30
# A fetch takes at most this from each partition (and at least one record batch), so each poll
# mixes the partitions' records and their times stay close: the store then writes near the newest
# end of its tables. With 32 MiB a catching-up projector's batch came from one partition.
PARTITION_FETCH_BYTES = 4 * 1024 * 1024
# kafka-python's default (30 s) let a consumer that lost the broker wait up to 30 s more to try
# again once the broker was back.
RECONNECT_BACKOFF_MAX_MS = 1000
COMMIT_TIMEOUT_MS = 2000  # the commit is for monitoring only: not worth holding the loop longer
CLOSE_TIMEOUT_MS = 2000
FIRST_BOOTSTRAP_TIMEOUT_MS = 30_000
RENEWAL_BOOTSTRAP_TIMEOUT_MS = 5000


def _partitions(tps: Sequence[TopicPartition]) -> list[Partition]:
    return sorted(Partition(tp.topic, tp.partition) for tp in tps)


class _Listener(ConsumerRebalanceListener):
    """The rebalance callbacks of one kafka-python ``client`` of ``owner``."""

    def __init__(self, owner: KafkaGroupConsumer, client: KafkaConsumer) -> None:
        self.owner, self.client = owner, client

    def on_partitions_revoked(self, revoked: Sequence[TopicPartition]) -> None:
        if revoked:  # kafka-python also calls this before a first assignment, with nothing to give up
            self.owner.on_revoke(_partitions(revoked))

    def on_partitions_assigned(self, assigned: Sequence[TopicPartition]) -> None:
        start = self.owner.start_at(_partitions(assigned))
        for tp in assigned:
            offset = start.get(Partition(tp.topic, tp.partition))
            if offset is None:
                self.client.seek_to_beginning(tp)
            else:
                self.client.seek(tp, offset)


class KafkaGroupConsumer:
    """A ``Consumer`` in group ``group`` at ``bootstrap``; offsets are committed only when asked."""

    def __init__(
        self,
        bootstrap: str,
        group: str,
        max_poll_records: int = 500,
        session_timeout_s: float = 30.0,
        stall_patience_s: float = STALL_PATIENCE_S,
        security: KafkaSecurity = KafkaSecurity(),
    ) -> None:
        self._bootstrap, self._group, self._security = bootstrap, group, security
        self._max_poll_records = max_poll_records
        # a restarted member waits this long for the group to let go of its dead predecessor
        self._session_timeout_ms = int(session_timeout_s * 1000)
        self.stall_patience_s = stall_patience_s
        self._topics: list[str] = []
        self.start_at: StartAt = lambda partitions: {}
        self.on_revoke: OnRevoke = lambda partitions: None
        self.client: KafkaConsumer | None = None
        self._unassigned_since = self._fetched_at = time.monotonic()

    def subscribe(self, topics: Sequence[str], start_at: StartAt, on_revoke: OnRevoke) -> None:
        """Join the group on ``topics``; waits up to FIRST_BOOTSTRAP_TIMEOUT_MS for the broker,
        then raises KafkaTimeoutError."""
        self._topics, self.start_at, self.on_revoke = list(topics), start_at, on_revoke
        self.client = self._new_client(FIRST_BOOTSTRAP_TIMEOUT_MS)
        self._unassigned_since = self._fetched_at = time.monotonic()

    def _new_client(self, bootstrap_timeout_ms: int) -> KafkaConsumer:
        client = KafkaConsumer(
            **self._security.kafka_python(),
            bootstrap_servers=self._bootstrap,
            bootstrap_timeout_ms=bootstrap_timeout_ms,
            group_id=self._group,
            client_id=f"{self._group}-consumer",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=self._max_poll_records,
            fetch_max_bytes=64 * 1024 * 1024,
            max_partition_fetch_bytes=PARTITION_FETCH_BYTES,
            reconnect_backoff_max_ms=RECONNECT_BACKOFF_MAX_MS,
            session_timeout_ms=self._session_timeout_ms,
            heartbeat_interval_ms=min(3000, self._session_timeout_ms // 3),
        )
        client.subscribe(self._topics, listener=_Listener(self, client))
        return client

    def _client(self) -> KafkaConsumer:
        if self.client is None:
            raise RuntimeError("consumer: subscribe() first")
        return self.client

    def poll(self, timeout_s: float, max_records: int) -> list[Received]:
        try:
            self._renew_if_stuck()
            polled = self._client().poll(timeout_ms=int(timeout_s * 1000), max_records=max_records)
        except KafkaError as exc:  # seen: the offset validation kafka-python runs after losing the broker
            raise ConsumerError(f"{type(exc).__name__}: {exc}") from exc
        if polled:
            self._fetched_at = time.monotonic()
        return [
            Received(r.topic, r.partition, r.offset, r.key, r.value, tuple(r.headers or ()))
            for batch in polled.values()
            for r in batch
        ]

    def _renew_if_stuck(self) -> None:
        """Replace the client once it has had no partitions for ASSIGNMENT_PATIENCE_S, or fetched
        nothing for ``stall_patience_s`` while the broker holds records past its positions. A new
        client starts the group protocol and the fetch sessions afresh. The old one is closed
        only once the new one is built, so while the broker is still away nothing changes."""
        client, now = self._client(), time.monotonic()
        assigned = client.assignment()
        if not assigned:
            if now - self._unassigned_since <= ASSIGNMENT_PATIENCE_S:
                return
            why = f"no partitions after {ASSIGNMENT_PATIENCE_S}s"
        else:
            self._unassigned_since = now
            if now - self._fetched_at <= self.stall_patience_s or not self._records_waiting(client):
                return
            why = f"nothing fetched for {self.stall_patience_s:g}s while records wait"
        log.warning("consumer %s: %s; reconnecting", self._group, why)
        fresh = self._new_client(RENEWAL_BOOTSTRAP_TIMEOUT_MS)
        if assigned:
            self.on_revoke(_partitions(list(assigned)))  # closing gives them up without a rebalance callback
        client.close(autocommit=False, timeout_ms=CLOSE_TIMEOUT_MS)
        self.client = fresh
        self._unassigned_since = self._fetched_at = time.monotonic()

    def _records_waiting(self, client: KafkaConsumer) -> bool:
        """Whether the broker holds records past a position on an assigned partition (one
        ListOffsets call; a position not known yet counts as waiting)."""
        assigned = list(client.assignment())
        ends = client.end_offsets(assigned, timeout_ms=COMMIT_TIMEOUT_MS)
        for tp in assigned:
            position = client.position(tp, timeout_ms=0)
            if position is None or ends.get(tp, 0) > position:
                return True
        self._fetched_at = time.monotonic()  # caught up: the clock starts again
        return False

    def commit(self, offsets: dict[Partition, int]) -> None:
        try:
            self._client().commit(
                {
                    TopicPartition(p.topic, p.partition): OffsetAndMetadata(offset, "", -1)
                    for p, offset in offsets.items()
                },
                timeout_ms=COMMIT_TIMEOUT_MS,
            )
        except KafkaError as exc:  # e.g. the group rebalanced, or the broker is away: the next commit covers it
            log.warning("consumer %s: committing offsets failed (%s)", self._group, exc)

    def lags(self) -> dict[Partition, int | None]:
        """From the high watermark kafka-python keeps per fetch, and the position asked for without
        waiting (after losing the broker kafka-python validates positions with it, which raised)."""
        client = self._client()
        out: dict[Partition, int | None] = {}
        for tp in client.assignment():
            highwater = client.highwater(tp)
            try:
                position = client.position(tp, timeout_ms=0)
            except KafkaError:  # unknown for now: the broker is away
                position = None
            out[Partition(tp.topic, tp.partition)] = (
                None if highwater is None or position is None else max(0, highwater - position)
            )
        return out

    def close(self) -> None:
        if self.client is not None:
            self.client.close(autocommit=False, timeout_ms=CLOSE_TIMEOUT_MS)
