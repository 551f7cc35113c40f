"""The worker's consumer bases its stream partitions where the group left them, once per
assignment generation, and never commits a partition's base position as such (only progress
past it)."""

import asyncio

from faust.types import TP

from services.common.metrics import create_metrics
from services.common.settings import Settings
from services.processors.app import create_app


class NoExtractor:
    def extract_many(self, bodies, batch_size=32):
        return [((), ()) for _ in bodies]


def based_consumer(committed: dict, earliest: dict, generation: int = 1, assigned: set | None = None):
    """A consumer after one ``perform_seek`` in ``generation``; ``committed`` is what the group's
    commits read (the partitions assigned when they were read), ``assigned`` the assignment after."""
    app = create_app(
        Settings(consumer_group="unit-test", topic_partitions=2), "localhost:1", NoExtractor(), create_metrics()
    )
    app.finalize()
    consumer = app.consumer
    tps = set(committed) if assigned is None else assigned

    async def seek_to_committed():
        return dict(committed)

    async def earliest_offsets(*partitions):
        return {tp: earliest[tp] for tp in partitions}

    async def seek_wait(positions):
        consumer.sought = dict(positions)

    consumer.seek_to_committed = seek_to_committed
    consumer.earliest_offsets = earliest_offsets
    consumer.seek_wait = seek_wait
    consumer.assignment = lambda: tps
    consumer._is_stream_tp = lambda tp: True
    app.consumer_generation_id = generation
    asyncio.run(consumer.perform_seek())
    return app, consumer


def test_a_partition_without_a_commit_is_based_at_its_earliest_offset_and_that_is_not_committed():
    fresh, started = TP("raw", 0), TP("raw", 1)
    app, consumer = based_consumer({fresh: None, started: 22}, {fresh: 0, started: 0})

    assert consumer.sought == {fresh: 0}
    assert (app.ledger.position(fresh), app.ledger.position(started)) == (0, 22)
    # Nothing processed yet: nothing to commit, neither the base 0 over whatever the group holds...
    assert consumer._filter_committable_offsets([fresh, started]) == {}
    # ...nor later, until the worker has settled records past the base.
    app.ledger.settle(fresh, 0)
    app.ledger.settle(started, 22)
    assert consumer._filter_committable_offsets([fresh, started]) == {fresh: 1, started: 23}


def test_a_partition_whose_earliest_records_were_deleted_is_based_past_them():
    trimmed = TP("raw", 0)
    app, consumer = based_consumer({trimmed: None}, {trimmed: 40})

    assert consumer.sought == {trimmed: 40} and app.ledger.position(trimmed) == 40
    assert consumer._filter_committable_offsets([trimmed]) == {}


def test_a_second_seek_in_the_same_generation_resumes_after_what_was_settled_not_at_the_commit():
    # faust's fetch loop seeks when records arrive with the flow stopped, and its recovery seeks
    # again after resuming the flow: the group's commit read then is older than what was settled
    # in between (a revocation's own commit is not written yet, or not due yet).
    tp = TP("raw", 1)
    app, consumer = based_consumer({tp: 22}, {tp: 0}, generation=3)
    for offset in (22, 23, 24, 26):
        app.ledger.settle(tp, offset)
    consumer.sought = None

    consumer.flow_active = True  # the recovery's seek, records flowing: the position is right
    asyncio.run(consumer.perform_seek())
    assert consumer.sought is None and app.ledger.position(tp) == 25

    consumer.flow_active = False  # the fetch loop dropped a batch: back to the first unsettled record
    asyncio.run(consumer.perform_seek())
    assert consumer.sought == {tp: 25}  # not the commit at 22
    assert app.ledger.position(tp) == 25
    app.ledger.settle(tp, 25)
    assert consumer._filter_committable_offsets([tp]) == {tp: 27}  # 26 was not forgotten either


def test_a_partition_revoked_in_a_generation_is_not_based_again_until_the_next():
    tp = TP("raw", 1)
    app, consumer = based_consumer({tp: 22}, {tp: 0}, generation=3)
    app.ledger.revoke([tp])
    consumer.sought = None

    asyncio.run(consumer.perform_seek())  # the fetch loop's, after the revocation
    assert app.ledger.partitions() == [] and consumer.sought is None

    app.consumer_generation_id = 4
    asyncio.run(consumer.perform_seek())
    assert app.ledger.position(tp) == 22


def test_a_partition_assigned_while_the_commits_were_read_is_not_taken_for_one_without_a_commit():
    # The commits were read for the assignment before the rebalance completed; the partition
    # assigned since had no commit read, not no commit: basing it at its earliest offset (0) made
    # the new owner process the partition again from its start.
    kept, arrived = TP("raw", 0), TP("extracted", 0)
    app, consumer = based_consumer({kept: 5}, {kept: 0, arrived: 0}, assigned={kept, arrived})

    assert app.ledger.position(kept) == 5
    assert app.ledger.position(arrived) is None
    assert arrived not in (consumer.__dict__.get("sought") or {})


def test_nothing_is_based_when_the_generation_changed_while_the_commits_were_read():
    tp = TP("raw", 1)
    app = create_app(
        Settings(consumer_group="unit-test", topic_partitions=2), "localhost:1", NoExtractor(), create_metrics()
    )
    app.finalize()
    consumer = app.consumer
    app.consumer_generation_id = 5

    async def seek_to_committed():
        app.consumer_generation_id = 6  # a rebalance completed meanwhile
        return {tp: 0}

    consumer.seek_to_committed = seek_to_committed
    consumer.assignment = lambda: {tp}
    consumer._is_stream_tp = lambda tp: True
    asyncio.run(consumer.perform_seek())

    assert app.ledger.partitions() == []
