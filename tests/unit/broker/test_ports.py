"""Choosing the local broker's ports (pure) and the size limits in its server.properties."""

import random

from services.broker.local import LOWEST_PORT, LocalBroker, pick_port


def test_a_new_port_is_below_the_ephemeral_range_and_usable():
    rng = random.Random(7)
    taken = set(range(LOWEST_PORT, 30000))
    ports = {pick_port(lambda p: p not in taken, (32768, 60999), rng) for _ in range(200)}
    assert all(30000 <= p < 32768 for p in ports)


def test_no_port_when_the_ephemeral_range_starts_too_low_or_nothing_is_usable():
    assert pick_port(lambda p: True, (1024, 65535), random.Random(1)) is None
    assert pick_port(lambda p: False, (32768, 60999), random.Random(1), tries=5) is None


def test_records_of_64_mib_fit_the_broker_and_its_requests(tmp_path):
    props = LocalBroker(tmp_path, tmp_path)._write_properties(24000, 24001).read_text().splitlines()
    settings = dict(line.split("=", 1) for line in props if "=" in line)
    assert int(settings["message.max.bytes"]) == 64 * 1024 * 1024
    assert int(settings["replica.fetch.max.bytes"]) == 64 * 1024 * 1024
    assert int(settings["socket.request.max.bytes"]) >= 64 * 1024 * 1024
    assert settings["listeners"] == "PLAINTEXT://127.0.0.1:24000,CONTROLLER://127.0.0.1:24001"
