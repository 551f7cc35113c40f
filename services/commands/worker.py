"""`copydesk worker`: the faust worker running the cleaning and enrichment agents.

SIGTERM or SIGINT starts faust's graceful stop, and the process ends within STOP_GRACE_S of the
signal whatever happens: faust's stop can hang for good inside its Kafka consumer thread when the
broker is unreachable. The bounded stop (``exit_unless_stopped_within``) is shared with
`copydesk project`.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from typing import TYPE_CHECKING

from services.common.settings import Settings

if TYPE_CHECKING:
    import faust

log = logging.getLogger(__name__)

STOP_GRACE_S = 8.0  # callers are promised an exit within 10 s of SIGTERM
HARD_EXIT_STATUS = 143  # 128 + SIGTERM: what a shell reports for a process that SIGTERM ended

_deadline_armed = threading.Lock()  # held once the deadline is set: there is only one


def exit_unless_stopped_within(seconds: float, what: str) -> None:
    """Hard-exit the process (logs flushed, then ``os._exit(HARD_EXIT_STATUS)``) if it still runs
    ``seconds`` from now; calls after the first do nothing.

    For a stop asked for by a signal. Safe because delivery is at-least-once and nothing is
    acknowledged before its outputs are (processors: an offset is committed only after the output
    was confirmed; projector: offsets are stored in the transaction with the rows): a hard exit
    only makes Kafka deliver some records again. (One exception: a dead letter the projector is
    still retrying is lost, as it would be if the projector stopped cleanly then.)
    """
    if not _deadline_armed.acquire(blocking=False):
        return

    def expire() -> None:
        log.error("%s did not stop within %g s of the signal; exiting now", what, seconds)
        _flush_logs()
        os._exit(HARD_EXIT_STATUS)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()


def _flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        try:
            handler.flush()
        except Exception:  # noqa: BLE001 - exiting anyway; the other handlers still get flushed
            pass
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            if stream is not None:
                stream.flush()
        except Exception:  # noqa: BLE001
            pass


def bounded_stop_worker(app: faust.App, loglevel: str) -> faust.Worker:
    """faust's worker for ``app``, whose stop on SIGTERM/SIGINT ends the process within
    STOP_GRACE_S, and which leaves the root logger at ``loglevel``."""
    import faust

    class BoundedStopWorker(faust.Worker):
        """faust's worker, whose stop on SIGTERM/SIGINT ends the process within STOP_GRACE_S."""

        def install_signal_handlers(self) -> None:
            super().install_signal_handlers()
            # asyncio delivers these signals to faust through the loop's wakeup pipe, whatever
            # the Python-level handler; that handler arms the deadline as soon as the signal
            # comes, even while the loop is busy or stuck.
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: exit_unless_stopped_within(STOP_GRACE_S, "the worker"))

        def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
            # faust's terminal spinner lowers the root logger to DEBUG so that it can spin on
            # every record: every debug call on the hot path (aiokafka's per-message send, faust's
            # publish) then builds and handles a record, ~3% of the worker's CPU in a profile.
            # Without the spinner the root logger keeps the configured level.
            self.spinner = None
            super().on_setup_root_logger(logger, level)

    return BoundedStopWorker(app, loglevel=loglevel, quiet=True)


def run(settings: Settings) -> int:
    from services.bootstrap import build_worker

    build_worker(settings).execute_from_commandline()  # returns only when the worker stops (SIGTERM / SIGINT)
    return 0
