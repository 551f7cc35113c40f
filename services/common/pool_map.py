"""Running a pure function over a batch of byte strings, in worker processes when configured.

``PoolMap(fn, processes).submit(values)`` starts ``fn`` on every value and returns a ``Mapped``
whose ``result()`` gives the outputs in order. With ``processes=0`` the work is done in
``result()``, in the caller's thread; otherwise the batch is split into one contiguous share per
process of a spawned ProcessPoolExecutor (never forked: the caller may run threads, like Kafka's
client), and the caller can do other work meanwhile.

Only bytes cross the process boundary: ``fn`` takes a value and returns bytes it encoded itself
(orjson, the events codec), so nothing from the wire is ever unpickled. ``fn`` must be a
module-level function (it is sent by name). A worker that raises fails ``result()`` with its
exception; one that dies fails it with BrokenProcessPool.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

Fn = Callable[[bytes | None], bytes]


def _map_share(fn: Fn, values: Sequence[bytes | None]) -> list[bytes]:
    return [fn(v) for v in values]


def _start_worker(initializer: Callable[[], None] | None) -> None:
    """Interrupts and terminations are the parent's to handle (a Ctrl-C reaches the whole process
    group): it finishes its batch, then shuts the pool down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if initializer is not None:
        initializer()


class Mapped:
    """One submitted batch; ``result()`` once."""

    def __init__(self, fn: Fn, values: Sequence[bytes | None], futures: list[Future[list[bytes]]]) -> None:
        self._fn, self._values, self._futures = fn, values, futures

    def result(self) -> list[bytes]:
        if not self._futures:
            return _map_share(self._fn, self._values)
        return [out for future in self._futures for out in future.result()]


class PoolMap:
    """``fn`` over batches in ``processes`` worker processes (0: in the caller's thread), each
    worker first running ``initializer`` (a module-level function) if given."""

    def __init__(self, fn: Fn, processes: int = 0, initializer: Callable[[], None] | None = None) -> None:
        if processes < 0:
            raise ValueError(f"pool processes: {processes}, at least 0 needed")
        self.fn, self.processes = fn, processes
        self._pool = (
            ProcessPoolExecutor(
                processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(initializer,),
            )
            if processes
            else None
        )

    def submit(self, values: Sequence[bytes | None]) -> Mapped:
        if self._pool is None or not values:
            return Mapped(self.fn, values, [])
        share = -(-len(values) // self.processes)  # ceiling division
        return Mapped(
            self.fn,
            values,
            [
                self._pool.submit(_map_share, self.fn, values[start : start + share])
                for start in range(0, len(values), share)
            ],
        )

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
