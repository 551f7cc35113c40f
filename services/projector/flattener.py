"""Decoding enriched record values and flattening them into store rows, optionally in other processes.

Decoding an event (pydantic validation) and flattening it (``rows.rows_of``) took about 40% of
the projector's CPU time per event (profiled with bench/bench_projector.py). The store write,
most of the rest, can only run in one thread. So the projector hands each batch to a flattener and writes the previous batch
meanwhile: ``submit(values)`` starts a batch, ``results()`` returns it, one batch at a time.

- ``InlineFlattener`` does the work in ``results()``, in the caller's thread (``processes=0``).
- ``ProcessFlattener`` splits each batch across worker processes, and reads their replies in a
  thread of its own.

A batch's results (``Decoded``) are, for each record, its ``ArticleRows`` (``StoryRows`` for a
StoryUpdated, ``WithdrawalRows`` for an ArticleWithdrawn) or the ``DecodeError`` that says why the value is not a valid ArticleEnriched or
StoryUpdated event: as a list, or, from worker
processes, as the ``Replies`` they sent, not yet parsed. ``results_of`` gives the list either way.
It runs where the batch is written (see ``writer``): a writer process is handed the replies as
they came, and the projector's process never parses them.

Nothing crosses a process boundary as pickle. Record values go out as length-prefixed bytes;
rows come back as orjson arrays (``rows.rows_to_json``), in replies of REPLY_VALUES results (the
last one of a batch fewer), so that the replies are read while the worker decodes.
"""

from __future__ import annotations

import struct
import threading
import traceback
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import NamedTuple, Protocol

import orjson

from events.codec import DecodeError, decode
from events.models import ArticleEnriched, ArticleWithdrawn, StoryUpdated
from services.projector.children import ignore_interrupts, start_child, stop_child
from services.store.rows import Rows, rows_from_json, rows_of, rows_to_json, story_rows_of, withdrawal_rows_of

Result = Rows | DecodeError
WORKER_EXIT_WAIT_S = 5.0
# Results per reply. Small replies are read while the worker decodes the next ones, so that its
# pipe never fills up while the projector is busy elsewhere.
REPLY_VALUES = 25


class Replies(NamedTuple):
    """A batch's ``count`` results as the worker processes sent them: JSON arrays, unparsed."""

    frames: list[bytes]
    count: int


Decoded = list[Result] | Replies


class FlattenerFailed(RuntimeError):
    """A worker process died or raised something other than a DecodeError; the message has its traceback."""


class Flattener(Protocol):
    def submit(self, values: list[bytes | None]) -> None:
        """Start on a batch of record values (None for a record without one); one batch at a time."""

    def results(self) -> Decoded:
        """The submitted batch's results, in order (see ``results_of``); raises FlattenerFailed if a
        worker failed."""

    def close(self) -> None: ...


def flatten(value: bytes | None) -> Result:
    """Decode one record value as ArticleEnriched (or StoryUpdated) and flatten it, or say why it
    is neither."""
    try:
        event = decode(value if value is not None else b"", (ArticleEnriched, StoryUpdated, ArticleWithdrawn))
    except DecodeError as exc:
        return exc
    if isinstance(event, ArticleWithdrawn):
        return withdrawal_rows_of(event)
    return story_rows_of(event) if isinstance(event, StoryUpdated) else rows_of(event)  # type: ignore[arg-type]


def reply_of(results: list[Result]) -> bytes:
    """``results`` as one reply: a JSON array of rows, or ``{"error": message}`` for a value that
    does not decode."""
    return orjson.dumps([{"error": str(r)} if isinstance(r, DecodeError) else rows_to_json(r) for r in results])


# How reply_of writes a failed value. Rows are JSON arrays, and a quote inside a JSON string is
# escaped, so these bytes appear in a reply only where a value failed.
_FAILURE_MARK = b'{"error":'


def failures_of(decoded: Decoded) -> list[tuple[int, DecodeError]]:
    """The values of a batch that did not decode: (position, why). Replies are parsed only when
    one of them holds a failure, so a batch without one costs a byte search."""
    if isinstance(decoded, Replies) and not any(_FAILURE_MARK in frame for frame in decoded.frames):
        return []
    return [(i, result) for i, result in enumerate(results_of(decoded)) if isinstance(result, DecodeError)]


def results_of(decoded: Decoded) -> list[Result]:
    """The results of a batch, parsing them if they are still ``Replies``; raises FlattenerFailed
    when the replies are not the results ``reply_of`` writes, or not as many as announced."""
    if not isinstance(decoded, Replies):
        return decoded
    out: list[Result] = []
    try:
        for frame in decoded.frames:
            reply = orjson.loads(frame)
            if not isinstance(reply, list) or not reply:
                raise TypeError(f"reply after {len(out)} of {decoded.count} results is no list of them: {frame[:80]!r}")
            out += [_result(item) for item in reply]
    except Exception as exc:  # noqa: BLE001 - whatever the replies hold, the batch fails with its traceback
        raise FlattenerFailed(f"flattener replies unreadable:\n{traceback.format_exc()}") from exc
    if len(out) != decoded.count:
        raise FlattenerFailed(f"flattener replies unreadable: {len(out)} results for {decoded.count} values")
    return out


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


