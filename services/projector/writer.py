"""Writing decoded batches into the store: in the projector's thread, or in a process of its own.

The store is written by one thread at a time, and in the projector's process that thread shares
the GIL with all the process runs besides: Kafka's client, the flattener's reply thread. When
another thread held it, the writing thread stood still (about 10 of 52 s per 100,000 events). So a
``ProcessWriter`` writes from a process that does nothing else: it opens the store from its
database URL, parses the flattener's replies there (``flattener.Replies``) and applies each batch,
while the projector polls and decodes the next. ``InlineWriter`` applies in the caller's thread:
for a store no other process can open (``memory://``, ``sqlite:///:memory:``), or by choice
(``COPYDESK_PROJECTOR_WRITER_PROCESS=false``).

Both take one batch at a time: ``submit(positions, decoded)``, then ``result()``, a ``Written``.
``positions`` are the records' (topic, partition, offset), in the order of the decoded results. A
record whose value does not decode is not written: ``Written.failures`` names it, for the
projector to park. The batch is one ``store.apply``: one transaction with its offsets.
"""

from __future__ import annotations

import time
import traceback
from datetime import datetime
from multiprocessing.connection import Connection
from typing import NamedTuple, Protocol

import orjson

from events.codec import DecodeError
from services.projector.children import ignore_interrupts, start_child, stop_child
from services.projector.collector import collector_paused, tune_collector
from services.projector.flattener import Decoded, Replies, reply_of, results_of
from services.store.port import FlatDelivery, Store
from services.store.rows import ARTICLE_COLUMNS, ArticleRows

Position = tuple[str, int, int]  # topic, partition, offset
# A batch being written when the projector stops is finished, not cut short: a large one takes seconds.
WRITER_EXIT_WAIT_S = 60.0
EXIT_CODE_WAIT_S = 5.0
_RECEIVED_AT = ARTICLE_COLUMNS.index("received_at")


class WriterFailed(RuntimeError):
    """The writer process died, or writing a batch failed there; the message has the traceback."""


class Written(NamedTuple):
    """What became of a batch."""

    applied: int  # events new to the store
    skipped: int  # events at or below the stored offset of their partition: delivered before
    failures: list[tuple[int, DecodeError]]  # (position in the batch, why its value is no event)
    seconds: float  # time inside store.apply
    # per article event new to the store: seconds from its receipt (received_at) to its transaction's commit
    latencies: tuple[float, ...] = ()


def write(store: Store, positions: list[Position], decoded: Decoded) -> Written:
    """Apply one decoded batch to ``store`` in one transaction, leaving out the values that did not decode."""
    results = results_of(decoded)
    if len(results) != len(positions):
        raise ValueError(f"store writer: {len(results)} results for {len(positions)} records")
    deliveries: list[FlatDelivery] = []
    failures: list[tuple[int, DecodeError]] = []
    for i, (position, result) in enumerate(zip(positions, results, strict=True)):
        if isinstance(result, DecodeError):
            failures.append((i, result))
        else:
            deliveries.append(FlatDelivery(result, *position))
    stored = {topic: store.offsets(topic) for topic in {d.topic for d in deliveries}}
    new = [d for d in deliveries if d.offset >= stored[d.topic].get(d.partition, 0)]  # not delivered before
    started = time.perf_counter()
    applied = store.apply(deliveries) if deliveries else 0
    seconds = time.perf_counter() - started
    return Written(applied, len(deliveries) - applied, failures, seconds, latencies(new, time.time()))


def latencies(deliveries: list[FlatDelivery], now: float) -> tuple[float, ...]:
    """Seconds from each delivered article's receipt to ``now`` (epoch seconds); other events
    (story changes) have no receipt time and are left out."""
    return tuple(
        now - datetime.fromisoformat(d.rows.article[_RECEIVED_AT]).timestamp()
        for d in deliveries if isinstance(d.rows, ArticleRows)
    )


class StoreWriter(Protocol):
    def submit(self, positions: list[Position], decoded: Decoded) -> None:
        """Start writing a batch; one at a time (``result()`` of the previous one first)."""

    def done(self) -> bool:
        """Whether ``result()`` would return without waiting."""

    def result(self) -> Written:
        """The submitted batch, once written; raises what writing it raised (WriterFailed from a process)."""

    def close(self) -> None: ...


def open_writer(store: Store, database_url: str | None) -> StoreWriter:
    """A process writing the store at ``database_url`` when one is given, else ``store``
    written in the caller's thread. The URL must reach the same data as ``store``, migrated."""
    return ProcessWriter(database_url) if database_url is not None else InlineWriter(store)


