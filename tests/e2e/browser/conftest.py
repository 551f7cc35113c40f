"""Browser fixtures: Debian's chromium (installed here when missing; never skipped) and a
real API server over a SQLite store filled with seed-like articles."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.store.factory import open_store
from services.store.port import Delivery
from tests.integration.api.server import running_api
from tests.unit.api.sample import follow_up, harbour_article

REPO = Path(__file__).resolve().parents[3]
ARTIFACTS = REPO / "test-artifacts" / "browser"
CHROMIUM = "/usr/bin/chromium"


def _apt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["apt-get", *args], capture_output=True, text=True, timeout=900,
                          env={"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"})


@pytest.fixture(scope="session")
def chromium() -> str:
    """The chromium binary; installs Debian's package when it is absent, fails saying why if it cannot."""
    found = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if found:
        return found
    if shutil.which("apt-get") is None:
        pytest.fail("chromium is not installed and apt-get is not available to install it")
    installed = _apt("install", "-y", "chromium")
    if installed.returncode != 0:  # a stale package index is the usual cause: refresh once
        _apt("update")
        installed = _apt("install", "-y", "chromium")
    if installed.returncode != 0 or not Path(CHROMIUM).exists():
        pytest.fail(f"could not install chromium with apt-get (exit {installed.returncode}): {installed.stderr[-2000:]}")
    return CHROMIUM


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def api_url(tmp_path: Path) -> Iterator[str]:
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    store.migrate()
    events = [harbour_article(), follow_up()]
    store.apply([Delivery(e, "enriched", 0, n) for n, e in enumerate(events)])
    try:
        with running_api(store) as url:
            yield url
    finally:
        store.close()


class Browser:
    """Headless Chromium driven from the command line, one fresh profile per call."""

    def __init__(self, binary: str, profile_root: Path) -> None:
        self.binary = binary
        self.profile_root = profile_root
        self.calls = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        self.calls += 1
        profile = self.profile_root / f"profile-{self.calls}"
        command = [
            self.binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args,
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise AssertionError(f"chromium {args[-1]} exited {done.returncode}: {done.stderr[-2000:]}")
        return done

    def dom(self, url: str) -> str:
        """The DOM as a person's browser built it, serialised."""
        return self._run("--dump-dom", url).stdout

    def screenshot(self, url: str, path: Path, width: int = 1280, height: int = 2000) -> Path:
        path.unlink(missing_ok=True)
        self._run(f"--screenshot={path}", f"--window-size={width},{height}", "--hide-scrollbars", url)
        if not path.exists() or path.stat().st_size == 0:
            raise AssertionError(f"chromium wrote no screenshot at {path}")
        return path


@pytest.fixture
def browser(chromium: str, tmp_path: Path) -> Browser:
    return Browser(chromium, tmp_path)
