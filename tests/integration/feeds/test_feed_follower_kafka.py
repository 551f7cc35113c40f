"""`copydesk ingest --follow` as a process on the real broker: new items once, SIGTERM stops it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from events.codec import decode
from events.models import ArticleReceived
from events.topics import RAW
from tests.conftest import REPO, read_topic, settings_env
from tests.integration.feeds.feed_server import Route, feed_server
from tests.unit.feeds.feeds_samples import rss, story

pytestmark = pytest.mark.broker


def test_follow_publishes_each_new_item_once_and_stops_on_sigterm(broker_settings, tmp_path):
    topic = RAW.name(broker_settings.topic_prefix)
    bootstrap = broker_settings.kafka_bootstrap_servers
    env = settings_env(broker_settings) | {"COPYDESK_FEED_INTERVAL_SECONDS": "0.3", "COPYDESK_LOG_LEVEL": "INFO"}
    log_path = tmp_path / "follow.log"
    with feed_server() as web, open(log_path, "wb") as log:
        web.routes["/wire.xml"] = Route(rss([story(1), story(2)]), etag='"v1"')
        feeds_file = tmp_path / "feeds.txt"
        feeds_file.write_text(f"# one wire\n{web.base}/wire.xml Agence Exemple\n")
        proc = subprocess.Popen([sys.executable, "-m", "services.cli", "ingest", "--feeds", str(feeds_file)],
                                cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            first = read_topic(bootstrap, topic, 2, timeout_ms=60_000)
            assert len(first) == 2, log_path.read_text()
            web.routes["/wire.xml"] = Route(rss([story(3), story(1), story(2)]), etag='"v2"')
            polls = len(web.requests)
            deadline = time.monotonic() + 30
            while len(web.requests) < polls + 4 and time.monotonic() < deadline:  # several polls after the change
                time.sleep(0.1)
            proc.send_signal(signal.SIGTERM)
            status = proc.wait(timeout=15)
        finally:
            if proc.poll() is None:
                proc.kill()
    output = log_path.read_text()
    assert status == 0 and "stopped" in output, output
    records = read_topic(bootstrap, topic, 4, timeout_ms=5_000)
    events = [decode(r.value, ArticleReceived) for r in records]
    assert [e.headline for e in events] == ["Story 1", "Story 2", "Story 3"], output
    assert {e.source for e in events} == {"Agence Exemple"}
    assert all(r.key.decode() == e.article_id for r, e in zip(records, events))
    assert list((broker_settings.home / "feeds").glob("*.json")), "the follower's state file"
