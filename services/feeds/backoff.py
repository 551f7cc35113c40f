"""When to poll a feed next: the interval after a success, capped exponential backoff with jitter
after failures."""

from __future__ import annotations

import random
from collections.abc import Callable


def next_delay(
    failures: int, *, interval: float, base: float, cap: float, rand: Callable[[], float] = random.random
) -> float:
    """Seconds until the next poll.

    ``failures`` is the number of polls in a row that failed (0 after a success). After a success
    the delay is ``interval`` (jittered by up to 10% so feeds started together drift apart); after
    the n-th failure it is ``min(cap, base * 2**(n-1))``, of which a random half is taken off
    ("equal jitter"), so retries of many followers do not arrive together and never exceed ``cap``.
    """
    if failures <= 0:
        return interval * (0.9 + 0.1 * rand())
    ceiling = min(cap, base * 2 ** min(failures - 1, 32))
    return ceiling / 2 + (ceiling / 2) * rand()