def _serve(conn: Connection) -> None:
    """A worker process (see ``children``): answer each frame received until the pipe closes."""
    from services.projector.collector import tune_collector

    ignore_interrupts()
    tune_collector()
    while True:
        try:
            frame = conn.recv_bytes()
        except (EOFError, OSError):  # closed, or reset: the projector exited with a reply unread
            return
        try:
            for reply in _replies(frame):
                conn.send_bytes(reply)
        except OSError:  # the projector is gone
            return


def _replies(frame: bytes) -> Iterator[bytes]:
    """The results of a frame's values, in order, as JSON arrays of up to REPLY_VALUES: rows, or
    ``{"error": message}`` for a value that does not decode. Anything else ends the frame's
    replies with ``{"failed": traceback}``, which fails the whole batch."""
    try:
        values = _unframe(frame)
        for start in range(0, len(values), REPLY_VALUES):
            yield reply_of([flatten(v) for v in values[start:start + REPLY_VALUES]])
    except Exception:  # noqa: BLE001 - reported to the projector, which stops
        yield orjson.dumps({"failed": traceback.format_exc()})


def _result(item: list | dict) -> Result:
    return DecodeError(item["error"]) if isinstance(item, dict) and "error" in item else rows_from_json(item)


class ProcessFlattener:
    """Flattens in ``processes`` worker processes, each taking a contiguous share of a batch.

    One batch at a time per worker, and the projector always collects a batch before submitting
    the next, so neither side can block on a full pipe while the other does too.

    A thread of this object sends the batch and reads the replies as they arrive, while the
    projector writes the previous batch. It does not parse them (``results()`` gives ``Replies``):
    parsing in this process took about 70 us per event, and whatever this process's threads run
    holds up the thread writing the store for as long (they share one GIL). Parsed where the store
    is written, in a writer process (bench/bench_projector.py, 100,000 events, alternating runs
    on one filled topic): 2,391 and 2,339 against 2,044 and 2,003 events/s.
    """

    def __init__(self, processes: int) -> None:
        if processes < 1:
            raise ValueError(f"flattener processes: {processes}, at least 1 needed")
        self._pipes: list[Connection] = []
        self._workers = []
        for n in range(processes):
            pipe, worker = start_child(_serve, (), f"copydesk-flattener-{n}")
            self._pipes.append(pipe)
            self._workers.append(worker)
        self._receiver: threading.Thread | None = None
        self._received: Replies | FlattenerFailed = Replies([], 0)

    def submit(self, values: list[bytes | None]) -> None:
        if self._receiver is not None:
            raise RuntimeError("flattener: results() of the previous batch first")
        share = -(-len(values) // len(self._pipes))  # ceiling division
        shares = [(pipe, values[n * share:(n + 1) * share]) for n, pipe in enumerate(self._pipes)]
        self._exchange_in_background([(pipe, _frame(chunk), len(chunk)) for pipe, chunk in shares if chunk])

    def _exchange_in_background(self, shares: list[tuple[Connection, bytes, int]]) -> None:
        """Start the thread that sends each ``(pipe, frame, values)`` its frame and reads back the
        replies of that many results."""
        self._receiver = threading.Thread(target=self._exchange, args=(shares,), name="copydesk-flattener-replies",
                                          daemon=True)
        self._receiver.start()

    def results(self) -> Replies:
        if self._receiver is None:
            return Replies([], 0)
        self._receiver.join()
        self._receiver, received, self._received = None, self._received, Replies([], 0)
        if isinstance(received, FlattenerFailed):
            raise received
        return received

    def _exchange(self, shares: list[tuple[Connection, bytes, int]]) -> None:
        """Send the frames, then read every worker's replies in order, for results(): the
        replies, or the failure. (The pipes' writes and reads release the GIL.)"""
        frames: list[bytes] = []
        try:
            for pipe, frame, _ in shares:
                pipe.send_bytes(frame)
            for pipe, _, expected in shares:
                frames += self._read(pipe, expected)
        except (EOFError, OSError) as exc:
            self._received = FlattenerFailed(f"flattener process exited ({exc!r}); {self._exit_codes()}")
            return
        except FlattenerFailed as exc:
            self._received = exc
            return
        self._received = Replies(frames, sum(expected for _, _, expected in shares))

    @staticmethod
    def _read(pipe: Connection, expected: int) -> list[bytes]:
        """The replies of ``expected`` results from the worker at ``pipe``: one per REPLY_VALUES
        of them, unless the worker failed, which its reply (an object, not an array) reports."""
        replies: list[bytes] = []
        for _ in range(0, expected, REPLY_VALUES):
            reply = pipe.recv_bytes()
            if reply[:1] == b"{":
                raise FlattenerFailed(f"flattener process failed:\n{_failure(reply)}")
            replies.append(reply)
        return replies

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
            stop_child(worker, WORKER_EXIT_WAIT_S)

    def _exit_codes(self) -> str:
        return "exit codes: " + ", ".join(f"{w.name}={w.exitcode}" for w in self._workers)


def _failure(reply: bytes) -> str:
    """The traceback a worker's ``{"failed": ...}`` reply carries (or the reply itself, if it is not one)."""
    try:
        return str(orjson.loads(reply)["failed"])
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return repr(reply[:200])
