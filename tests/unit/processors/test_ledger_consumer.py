"""The worker's consumer bases its stream partitions where the group left them, and never commits
a partition's base position as such (only progress past it)."""

import asyncio

from faust.types import TP

from services.common.metrics import create_metrics
from services.common.settings import Settings
from services.processors.app import create_app


class NoExtractor:
    def extract_many(self, bodies, batch_size=32):
        return [((), ()) for _ in bodies]


def based_consumer(committed: dict, earliest: dict):
    app = create_app(Settings(consumer_group="unit-test", topic_partitions=2), "localhost:1", NoExtractor(),
                     create_metrics())
    app.finalize()
    consumer = app.consumer
    tps = set(committed)

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
