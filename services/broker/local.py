"""A single-node Apache Kafka 4.x broker (combined KRaft controller + broker) on localhost.

State lives in one folder: ``server.properties``, ``data/`` (log dirs, formatted once with a
fresh cluster id), ``ports.json`` (the broker's two ports, chosen at the first start and kept for
good), ``broker.json`` (pid and ports of the running process) and ``broker.log``.
``start()`` is idempotent: a broker already running from the same folder is reused.

The address never changes, so that clients which lost the broker reconnect to the address they
know: a restart binds the same ports again, or fails with a BrokerError naming the port and the
folder; it never moves.
"""

from __future__ import annotations

import base64
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

EPHEMERAL_FALLBACK = (32768, 60999)  # Linux's default net.ipv4.ip_local_port_range
LOWEST_PORT = 20000  # new brokers' ports are drawn from here up to the ephemeral range


class BrokerError(RuntimeError):
    """The local broker could not be started or reached; the message says why."""


@dataclass(frozen=True)
class BrokerInfo:
    pid: int
    port: int
    controller_port: int

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); its /proc state says otherwise.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def _bindable(port: int) -> bool:
    """Whether the broker could listen on 127.0.0.1:``port`` now.

    Binds with SO_REUSEADDR, as the JVM does for every server socket: the connections the previous
    run left in TIME_WAIT (up to 60 s after it stopped) then do not count, only a socket some live
    process holds on the port does.
    """
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def ephemeral_range() -> tuple[int, int]:
    """The range the kernel picks clients' source ports from."""
    try:
        low, high = (int(n) for n in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        return EPHEMERAL_FALLBACK
    return low, high


def pick_port(
    usable: Callable[[int], bool], ephemeral: tuple[int, int], rng: random.Random, tries: int = 200
) -> int | None:
    """A random port for which ``usable(port)`` holds, in [LOWEST_PORT, start of ``ephemeral``);
    None when there is no such range or no usable port in ``tries`` draws.

    Outside the ephemeral range because the port is kept for good: while the broker is down, a
    client's source port (or a reconnecting client connected to itself, which TCP allows when
    source and destination are the same) could otherwise take it and block the restart.
    """
    low, high = LOWEST_PORT, ephemeral[0] - 1
    if high < low:
        return None
    for _ in range(tries):
        port = rng.randint(low, high)
        if usable(port):
            return port
    return None


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class LocalBroker:
    """Start, stop and inspect the broker kept in ``folder`` using the jars in ``jars``."""

    def __init__(self, folder: Path, jars: Path, heap: str = "512m") -> None:
        self.folder = folder.resolve()
        self.jars = jars
        self.heap = heap
        self.state_file = self.folder / "broker.json"
        self.log_file = self.folder / "broker.log"

    # --- inspection ----------------------------------------------------------------------
    def status(self) -> BrokerInfo | None:
        """The running broker of this folder, or None."""
        try:
            info = BrokerInfo(**json.loads(self.state_file.read_text()))
        except (OSError, ValueError, TypeError):
            return None
        if _alive(info.pid) and _port_open(info.port):
            return info
        return None

    # --- lifecycle -----------------------------------------------------------------------
    def start(self, timeout: float = 90.0, port_wait: float = 10.0) -> BrokerInfo:
        """Start the broker (or return the running one) and wait until it answers.

        Raises BrokerError when it cannot start, or when a port of this folder is still held by
        another process after ``port_wait`` seconds.
        """
        running = self.status()
        if running is not None:
            return running
        java = shutil.which(
            "java", path=os.path.join(os.environ.get("JAVA_HOME", ""), "bin") + os.pathsep + os.environ.get("PATH", "")
        )
        if java is None:
            raise BrokerError("java not found: install Java 17 (apt-get install openjdk-17-jre-headless)")
        self.folder.mkdir(parents=True, exist_ok=True)
        port, controller_port = self._ports(port_wait)
        props = self._write_properties(port, controller_port)
        classpath = f"{self.jars}/*"
        if not (self.folder / "data" / "meta.properties").exists():
            self._format(java, classpath, props)
        log = open(self.log_file, "ab")
        proc = subprocess.Popen(
            [
                java,
                f"-Xmx{self.heap}",
                "-Xms128m",
                "-XX:+UseG1GC",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                classpath,
                "kafka.Kafka",
                str(props),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()
        info = BrokerInfo(pid=proc.pid, port=port, controller_port=controller_port)
        self.state_file.write_text(json.dumps(info.__dict__))
        self._await_ready(proc, info, timeout)
        return info

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop the broker cleanly (SIGTERM, then SIGKILL after ``timeout``); False if none ran."""
        try:
            info = BrokerInfo(**json.loads(self.state_file.read_text()))
        except (OSError, ValueError, TypeError):
            return False
        stopped = False
        if _alive(info.pid):
            os.kill(info.pid, signal.SIGTERM)
            deadline = time.monotonic() + timeout
            while _alive(info.pid) and time.monotonic() < deadline:
                _reap(info.pid)
                time.sleep(0.2)
            if _alive(info.pid):
                os.kill(info.pid, signal.SIGKILL)
            _reap(info.pid)
            stopped = True
        self.state_file.unlink(missing_ok=True)
        return stopped

    # --- internals -----------------------------------------------------------------------
    def _ports(self, wait: float) -> tuple[int, int]:
        """This folder's ports: the stored ones, else two new ones, stored before first use.

        Stored ports are always reused. One that another process holds is waited for up to
        ``wait`` seconds, then a BrokerError names it (moving would strand every client).
        """
        ports_file = self.folder / "ports.json"
        try:
            stored = json.loads(ports_file.read_text())
            ports = int(stored["port"]), int(stored["controller_port"])
        except FileNotFoundError:
            ports = _new_ports()
            ports_file.write_text(json.dumps({"port": ports[0], "controller_port": ports[1]}))
            return ports
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BrokerError(f"{ports_file}: unreadable ({exc}); fix it, or delete it to choose new ports") from exc
        deadline = time.monotonic() + wait
        while True:
            taken = [port for port in ports if not _bindable(port)]
            if not taken:
                return ports
            if time.monotonic() >= deadline:
                raise BrokerError(
                    f"port {taken[0]} of the broker in {self.folder} is in use by another process "
                    f"(still after {wait:.0f}s); stop that process, or delete {ports_file} to choose "
                    f"new ports (clients must then be given the new address)"
                )
            time.sleep(0.25)

    def _write_properties(self, port: int, controller_port: int) -> Path:
        data = self.folder / "data"
        props = self.folder / "server.properties"
        props.write_text(
            "\n".join(
                [
                    "process.roles=broker,controller",
                    "node.id=1",
                    f"controller.quorum.voters=1@127.0.0.1:{controller_port}",
                    f"listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
                    f"advertised.listeners=PLAINTEXT://127.0.0.1:{port}",
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    f"log.dirs={data}",
                    "num.partitions=6",
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=6",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    # Topics are created explicitly by copydesk (and by faust for its tables).
                    "auto.create.topics.enable=false",
                    "log.retention.hours=-1",
                    # A 30 MB record and its 40 MB base64 dead letter fit; a request may carry one.
                    "message.max.bytes=67108864",
                    "replica.fetch.max.bytes=67108864",
                    "socket.request.max.bytes=104857600",
                    "",
                ]
            )
        )
        return props

    def _format(self, java: str, classpath: str, props: Path) -> None:
        cluster_id = _cluster_id()
        proc = subprocess.run(
            [
                java,
                "-Xmx256m",
                "-cp",
                classpath,
                "kafka.tools.StorageTool",
                "format",
                f"--cluster-id={cluster_id}",
                "--config",
                str(props),
            ],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            raise BrokerError(f"formatting {self.folder / 'data'} failed: {proc.stderr.strip()[-500:]}")

    def _await_ready(self, proc: subprocess.Popen, info: BrokerInfo, timeout: float) -> None:
        from kafka import KafkaAdminClient  # imported here: the broker module itself needs no client

        deadline = time.monotonic() + timeout
        last_error = "port not open"
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise BrokerError(f"broker exited with status {proc.returncode}; see {self.log_file}")
            if _port_open(info.port):
                try:
                    admin = KafkaAdminClient(bootstrap_servers=info.bootstrap, request_timeout_ms=5000)
                    try:
                        admin.list_topics()
                        return
                    finally:
                        admin.close()
                except Exception as exc:  # noqa: BLE001 - any failure here means "not ready yet"
                    last_error = f"{type(exc).__name__}: {exc}"
            time.sleep(0.5)
        self.stop()
        raise BrokerError(f"broker not ready after {timeout:.0f}s ({last_error}); see {self.log_file}")


def _cluster_id() -> str:
    """A Kafka cluster id: 16 random bytes, URL-safe base64 without padding. Like Kafka's own
    Uuid.randomUuid, never one that starts with '-', which command lines take for an option."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


def _new_ports() -> tuple[int, int]:
    """Two distinct ports for a new broker folder (outside the ephemeral range when it can)."""
    rng, ephemeral = random.SystemRandom(), ephemeral_range()
    port = pick_port(_bindable, ephemeral, rng) or free_port()
    controller_port = pick_port(lambda p: p != port and _bindable(p), ephemeral, rng) or free_port()
    return port, controller_port


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
