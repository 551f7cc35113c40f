"""The store writer in a process of its own writes what writing in the projector's thread writes,
and every way it can fail reaches the projector as a WriterFailed with the reason."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from events.codec import DecodeError, encode
from services.projector.flattener import ProcessFlattener, flatten
from services.projector.writer import InlineWriter, ProcessWriter, WriterFailed
from services.store.factory import open_store
from services.store.port import Store
from services.store.sqlite import SqliteStore
from tests.integration.store.factories import corpus


def _store(path: Path) -> SqliteStore:
    store = SqliteStore(path)
    store.migrate()
    return store


def _values() -> list[bytes | None]:
    good = [encode(e) for e in corpus()]
    return [good[0], b"not json", *good[1:]]


def _positions(values: list, first: int = 0) -> list[tuple[str, int, int]]:
    return [("enriched", 0, first + i) for i in range(len(values))]


def test_a_writer_process_writes_the_flattener_replies_as_the_inline_writer_writes_the_results(tmp_path) -> None:
    inline_store = _store(tmp_path / "inline.db")
    _store(tmp_path / "process.db").close()
    values = _values()
    inline = InlineWriter(inline_store)
    inline.submit(_positions(values), [flatten(v) for v in values])
    expected = inline.result()

    flattener = ProcessFlattener(2)
    writer = ProcessWriter(f"sqlite:///{tmp_path / 'process.db'}")
    try:
        flattener.submit(values)
        writer.submit(_positions(values), flattener.results())  # replies, unparsed
        written = writer.result()
        writer.submit(_positions(values), [flatten(v) for v in values])  # results decoded here: sent the same way
        again = writer.result()
    finally:
        writer.close()
        flattener.close()
    assert (written.applied, written.skipped) == (expected.applied, expected.skipped) == (len(values) - 1, 0)
    assert [(i, str(e)) for i, e in written.failures] == [(i, str(e)) for i, e in expected.failures]
    assert isinstance(written.failures[0][1], DecodeError) and written.failures[0][0] == 1
    assert (again.applied, again.skipped) == (0, len(values) - 1)  # redelivered
    assert written.seconds > 0
    process_store: Store = open_store(f"sqlite:///{tmp_path / 'process.db'}")
    assert process_store.dump() == inline_store.dump()
    assert process_store.offsets("enriched") == inline_store.offsets("enriched") == {0: len(values)}
    process_store.close()
    inline_store.close()


def test_a_failed_write_comes_back_with_its_traceback_and_the_writer_goes_on(tmp_path) -> None:
    path = tmp_path / "store.db"
    SqliteStore(path).close()  # a database without its tables
    values = _values()
    writer = ProcessWriter(f"sqlite:///{path}")
    try:
        writer.submit(_positions(values), [flatten(v) for v in values])
        with pytest.raises(WriterFailed, match="(?s)store writer failed:.*no such table"):
            writer.result()
        _store(path).close()
        writer.submit(_positions(values), [flatten(v) for v in values])
        assert writer.result().applied == len(values) - 1
    finally:
        writer.close()


def test_a_store_the_process_cannot_open_fails_the_first_batch_naming_it(tmp_path) -> None:
    writer = ProcessWriter(f"sqlite:///{tmp_path / 'no-such-folder' / 'store.db'}")
    try:
        writer.submit(_positions([b""]), [flatten(b"")])
        with pytest.raises(WriterFailed, match="(?s)cannot open the store.*no-such-folder"):
            writer.result()
    finally:
        writer.close()


def test_a_writer_process_that_dies_fails_the_batch_with_its_exit_code(tmp_path) -> None:
    _store(tmp_path / "store.db").close()
    writer = ProcessWriter(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        os.kill(writer._process.pid, signal.SIGKILL)  # noqa: SLF001
        with pytest.raises(WriterFailed, match="store writer process exited.*exit code -9"):
            writer.submit(_positions([b""]), [flatten(b"")])
            writer.result()
    finally:
        writer.close()


def test_an_interrupt_for_the_process_group_is_left_to_the_projector_and_close_finishes_the_batch(tmp_path) -> None:
    _store(tmp_path / "store.db").close()
    values = _values()
    writer = ProcessWriter(f"sqlite:///{tmp_path / 'store.db'}")
    for sig in (signal.SIGINT, signal.SIGTERM):  # as a Ctrl-C or a group-wide stop delivers them
        os.kill(writer._process.pid, sig)  # noqa: SLF001
    writer.submit(_positions(values), [flatten(v) for v in values])
    with pytest.raises(RuntimeError, match="previous batch first"):
        writer.submit(_positions(values), [flatten(v) for v in values])
    writer.close()  # the batch submitted is written before the process ends
    assert writer._process.exitcode == 0  # noqa: SLF001
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    assert store.stats()["articles"] == len(values) - 1
    store.close()
