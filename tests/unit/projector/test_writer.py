"""Writing a decoded batch: one store.apply, undecodable records named by position (no I/O)."""

from __future__ import annotations

import pytest

from events.codec import DecodeError
from services.commands.project import writer_process
from services.common.settings import Settings
from services.projector.flattener import Replies, flatten, reply_of
from services.projector.writer import InlineWriter, write
from services.store.factory import opens_elsewhere
from services.store.memory import MemoryStore
from services.store.rows import rows_of
from tests.unit.api.sample import follow_up, harbour_article, hostile


def _batch() -> tuple[list[tuple[str, int, int]], list]:
    events = [harbour_article(), follow_up(), hostile()]
    results = [rows_of(events[0]), DecodeError("value is not JSON"), rows_of(events[1]), rows_of(events[2])]
    return [("enriched", 0, offset) for offset in range(len(results))], results


def test_a_batch_is_applied_with_its_offsets_and_its_undecodable_records_named() -> None:
    store = MemoryStore()
    positions, results = _batch()
    written = write(store, positions, results)
    assert (written.applied, written.skipped) == (3, 0)
    assert [(i, str(exc)) for i, exc in written.failures] == [(1, "value is not JSON")]
    assert store.stats()["articles"] == 3 and store.offsets("enriched") == {0: 4}

    again = write(store, positions, results)  # redelivered: nothing new
    assert (again.applied, again.skipped, len(again.failures)) == (0, 3, 1)


def test_replies_are_written_as_the_results_they_hold() -> None:
    positions, results = _batch()
    from_results, from_replies = MemoryStore(), MemoryStore()
    write(from_results, positions, results)
    written = write(from_replies, positions, Replies([reply_of(results[:2]), reply_of(results[2:])], len(results)))
    assert written.applied == 3 and [i for i, _ in written.failures] == [1]
    assert from_replies.dump() == from_results.dump()


def test_results_that_do_not_match_the_records_are_refused() -> None:
    positions, results = _batch()
    with pytest.raises(ValueError, match="3 results for 4 records"):
        write(MemoryStore(), positions, results[:3])


def test_the_inline_writer_writes_in_submit_one_batch_at_a_time() -> None:
    store = MemoryStore()
    writer = InlineWriter(store)
    positions, results = _batch()
    writer.submit(positions, results)
    assert writer.done() and store.stats()["articles"] == 3  # written before result() is asked for
    with pytest.raises(RuntimeError, match="previous batch first"):
        writer.submit(positions, results)
    assert writer.result().applied == 3
    with pytest.raises(RuntimeError, match="no batch submitted"):
        writer.result()


def test_a_value_that_is_no_event_becomes_a_failure_not_a_row() -> None:
    store = MemoryStore()
    written = write(store, [("enriched", 0, 0)], [flatten(b'{"specversion": "1.0"}')])
    assert written.applied == 0 and len(written.failures) == 1 and store.stats()["articles"] == 0


def test_only_a_store_another_process_can_open_gets_a_writer_process() -> None:
    assert opens_elsewhere("sqlite:///tmp/store.db") and opens_elsewhere("postgresql://db/copydesk")
    assert not opens_elsewhere("memory://") and not opens_elsewhere("sqlite:///:memory:")
    assert writer_process(Settings(database_url="sqlite:///tmp/store.db"))
    assert not writer_process(Settings(database_url="memory://"))
    assert not writer_process(Settings(database_url="sqlite:///tmp/store.db", projector_writer_process=False))
