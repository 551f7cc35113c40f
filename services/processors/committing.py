"""faust's Kafka consumer with its commit bookkeeping replaced by an :class:`OffsetLedger`.

Why: faust-streaming 0.15 decides what to commit from its own acknowledgements, and those are
not proof that a record was processed. Three paths acknowledge or skip records that no agent
finished (read in faust/transport/consumer.py and faust/streams.py):

- the stream *acknowledges* an event it skips because its generation is stale or the flow is
  paused during a rebalance, without handing it to the agent;
- the fetch loop records a "gap" whenever an offset arrives above the last one it read (after a
  seek, or when a record was dropped because the flow was suspended mid-delivery, or because a
  record fetched before a rebalance advanced the read offset and the records sought back to were
  then dropped as already read) and counts every gap offset as acknowledged;
- the committable offset is taken from the first run of consecutive acknowledged offsets and is
  checked against the committed one only when that is non-zero, and off by one: a run starting
  one above the committed offset, or anywhere on a never-committed partition, is committed over
  the record it skipped.

Any of these commits past a record whose output never reached the broker: the record is lost
for good. Here faust commits only what the agents settled explicitly in the ledger after their
output was acknowledged (or the record dead-lettered), counted without gaps from the position
the partition was assigned at, and the fetch loop no longer drops stream records below its read
offset (see :class:`_StreamReadOffsets`). Everything else of faust's consumer (fetching,
rebalancing, tables) is unchanged. A record faust still loses in delivery (one in flight when
the flow is suspended) holds the commit back; the worker seeks such a stalled partition back to
its position (see ``services.processors.app``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

from services.processors.ledger import OffsetLedger

log = logging.getLogger(__name__)


class _StreamReadOffsets(dict):
    """faust's read offsets ("highest offset delivered" per partition), as faust's fetch loop
    reads them, except that a stream partition never reports one.

    The fetch loop drops every record below a partition's read offset. After a seek back (the
    seek to the committed offset after a rebalance, or the worker's seek to a stalled record), a
    record fetched before the seek that arrives after it raises the read offset, and the records
    sought back to are then dropped (faust-streaming #221): the commit is held back until the
    stall seek, which meets the same race. Stream records are never dropped here; one delivered
    twice is processed twice, which at-least-once allows. Changelog partitions keep faust's
    rule, as an older changelog record applied after a newer one would undo it."""

    def __init__(self, is_stream: Callable[[TP], bool]) -> None:
        super().__init__()
        self._is_stream = is_stream

    def __getitem__(self, tp: TP) -> int | None:
        return None if self._is_stream(tp) else self.get(tp)


def _named(positions: dict[TP, int]) -> dict[str, int]:
    return {f"{tp.topic}[{tp.partition}]": position for tp, position in positions.items()}


class LedgerConsumer(faust_aiokafka.Consumer):
    """Commits the ledger's positions; bases the ledger where faust seeks after a rebalance.

    Seek with ``seek_wait``, never ``seek``: faust's ``seek`` calls aiokafka's from the event
    loop's thread while the aiokafka consumer runs in a thread of its own, and its fetcher then
    stopped fetching for good (seen in the chaos runs); ``seek_wait`` runs in that thread."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._read_offset = _StreamReadOffsets(self._is_stream_tp)

    @property
    def ledger(self) -> OffsetLedger[TP]:
        return self.app.ledger  # type: ignore[attr-defined]

    def _is_stream_tp(self, tp: TP) -> bool:
        return self.app.topics.acks_enabled_for(tp.topic) and not self._is_changelog_tp(tp)

    async def perform_seek(self) -> None:
        """Seek every assigned stream partition to its committed offset, or to its first record
        when the group never committed it, and base the ledger there; once per generation.

        faust calls this after each rebalance once tables have recovered, and its fetch loop
        calls it too whenever records arrive while the flow is stopped: during the revocation
        (before the revoke's commit is written) and during the table recovery, which resumes the
        flow before its own seek (faust-streaming #216). Basing again on such a later call read
        the old commit back: everything settled since was forgotten and processed again (the
        records of a takeover's first second, 8 of 30 in a move test), and during a revocation
        the revoke's commit could write the old offset back (faust forgets its committed offsets
        when partitions are revoked, and commits whatever the ledger holds). So a generation is
        based once; a later seek in it goes back to the ledger's positions (the first unsettled
        records), and only while the flow is stopped.

        aiokafka's own ``seek_to_committed`` leaves a partition without a commit (or committed at
        0) wherever the fetcher happens to be, so such partitions are sought explicitly. Only the
        partitions whose commit was read are based: the assignment can change while it is read,
        and a partition taken for one without a commit was based at its earliest offset.
        """
        generation = self.app.consumer_generation_id
        resume = self.ledger.resume_positions(generation)
        if resume is not None:
            # Based already. With the flow stopped, the fetch loop just dropped a batch it had
            # fetched: seek back to the first unsettled records. With records flowing (faust's
            # recovery seeking after it resumed the flow) the position is right, and a seek back
            # would deliver the records in flight a second time.
            held = {tp: position for tp, position in resume.items() if tp in self.assignment()}
            if held and not self.flow_active:
                await self.seek_wait(held)
                log.info("stream partitions sought back to their first unsettled records %s", _named(held))
            return
        committed = await self.seek_to_committed()
        if self.app.consumer_generation_id != generation:
            return  # reassigned meanwhile: the new generation's seek bases its partitions
        assigned = self.assignment()
        stream_tps = [tp for tp in committed if tp in assigned and self._is_stream_tp(tp)]
        positions = {tp: committed[tp] for tp in stream_tps if (committed.get(tp) or 0) > 0}
        unstarted = [tp for tp in stream_tps if tp not in positions]
        if unstarted:
            earliest = await self.earliest_offsets(*unstarted)
            positions.update({tp: earliest[tp] for tp in unstarted})
            await self.seek_wait({tp: earliest[tp] for tp in unstarted})
        for tp, position in positions.items():
            self._read_offset[tp] = position or None
            # Only a position past the base is ever committed. For a partition the group had no
            # commit for, committing its earliest offset adds nothing; and when the fetch above
            # wrongly found none (seen once, during a rebalance after a worker left), that commit
            # wrote the earliest offset over the group's real one for every later owner.
            self._committed_offset[tp] = position
        self.ledger.assign(positions, generation)
        log.info("stream partitions based at %s", _named(positions))

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        await super().on_partitions_revoked(revoked)  # faust commits what was settled first
        self.ledger.revoke(revoked)

    def _filter_tps_with_pending_acks(self, topics: Any = None) -> Iterator[TP]:
        return (tp for tp in self.ledger.partitions() if topics is None or tp in topics or tp.topic in topics)

    def _new_offset(self, tp: TP) -> int | None:
        # faust's own acknowledgement lists are not used for commits; keep them from growing.
        self._acked.pop(tp, None)
        self._acked_index.pop(tp, None)
        return self.ledger.position(tp)

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        """A gap in delivered offsets is never taken as processed (faust would commit over it)."""


class LedgerTransport(faust_aiokafka.Transport):
    Consumer = LedgerConsumer


class LedgerApp(faust.App):
    """A faust app whose consumer commits what ``ledger`` holds; agents settle records in it."""

    # Handles for tests (agent.test_context() and a replaced topic.send), set by create_app.
    copydesk_agents: tuple[faust.types.AgentT, ...]
    copydesk_topics: dict[str, faust.TopicT]

    def __init__(self, *args: Any, ledger: OffsetLedger[TP], **kwargs: Any) -> None:
        self.ledger = ledger
        super().__init__(*args, **kwargs)

    def _new_transport(self) -> LedgerTransport:
        return LedgerTransport(self.conf.broker_consumer, self)
