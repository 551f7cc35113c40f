"""The projector's helper processes (decoders, the store writer): started, spoken to and stopped alike.

A helper is spawned, never forked from the projector (whose Kafka client runs threads), and talks
to it over one pipe of length-prefixed byte messages (``Connection.send_bytes``); nothing crosses
as pickle. Interrupts and terminations are left to the projector (a Ctrl-C reaches the whole
process group): it finishes the batches in flight and then closes the pipe, which ends the helper.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """Ignore SIGINT and SIGTERM while a helper is started. An ignored signal stays ignored
    across exec, so the helper ignores them from its first instruction, before its target runs.
    (Only the main thread may change handlers; from another thread ``ignore_interrupts`` alone does it.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def ignore_interrupts() -> None:
    """First call of a helper's target: the projector decides when the helper ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def start_child(target: Callable[..., None], args: tuple, name: str) -> tuple[Connection, BaseProcess]:
    """Spawn ``target(their_end_of_the_pipe, *args)`` as process ``name``; return our end and the process."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(target=target, args=(theirs, *args), name=name, daemon=True)
    with _interrupts_ignored():
        child.start()
    theirs.close()
    return ours, child


def stop_child(child: BaseProcess, wait_s: float) -> None:
    """Wait up to ``wait_s`` for a helper whose pipe was closed to end, then terminate it."""
    child.join(wait_s)
    if child.is_alive():
        child.terminate()
        child.join()
