"""Decoding enriched record values and flattening them into store rows, optionally in other processes.

Decoding an event (pydantic validation) and flattening it (``rows.rows_of``) took about 40% of
the projector's CPU time per event (profiled with bench/bench_projector.py). The store write,
most of the rest, can only run in one thread. So the projector hands each batch to a flattener and writes the previous batch
meanwhile: ``submit(values)`` starts a batch, ``results()`` returns it, one batch at a time.

- ``InlineFlattener`` does the work in ``results()``, in the caller's thread (``processes=0``).
- ``ProcessFlattener`` splits each batch across worker processes, and reads their replies in a
  thread of its own.

Each result is the record's ``ArticleRows``, or the ``DecodeError`` that says why the value is
not a valid ArticleEnriched event. Nothing crosses a process boundary as pickle. Record values
go out as length-prefixed bytes; rows come back as orjson arrays (``rows.rows_to_json``), in
replies of up to REPLY_VALUES results, so that the replies are parsed while the worker decodes.
"""

from __future__ import annotations

import multiprocessing
import signal
import struct
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Protocol

import orjson

from events.codec import DecodeError, decode
from events.models import ArticleEnriched
from services.store.rows import ArticleRows, rows_from_json, rows_of, rows_to_json

Result = ArticleRows | DecodeError
WORKER_EXIT_WAIT_S = 5.0
# Results per reply. Small replies are parsed while the worker decodes the next ones, and each
# holds the GIL for about a millisecond: the pipe read between two releases it, so the thread
# writing the store waits for the parsing thread in short turns. (A worker's share as one reply
# held it for tens of milliseconds at a time and could only be parsed once all was decoded.)
REPLY_VALUES = 25


class FlattenerFailed(RuntimeError):
    """A worker process died or raised something other than a DecodeError; the message has its traceback."""


class Flattener(Protocol):
    def submit(self, values: list[bytes | None]) -> None:
        """Start on a batch of record values (None for a record without one); one batch at a time."""

    def results(self) -> list[Result]:
        """The submitted batch's results, in order; raises FlattenerFailed if a worker failed."""

    def close(self) -> None: ...


def flatten(value: bytes | None) -> Result:
    """Decode one record value as ArticleEnriched and flatten it, or say why it is not one."""
    try:
        return rows_of(decode(value if value is not None else b"", ArticleEnriched))
    except DecodeError as exc:
        return exc


def open_flattener(processes: int) -> Flattener:
    """``processes`` worker processes, or the caller's own thread for 0."""
    return ProcessFlattener(processes) if processes > 0 else InlineFlattener()


class InlineFlattener:
    def __init__(self) -> None:
        self._values: list[bytes | None] = []

    def submit(self, values: list[bytes | None]) -> None:
        self._values = values

    def results(self) -> list[Result]:
        values, self._values = self._values, []
        return [flatten(v) for v in values]

    def close(self) -> None:
        pass


def _frame(values: list[bytes | None]) -> bytes:
    """Count, lengths, then the values back to back (a missing value as zero bytes)."""
    chunks = [v or b"" for v in values]
    return struct.pack(f"<I{len(chunks)}I", len(chunks), *map(len, chunks)) + b"".join(chunks)


