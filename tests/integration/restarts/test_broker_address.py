"""The local broker keeps its address across restarts: the same ports after a pause and right
after a stop (its old connections still in TIME_WAIT), and a clear error, never a new address,
when another process holds its port."""

from __future__ import annotations

import socket
import time

import pytest
from kafka import KafkaAdminClient

from services.broker.local import BrokerError, LocalBroker

pytestmark = pytest.mark.broker


def _connected_client(bootstrap: str) -> KafkaAdminClient:
    """A client whose connections stay open, so the stopping broker closes them first and its
    side of each one lingers in TIME_WAIT: what made the old restart pick a new port."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
    admin.list_topics()
    return admin


def _plain_bind_fails(port: int) -> bool:
    """Whether binding ``port`` without SO_REUSEADDR fails (the TIME_WAIT this test is about)."""
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
        return False


def _answers(bootstrap: str) -> bool:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    try:
        admin.list_topics()
        return True
    finally:
        admin.close()


def test_restart_right_after_stop_keeps_the_address(own_broker: LocalBroker) -> None:
    before = own_broker.status()
    client = _connected_client(before.bootstrap)
    try:
        own_broker.stop()
        assert _plain_bind_fails(before.port), "premise: the stopped broker's port should be in TIME_WAIT"
        after = own_broker.start()
    finally:
        client.close()
    assert (after.port, after.controller_port) == (before.port, before.controller_port)
    assert _answers(after.bootstrap)


def test_restart_after_a_pause_keeps_the_address(own_broker: LocalBroker) -> None:
    before = own_broker.status()
    client = _connected_client(before.bootstrap)
    try:
        own_broker.stop()
        time.sleep(5)  # `broker stop; sleep 15; broker start` in the report; TIME_WAIT lasts 60 s
        after = own_broker.start()
    finally:
        client.close()
    assert after.bootstrap == before.bootstrap
    assert _answers(after.bootstrap)


def test_a_port_held_by_another_process_is_an_error_naming_it(own_broker: LocalBroker) -> None:
    before = own_broker.status()
    own_broker.stop()
    squatter = socket.socket()
    squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    squatter.bind(("127.0.0.1", before.port))
    squatter.listen()
    try:
        started = time.monotonic()
        with pytest.raises(BrokerError) as raised:
            own_broker.start(port_wait=1.0)
        assert time.monotonic() - started < 10
    finally:
        squatter.close()
    assert str(before.port) in str(raised.value) and str(own_broker.folder) in str(raised.value)
    assert own_broker.status() is None
    assert own_broker.start().bootstrap == before.bootstrap  # once the port is free again
