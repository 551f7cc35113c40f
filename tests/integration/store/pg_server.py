"""A throwaway PostgreSQL server from Debian's packages, for the store tests and the benchmark.

``ThrowawayPostgres().start()`` finds /usr/lib/postgresql/<newest>/bin (installing the
``postgresql`` package with apt-get when it is absent and we are root), makes a cluster with
initdb in a new temporary folder, starts it on a free localhost port (as the ``postgres`` user
when we are root, since the server refuses to run as root), creates an empty database and
returns its URL. ``stop()`` stops the server and deletes the folder. Failures raise
PostgresUnavailable with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _run(cmd: list[str], what: str, timeout: float = 120, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    if done.returncode != 0:
        raise PostgresUnavailable(f"{what} failed (exit {done.returncode}): {(done.stderr or done.stdout)[-1500:]}")


def _installed() -> list[str]:
    return sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(Path(p).parts[-3]))


def postgres_bindir() -> Path:
    """The bin folder of the newest installed PostgreSQL, installing Debian's package if needed."""
    found = _installed()
    if not found:
        if os.geteuid() != 0:
            raise PostgresUnavailable("/usr/lib/postgresql/*/bin/postgres is absent and we are not root to install it")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        _run(["apt-get", "update"], "apt-get update", timeout=900, env=env)
        _run(["apt-get", "install", "-y", "--no-install-recommends", "postgresql"], "apt-get install postgresql",
             timeout=900, env=env)
        found = _installed()
        if not found:
            raise PostgresUnavailable("the postgresql package installed no /usr/lib/postgresql/*/bin/postgres")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    def __init__(self) -> None:
        self._folder: Path | None = None
        self._pg_ctl: list[str] = []

    def start(self) -> str:
        """Start the server; the URL of a fresh empty database on it."""
        import psycopg

        bindir = postgres_bindir()
        self._folder = folder = Path(tempfile.mkdtemp(prefix="copydesk-pg-"))
        as_postgres: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
            as_postgres = ["runuser", "-u", "postgres", "--"]
        data = folder / "db"
        self._pg_ctl = [*as_postgres, str(bindir / "pg_ctl"), "-D", str(data)]
        port = _free_port()
        _run([*as_postgres, str(bindir / "initdb"), "-D", str(data), "-U", "copydesk", "-A", "trust", "-E", "UTF8",
              "--locale=C.UTF-8"], "initdb")
        # fsync off: a throwaway cluster never needs to survive a machine crash.
        _run([*self._pg_ctl, "-l", str(folder / "server.log"), "-w", "-t", "60",
              "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"], "pg_ctl start")
        name = f"copydesk_test_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(f"postgresql://copydesk@127.0.0.1:{port}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://copydesk@127.0.0.1:{port}/{name}"

    def stop(self) -> None:
        if self._pg_ctl:
            subprocess.run([*self._pg_ctl, "-m", "fast", "-w", "stop"], capture_output=True, timeout=120)
            self._pg_ctl = []
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