def _unframe(frame: bytes) -> list[bytes]:
    (count,) = struct.unpack_from("<I", frame)
    values, position = [], 4 + 4 * count
    for length in struct.unpack_from(f"<{count}I", frame, 4):
        values.append(frame[position:position + length])
        position += length
    return values


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """Ignore SIGINT and SIGTERM while a worker is started. An ignored signal stays ignored
    across exec, so the worker ignores them from its first instruction, before ``_serve`` runs.
    (Only the main thread may change handlers; from another thread ``_serve`` alone does it.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def _serve(conn: Connection) -> None:
    """A worker process: answer each frame received until the pipe closes.

    Interrupts and terminations are left to the projector (a Ctrl-C reaches the whole process
    group): it writes the batch in flight and then closes the pipe, which ends this loop."""
    from services.projector.collector import tune_collector

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    tune_collector()
    while True:
        try:
            frame = conn.recv_bytes()
        except EOFError:
            return
        for reply in _replies(frame):
            conn.send_bytes(reply)


def _replies(frame: bytes) -> Iterator[bytes]:
    """The results of a frame's values, in order, as JSON arrays of up to REPLY_VALUES: rows, or
    ``{"error": message}`` for a value that does not decode. Anything else ends the frame's
    replies with ``{"failed": traceback}``, which fails the whole batch."""
    try:
        values = _unframe(frame)
        for start in range(0, len(values), REPLY_VALUES):
            yield orjson.dumps([
                {"error": str(result)} if isinstance(result, DecodeError) else rows_to_json(result)
                for result in map(flatten, values[start:start + REPLY_VALUES])
            ])
    except Exception:  # noqa: BLE001 - reported to the projector, which stops
        yield orjson.dumps({"failed": traceback.format_exc()})


def _result(item: list | dict) -> Result:
    return DecodeError(item["error"]) if isinstance(item, dict) else rows_from_json(item)


class ProcessFlattener:
    """Flattens in ``processes`` worker processes, each taking a contiguous share of a batch.

    Workers are started with ``spawn``, never forked from the projector (whose Kafka client runs
    threads). One batch at a time per worker, and the projector always collects a batch before
    submitting the next, so neither side can block on a full pipe while the other does too.

    A thread of this object sends the batch and receives the replies, turning them into rows as
    they arrive, while the projector writes the previous batch: parsing took about 65 us per event
    in the projector's thread (bench/bench_projector.py, 100,000 events). Measured with the
    projector (50,000 events, alternating runs on one filled topic): 1,486 against 1,385 events/s.
    Sending from that thread and replying in pieces of REPLY_VALUES (together with the projector's
    smaller partition fetches; 100,000 events, alternating runs): 1,813, 1,754 and 1,783 against
    1,607, 1,598 and 1,674 events/s, with the projecting thread blocked 7.5-8.6 instead of
    13.6-14.4 s.
    """

    def __init__(self, processes: int) -> None:
        if processes < 1:
            raise ValueError(f"flattener processes: {processes}, at least 1 needed")
        context = multiprocessing.get_context("spawn")
        self._pipes: list[Connection] = []
        self._workers = []
        for n in range(processes):
            ours, theirs = context.Pipe()
            worker = context.Process(target=_serve, args=(theirs,), name=f"copydesk-flattener-{n}", daemon=True)
            with _interrupts_ignored():
                worker.start()
            theirs.close()
            self._pipes.append(ours)
            self._workers.append(worker)
        self._receiver: threading.Thread | None = None
        self._received: list[Result] | FlattenerFailed = []

    def submit(self, values: list[bytes | None]) -> None:
        if self._receiver is not None:
            raise RuntimeError("flattener: results() of the previous batch first")
        share = -(-len(values) // len(self._pipes))  # ceiling division
        shares = [(pipe, values[n * share:(n + 1) * share]) for n, pipe in enumerate(self._pipes)]
        self._exchange_in_background([(pipe, _frame(chunk), len(chunk)) for pipe, chunk in shares if chunk])

    def _exchange_in_background(self, shares: list[tuple[Connection, bytes, int]]) -> None:
        """Start the thread that sends each ``(pipe, frame, values)`` its frame and reads back that
        many results."""
        self._receiver = threading.Thread(target=self._exchange, args=(shares,), name="copydesk-flattener-replies",
                                          daemon=True)
        self._receiver.start()

    def results(self) -> list[Result]:
        if self._receiver is None:
            return []
        self._receiver.join()
        self._receiver, received, self._received = None, self._received, []
        if isinstance(received, FlattenerFailed):
            raise received
        return received

    def _exchange(self, shares: list[tuple[Connection, bytes, int]]) -> None:
        """Send the frames, then read every worker's results in order, for results(): the rows,
        or the failure. (The pipes' writes and reads release the GIL.)"""
        out: list[Result] = []
        try:
            for pipe, frame, _ in shares:
                pipe.send_bytes(frame)
            for pipe, _, expected in shares:
                out += self._read(pipe, expected)
        except (EOFError, OSError) as exc:
            self._received = FlattenerFailed(f"flattener process exited ({exc!r}); {self._exit_codes()}")
            return
        except FlattenerFailed as exc:
            self._received = exc
            return
        except Exception:  # noqa: BLE001 - e.g. a reply that is not what _replies writes: results() raises it
            self._received = FlattenerFailed(f"flattener replies unreadable:\n{traceback.format_exc()}")
            return
        self._received = out

    @staticmethod
    def _read(pipe: Connection, expected: int) -> list[Result]:
        """``expected`` results from the replies of the worker at ``pipe``."""
        out: list[Result] = []
        while len(out) < expected:
            reply = orjson.loads(pipe.recv_bytes())
            if isinstance(reply, dict):
                raise FlattenerFailed(f"flattener process failed:\n{reply['failed']}")
            if not isinstance(reply, list) or not reply:
                raise TypeError(f"reply after {len(out)} of {expected} results is no list of them: {str(reply)[:80]!r}")
            out += [_result(item) for item in reply]
        return out

    def close(self) -> None:
        receiver, self._receiver = self._receiver, None
        if receiver is not None:  # a batch never collected: no pipe is closed under the thread reading it
            receiver.join(WORKER_EXIT_WAIT_S)
            if receiver.is_alive():  # a worker still busy: stopping it ends the reply with EOF
                for worker in self._workers:
                    worker.terminate()
                receiver.join()
        for pipe in self._pipes:
            pipe.close()  # the worker's recv_bytes() ends with EOFError
        for worker in self._workers:
            worker.join(WORKER_EXIT_WAIT_S)
            if worker.is_alive():
                worker.terminate()
                worker.join()

    def _exit_codes(self) -> str:
        return "exit codes: " + ", ".join(f"{w.name}={w.exitcode}" for w in self._workers)