class InlineWriter:
    """Writes each batch in ``submit()``, in the caller's thread."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._written: Written | None = None

    def submit(self, positions: list[Position], decoded: Decoded) -> None:
        if self._written is not None:
            raise RuntimeError("store writer: result() of the previous batch first")
        self._written = write(self.store, positions, decoded)

    def done(self) -> bool:
        return True

    def result(self) -> Written:
        written, self._written = self._written, None
        if written is None:
            raise RuntimeError("store writer: no batch submitted")
        return written

    def close(self) -> None:
        pass


class ProcessWriter:
    """Writes in a process of its own (see ``children``), which opens the store at ``database_url``.

    A batch goes out as a JSON header (positions, how many results and frames) followed by its
    replies as the decoder processes wrote them (a batch decoded here is encoded the same way);
    the answer is a JSON ``Written``, or ``{"failed": traceback}``.
    """

    def __init__(self, database_url: str) -> None:
        self._pipe, self._process = start_child(_serve, (database_url,), "copydesk-store-writer")
        self._pending = False

    def submit(self, positions: list[Position], decoded: Decoded) -> None:
        if self._pending:
            raise RuntimeError("store writer: result() of the previous batch first")
        replies = decoded if isinstance(decoded, Replies) else Replies([reply_of(decoded)] if decoded else [], len(decoded))
        try:
            self._pipe.send_bytes(orjson.dumps(
                {"positions": positions, "count": replies.count, "frames": len(replies.frames)}))
            for frame in replies.frames:
                self._pipe.send_bytes(frame)
        except OSError as exc:
            raise WriterFailed(f"store writer process exited ({exc!r}); {self._exit_code()}") from exc
        self._pending = True

    def done(self) -> bool:
        return not self._pending or self._pipe.poll()

    def result(self) -> Written:
        if not self._pending:
            raise RuntimeError("store writer: no batch submitted")
        self._pending = False
        try:
            reply = orjson.loads(self._pipe.recv_bytes())
        except (EOFError, OSError) as exc:
            raise WriterFailed(f"store writer process exited ({exc!r}); {self._exit_code()}") from exc
        if "failed" in reply:
            raise WriterFailed(f"store writer failed:\n{reply['failed']}")
        failures = [(i, DecodeError(message)) for i, message in reply["failures"]]
        return Written(reply["applied"], reply["skipped"], failures, reply["seconds"], tuple(reply["latencies"]))

    def close(self) -> None:
        """Close the pipe and wait for the process: a batch it is writing is finished first."""
        self._pipe.close()
        stop_child(self._process, WRITER_EXIT_WAIT_S)

    def _exit_code(self) -> str:
        self._process.join(EXIT_CODE_WAIT_S)
        return f"exit code {self._process.exitcode}"


def _serve(conn: Connection, database_url: str) -> None:
    """The writer process (see ``children``): write each batch received until the pipe closes."""
    from services.store.factory import open_store

    ignore_interrupts()
    store: Store | None = None
    unopened = ""
    try:
        store = open_store(database_url)
    except Exception:  # noqa: BLE001 - reported with the first batch, which then fails the projector
        unopened = traceback.format_exc()
    tune_collector()
    try:
        while True:
            try:
                header = orjson.loads(conn.recv_bytes())
                frames = [conn.recv_bytes() for _ in range(header["frames"])]
            except (EOFError, OSError):  # closed, or reset: the projector exited with an answer unread
                return
            answer = orjson.dumps(_answer(store, unopened, header, frames))
            try:
                conn.send_bytes(answer)
            except OSError:  # the projector stopped without waiting for the answer; the batch is written
                return
    finally:
        if store is not None:
            store.close()


def _answer(store: Store | None, unopened: str, header: dict, frames: list[bytes]) -> dict:
    """The reply to one batch: its ``Written`` as JSON, or ``{"failed": traceback}``."""
    if store is None:
        return {"failed": f"cannot open the store:\n{unopened}"}
    try:
        positions = [(topic, partition, offset) for topic, partition, offset in header["positions"]]
        with collector_paused():
            written = write(store, positions, Replies(frames, header["count"]))
    except Exception:  # noqa: BLE001 - the projector stops with this traceback; the store rolled back
        return {"failed": traceback.format_exc()}
    return {
        "applied": written.applied, "skipped": written.skipped, "seconds": written.seconds,
        "latencies": written.latencies,
        "failures": [[i, str(exc)] for i, exc in written.failures],
    }
