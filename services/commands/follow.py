"""`copydesk ingest --follow URL... [--feeds FILE]`: follow RSS/Atom feeds until SIGTERM.

Polls every feed on ``COPYDESK_FEED_INTERVAL_SECONDS`` and publishes each new or changed item
(see :mod:`services.feeds.follower`); what was published is remembered in
``COPYDESK_FEED_STATE_DIR`` (default ``$COPYDESK_HOME/feeds``) across restarts. SIGTERM or SIGINT
stops it after the poll in progress (at most the fetch timeout). ``--once`` polls each feed once
and exits, 1 when any poll failed or any item was rejected.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Sequence

from services.common.settings import Settings
from services.feeds.follower import FollowSettings


def follow_settings(settings: Settings) -> FollowSettings:
    return FollowSettings(
        interval=settings.feed_interval_seconds,
        timeout=settings.feed_timeout_seconds,
        max_feed_bytes=settings.feed_max_bytes,
        max_input_bytes=settings.max_input_bytes,
        backoff_base=settings.feed_backoff_seconds,
        backoff_cap=settings.feed_backoff_max_seconds,
        max_items=settings.feed_state_items,
    )


def run(settings: Settings, urls: Sequence[str], files: Sequence[str], *, once: bool, source: str | None = None) -> int:
    from events.topics import RAW
    from services.bootstrap import build_publisher, connect_cluster, serve_metrics
    from services.common.metrics import create_metrics
    from services.feeds.feedlist import FeedListError, feed_specs
    from services.feeds.follower import FeedFollower

    try:
        specs = feed_specs(urls, files, source=source)
    except FeedListError as exc:
        raise SystemExit(f"copydesk: {exc}") from None
    if not specs:
        raise SystemExit("copydesk: no feeds to follow")
    cluster = connect_cluster(settings, start=False)
    metrics = create_metrics()
    serve_metrics(settings, metrics)
    publisher = build_publisher(cluster, "copydesk-feeds")
    follower = FeedFollower(
        specs,
        publisher,
        RAW.name(settings.topic_prefix),
        settings.feed_state_dir or settings.home / "feeds",
        follow_settings(settings),
        metrics=metrics,
    )
    try:
        if once:
            polls = follower.poll_all()
            for poll in polls:
                print(poll.summary())
            return 1 if any(p.error or p.rejected for p in polls) else 0
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        print(f"following {len(specs)} feed(s) every {settings.feed_interval_seconds:g} s", flush=True)
        follower.run(stop)
        print("stopped", flush=True)
        return 0
    finally:
        publisher.close()
