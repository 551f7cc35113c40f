"""Resolve the Kafka broker's jars from Maven Central with the pinned ``deploy/kafka/pom.xml``.

Jars are cached under ``<cache>/<pom-hash>/lib`` so a run after the first starts at once and a
version bump in the pom resolves a new set beside the old one.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

POM = Path(__file__).resolve().parents[2] / "deploy" / "kafka" / "pom.xml"


class JarsError(RuntimeError):
    """The broker jars could not be resolved; the message says why."""


def jar_dir(cache: Path, pom: Path = POM) -> Path:
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()[:12]
    return cache / digest / "lib"


def ensure_jars(cache: Path, pom: Path = POM) -> Path:
    """Return the folder holding every broker jar, resolving them with mvn on first use."""
    if not pom.is_file():
        raise JarsError(f"{pom}: the broker's pom.xml is missing")
    lib = jar_dir(cache, pom)
    done = lib.parent / ".complete"
    if done.exists() and any(lib.glob("kafka_*.jar")):
        return lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise JarsError("mvn not found: install Maven (apt-get install maven) to resolve the Kafka jars")
    tmp = lib.parent / "lib.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    cmd = [
        mvn,
        "-q",
        "-B",
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={tmp}",
        "-DincludeScope=runtime",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-15:]
        raise JarsError("mvn could not resolve the Kafka jars:\n" + "\n".join(tail))
    shutil.rmtree(lib, ignore_errors=True)
    tmp.rename(lib)
    done.write_text(pom.read_text())
    return lib
