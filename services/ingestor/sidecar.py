"""A folder's source sidecar: the file ``.copydesk-source`` names the source of the files around it.

Each line is ``PATTERN = SOURCE`` (or a bare ``SOURCE``, meaning every file); blank lines and lines
starting with ``#`` are ignored. A pattern without ``/`` is a glob on the file's name (``*.txt``,
``reuters-*``); one with ``/`` is a glob on the path relative to the sidecar's folder
(``wires/afp/*``). For a file, the sidecar of its own folder is read first, then those of the folders
above it up to the directory given to ingest; the first line that matches wins. Hidden, so a folder
listing never ingests it as an article.

``SidecarReader.source_of(path, root)`` gives the source, None when no sidecar names one, or raises
:class:`SidecarError` for a malformed sidecar (the message names the file and the line).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

SIDECAR = ".copydesk-source"
MAX_SOURCE_CHARS = 200


class SidecarError(ValueError):
    """A sidecar that cannot be read or has a malformed line."""


@dataclass
class SidecarReader:
    """Reads each folder's sidecar once (one reader per ingest run)."""

    _rules: dict[Path, list[tuple[str, str]] | None] = field(default_factory=dict)

    def source_of(self, path: Path, root: Path | None) -> str | None:
        folder = path.parent
        top = root.resolve() if root is not None else folder.resolve()
        while True:
            for pattern, source in self._read(folder) or ():
                if _matches(pattern, path, folder):
                    return source
            if folder.resolve() == top or folder.parent == folder:
                return None
            folder = folder.parent

    def _read(self, folder: Path) -> list[tuple[str, str]] | None:
        if folder not in self._rules:
            self._rules[folder] = _parse(folder / SIDECAR)
        return self._rules[folder]


def _parse(sidecar: Path) -> list[tuple[str, str]] | None:
    try:
        text = sidecar.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise SidecarError(f"source sidecar {sidecar} cannot be read ({exc})") from None
    rules = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        pattern, _, source = line.rpartition("=")
        pattern, source = pattern.strip() or "*", source.strip()
        if not source or len(source) > MAX_SOURCE_CHARS:
            raise SidecarError(
                f"source sidecar {sidecar} line {number}: expected 'PATTERN = SOURCE' with a source "
                f"of 1 to {MAX_SOURCE_CHARS} characters, got {line[:60]!r}"
            )
        rules.append((pattern, source))
    return rules


def _matches(pattern: str, path: Path, folder: Path) -> bool:
    if "/" not in pattern:
        return fnmatchcase(path.name, pattern)
    try:
        relative = path.relative_to(folder).as_posix()
    except ValueError:
        return False
    return fnmatchcase(relative, pattern)
