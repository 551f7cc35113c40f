"""The chaos suite: nothing is lost or duplicated while workers, the projector and the broker fail.

2,000 articles from 24 sources and 100 poison records go into 6 partitions, through two worker
processes in one group and the projector, while workers are SIGKILLed five times (early, while
their tables recover, once partitions have commits, around a rebalance), the projector is
SIGKILLed, the broker stops and starts, and a worker is frozen past its session timeout. The
seed is random unless COPYDESK_CHAOS_SEED is set, and printed; a failure names it.
The longer variant: bench/chaos_soak.py.
"""

import os
import random

import pytest

from tests.integration.chaos.scenario import ChaosRun

pytestmark = pytest.mark.broker


def test_nothing_is_lost_or_duplicated_under_crashes_restarts_and_poison(tmp_path):
    seed = int(os.environ.get("COPYDESK_CHAOS_SEED") or random.SystemRandom().randrange(10**6))
    print(f"chaos seed: {seed} (rerun with COPYDESK_CHAOS_SEED={seed})")
    run = ChaosRun(tmp_path, seed)
    report = run.run()
    assert report.ok, f"{report.summary()}\n{run.diagnosis()}"
