"""The stop deadline of `copydesk worker` and `copydesk project`: a process still running when it
expires exits with HARD_EXIT_STATUS, its log written out first."""

import subprocess
import sys
import time

from services.commands.worker import HARD_EXIT_STATUS
from tests.conftest import REPO

STUCK = """
import logging, sys, time
logging.basicConfig(stream=sys.stderr, level=logging.INFO)
from services.commands.worker import exit_unless_stopped_within
exit_unless_stopped_within(0.5, "the stuck process")
exit_unless_stopped_within(60, "a second call")  # does nothing: the first deadline stands
time.sleep(30)
"""


def test_a_process_that_does_not_stop_in_time_exits_with_its_log_flushed():
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", STUCK], cwd=REPO, capture_output=True, text=True, timeout=20)
    assert proc.returncode == HARD_EXIT_STATUS
    assert time.monotonic() - started < 10
    assert "the stuck process did not stop within 0.5 s" in proc.stderr
