"""Poll spacing: the interval after a success, capped exponential backoff with jitter after failures."""

from __future__ import annotations

import random

from services.feeds.backoff import next_delay


def delays(failures: int, rand) -> float:  # noqa: ANN001
    return next_delay(failures, interval=300, base=10, cap=600, rand=rand)


def test_after_a_success_the_interval_with_a_little_jitter():
    assert delays(0, lambda: 0.0) == 270 and delays(0, lambda: 1.0) == 300


def test_failures_double_the_delay_up_to_the_cap():
    top = [delays(n, lambda: 1.0) for n in range(1, 9)]
    assert top == [10, 20, 40, 80, 160, 320, 600, 600]
    assert delays(1000, lambda: 1.0) == 600  # no overflow however long it fails


def test_jitter_keeps_each_delay_between_half_and_the_whole():
    rng = random.Random(7)
    seen = [delays(3, rng.random) for _ in range(200)]
    assert all(20 <= d <= 40 for d in seen) and len({round(d, 3) for d in seen}) > 100
