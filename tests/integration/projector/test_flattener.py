"""The flattener in worker processes gives what decoding in the projector's thread gives (its
replies parsed by ``results_of``, as the store writer does)."""

from __future__ import annotations

import multiprocessing
import os
import signal

import orjson
import pytest

from events.codec import DecodeError, encode
from services.projector.flattener import (
    REPLY_VALUES,
    FlattenerFailed,
    InlineFlattener,
    ProcessFlattener,
    Replies,
    _frame,
    results_of,
)
from services.store.rows import ArticleRows, rows_to_json
from tests.integration.store.factories import corpus


def _values() -> list[bytes | None]:
    good = [encode(e) for e in corpus()]
    return [good[0], b"not json", good[1], None, b'{"specversion": "1.0"}', *good[2:]]


def _comparable(result: ArticleRows | DecodeError) -> str:
    """Rows as JSON (a worker's come back as lists, not tuples), an error as its message."""
    return str(result) if isinstance(result, DecodeError) else orjson.dumps(rows_to_json(result)).decode()


def test_worker_processes_give_the_inline_results_in_order() -> None:
    values = _values()
    inline = InlineFlattener()
    inline.submit(values)
    expected = inline.results()
    flattener = ProcessFlattener(2)
    try:
        for _ in range(2):  # one batch after another on the same workers
            flattener.submit(values)
            replies = flattener.results()
            assert isinstance(replies, Replies) and replies.count == len(values)
            got = results_of(replies)
            assert [_comparable(r) for r in got] == [_comparable(r) for r in expected]
        assert [isinstance(r, DecodeError) for r in got] == [False, True, False, True, True, False, False, False]
        assert "not JSON" in str(got[1])
        flattener.submit([])
        assert results_of(flattener.results()) == []
        many = values * (REPLY_VALUES // len(values) + 1) * 2  # each worker's share comes in several replies
        flattener.submit(many)
        assert [_comparable(r) for r in results_of(flattener.results())] == [_comparable(r) for r in expected] * (len(many) // len(values))
    finally:
        flattener.close()
    assert all(not w.is_alive() for w in flattener._workers)  # noqa: SLF001


def test_a_worker_that_dies_fails_the_batch_with_a_clear_error() -> None:
    flattener = ProcessFlattener(1)
    try:
        os.kill(flattener._workers[0].pid, signal.SIGKILL)  # noqa: SLF001
        flattener._workers[0].join()  # noqa: SLF001
        with pytest.raises(FlattenerFailed, match="flattener process exited.*exit codes: copydesk-flattener-0=-9"):
            flattener.submit(_values())
            flattener.results()
    finally:
        flattener.close()


def test_an_interrupt_for_the_whole_process_group_leaves_the_batch_to_the_projector() -> None:
    flattener = ProcessFlattener(1)
    try:
        flattener.submit(_values())
        for sig in (signal.SIGINT, signal.SIGTERM):  # as a Ctrl-C or a group-wide stop delivers them
            os.kill(flattener._workers[0].pid, sig)  # noqa: SLF001
        assert len(results_of(flattener.results())) == len(_values())
    finally:
        flattener.close()
    assert flattener._workers[0].exitcode == 0  # noqa: SLF001 - it ended when the pipe closed


def test_a_second_batch_before_the_first_results_is_refused() -> None:
    flattener = ProcessFlattener(1)
    try:
        flattener.submit(_values())
        with pytest.raises(RuntimeError, match="previous batch first"):
            flattener.submit(_values())
        assert len(results_of(flattener.results())) == len(_values())
    finally:
        flattener.close()


def test_a_batch_the_worker_cannot_read_fails_with_its_traceback_and_the_worker_goes_on() -> None:
    flattener = ProcessFlattener(1)
    try:
        pipe = flattener._pipes[0]  # noqa: SLF001 - five values announced, none sent:
        flattener._exchange_in_background([(pipe, b"\x05\x00\x00\x00", 5)])  # noqa: SLF001
        with pytest.raises(FlattenerFailed, match="(?s)flattener process failed:.*struct.error"):
            flattener.results()
        flattener.submit(_values())
        assert len(results_of(flattener.results())) == len(_values())
    finally:
        flattener.close()


def test_closing_with_a_batch_not_collected_stops_reading_its_replies() -> None:
    flattener = ProcessFlattener(1)
    flattener.submit(_values())
    receiver = flattener._receiver  # noqa: SLF001
    flattener.close()
    assert receiver is not None and not receiver.is_alive()


def test_replies_that_are_not_rows_fail_the_batch_where_they_are_parsed() -> None:
    ours, theirs = multiprocessing.Pipe()
    flattener = ProcessFlattener(1)
    try:
        theirs.send_bytes(b"[[1, 2]]")  # a list, but not the rows of an event
        flattener._exchange_in_background([(ours, _frame([b"{}"]), 1)])  # noqa: SLF001 - the frame goes unread
        replies = flattener.results()  # read as they came
        with pytest.raises(FlattenerFailed, match="(?s)flattener replies unreadable:.*Error"):
            results_of(replies)
    finally:
        flattener.close()
        ours.close()
        theirs.close()
    with pytest.raises(FlattenerFailed, match="1 results for 2 values"):
        results_of(Replies([orjson.dumps([{"error": "not JSON"}])], 2))
    with pytest.raises(FlattenerFailed, match="no list of them"):
        results_of(Replies([b"[]"], 0))
