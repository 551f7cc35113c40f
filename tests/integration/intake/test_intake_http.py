"""The push intake on a real server: refusals come before the body is read; good items reach Kafka.

The refusal tests speak raw HTTP over a socket: they declare a body far larger than they send. A
server that read the body would wait for bytes that never come (and the client would time out);
an answer within a second shows it did not read it.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from events.codec import decode
from events.models import ArticleReceived
from events.topics import RAW
from services.bus.memory import MemoryPublisher
from services.intake.app import create_intake_app
from tests.conftest import REPO, read_topic, settings_env
from tests.integration.api.server import free_port
from tests.integration.intake.intake_server import running_intake

TOKEN = "push-token-7f3a"
LIMIT = 256 * 1024
TEXT = ("The harbour authority said on Tuesday that 40 ships waited to dock after the storm. "
        "Repairs to the main quay will take three weeks, the authority's director told reporters.")


def exchange(address: tuple[str, int], head: str, body: bytes = b"", timeout: float = 5.0) -> tuple[int, bytes, float]:
    """Send ``head`` (request line and headers) and ``body``; the status, the answer and the seconds it took."""
    started = time.monotonic()
    with socket.create_connection(address, timeout=timeout) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        answer = b""
        while not _complete(answer):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    return int(answer.split(b" ", 2)[1]), answer, time.monotonic() - started


def _complete(answer: bytes) -> bool:
    head, sep, body = answer.partition(b"\r\n\r\n")
    if not sep:
        return False
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    return len(body) >= length


def post_head(length: int, authorization: str | None) -> str:
    lines = ["POST /ingest HTTP/1.1", "Host: intake", "Content-Type: text/plain", f"Content-Length: {length}"]
    if authorization:
        lines.append(f"Authorization: {authorization}")
    return "\n".join(lines) + "\n"


@pytest.fixture
def intake():  # noqa: ANN201
    bus = MemoryPublisher()
    with running_intake(create_intake_app(bus, "raw", token=TOKEN, max_body_bytes=LIMIT)) as address:
        yield address, bus


@pytest.mark.parametrize("authorization", [None, "Bearer not-the-token", f"Basic {TOKEN}"])
def test_a_missing_or_wrong_token_is_refused_without_reading_the_body(intake, authorization):
    address, bus = intake
    status, answer, seconds = exchange(address, post_head(10 * 1024**3, authorization), b"a little")
    assert status == 401 and seconds < 1.0 and b"bearer token" in answer
    assert not bus.sent


def test_an_oversized_declared_body_is_refused_without_reading_it(intake):
    address, bus = intake
    status, answer, seconds = exchange(address, post_head(50 * 1024 * 1024, f"bearer {TOKEN}"), b"a little")
    assert status == 413 and seconds < 1.0 and b"larger than the 262,144-byte limit" in answer
    assert not bus.sent


def test_a_chunked_body_is_cut_at_the_limit(intake):
    address, bus = intake
    head = "POST /ingest HTTP/1.1\nHost: intake\nContent-Type: text/plain\nTransfer-Encoding: chunked\n" \
           f"Authorization: Bearer {TOKEN}\n"
    chunk = b"y" * 65536
    started = time.monotonic()
    with socket.create_connection(address, timeout=5) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n")
        answer, sent = b"", 0
        sock.setblocking(False)
        while b"\r\n\r\n" not in answer and time.monotonic() - started < 5:
            try:
                answer += sock.recv(65536)
            except BlockingIOError:
                pass
            if sent < 50 * 1024 * 1024 and b"\r\n\r\n" not in answer:
                try:
                    sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent += len(chunk)
                except (BlockingIOError, BrokenPipeError, ConnectionResetError):
                    time.sleep(0.01)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < 50 * 1024 * 1024 and not bus.sent


@pytest.mark.broker
def test_the_intake_command_publishes_good_items_and_stops_on_sigterm(broker_settings, tmp_path):
    topic = RAW.name(broker_settings.topic_prefix)
    port = free_port()
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    env = settings_env(broker_settings) | {"COPYDESK_INTAKE_TOKEN_FILE": str(token_file), "COPYDESK_INTAKE_PORT": str(port)}
    log_path = tmp_path / "intake.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "services.cli", "intake"], cwd=REPO, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.2)
        answer = httpx.post(url + "/ingest", params={"source": "Harbour Wire"}, content=TEXT,
                            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}, timeout=30)
        refused = httpx.post(url + "/ingest", content=TEXT, headers={"Content-Type": "text/plain"}, timeout=30)
        proc.send_signal(signal.SIGTERM)
        status = proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert answer.status_code == 202 and refused.status_code == 401, log_path.read_text()
    assert status == 0, log_path.read_text()
    (record,) = read_topic(broker_settings.kafka_bootstrap_servers, topic, 1, timeout_ms=30_000)
    event = decode(record.value, ArticleReceived)
    assert record.key.decode() == event.article_id == answer.json()["article_id"]
    assert event.source == "Harbour Wire" and event.content == TEXT
