"""The projector's decode step in worker processes (services.common.pool_map.PoolMap over
``flatten``): the same outputs, in order, as in the caller's thread, and a failing or dying
worker fails the batch instead of losing it."""

from __future__ import annotations

import os
import signal
from concurrent.futures.process import BrokenProcessPool

import pytest

from events.codec import encode
from services.common.pool_map import PoolMap
from services.projector.projector import flatten
from tests.integration.store.factories import article


def _fails(value: bytes | None) -> bytes:
    raise ValueError(f"cannot take {value!r}")


def _dies(value: bytes | None) -> bytes:
    os.kill(os.getpid(), signal.SIGKILL)
    return b""


def test_processes_give_what_the_caller_s_thread_gives_in_order() -> None:
    values = [encode(article(f"d-{i:02d}", f"Bulletin {i}.", minutes=i)) for i in range(25)]
    values[7], values[19] = b"not an event", None
    pool = PoolMap(flatten, processes=2)
    try:
        assert pool.submit(values).result() == PoolMap(flatten).submit(values).result()
        assert pool.submit([]).result() == []
    finally:
        pool.close()


def test_a_worker_that_raises_fails_the_batch_with_its_error() -> None:
    pool = PoolMap(_fails, processes=1)
    try:
        with pytest.raises(ValueError, match="cannot take b'x'"):
            pool.submit([b"x"]).result()
    finally:
        pool.close()


def test_a_worker_that_dies_fails_the_batch() -> None:
    pool = PoolMap(_dies, processes=1)
    try:
        with pytest.raises(BrokenProcessPool):
            pool.submit([b"x"]).result()
    finally:
        pool.close()
