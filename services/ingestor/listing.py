"""The listing of a directory to ingest: every file in it, and every path passed over, named.

``list_directory(root)`` walks ``root`` depth first in name order (the order ingest publishes in)
and yields each regular file as a ``Path``, whatever its extension (the reader sniffs what it is).
It yields a :class:`Skip` for each path it passes over on purpose: a hidden file or directory (name
starting with "."; a hidden directory is named once and not entered), a symbolic link to a
directory (not followed, so links cannot loop), a broken link, and anything else that is not a
regular file (FIFO, socket, device: reading a FIFO could block forever). A source sidecar
(:mod:`services.ingestor.sidecar`) is neither yielded nor named. A directory that cannot
be read is a :class:`Rejection`. The walk keeps its own stack, so a deep tree cannot exhaust
recursion.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from services.ingestor.outcomes import Rejection, Skip
from services.ingestor.sidecar import SIDECAR


def list_directory(root: Path) -> Iterator[Path | Skip | Rejection]:
    first = _scan(root)
    if isinstance(first, Rejection):
        yield first
        return
    stack = [iter(first)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        if entry.name == SIDECAR:
            continue  # the folder's source sidecar: read for its files' source, not an article
        if entry.name.startswith("."):
            hidden = "hidden directory, not read" if entry.is_dir(follow_symlinks=False) else "hidden file"
            yield Skip(str(path), hidden)
        elif entry.is_dir(follow_symlinks=False):
            scanned = _scan(path)
            if isinstance(scanned, Rejection):
                yield scanned
            else:
                stack.append(iter(scanned))
        elif entry.is_symlink() and path.is_dir():
            yield Skip(str(path), "symbolic link to a directory, not followed")
        elif entry.is_symlink() and not path.exists():
            yield Skip(str(path), "broken symbolic link")
        elif entry.is_file():
            yield path
        else:
            yield Skip(str(path), "not a regular file")


def _scan(directory: Path) -> list[os.DirEntry[str]] | Rejection:
    try:
        with os.scandir(directory) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as exc:
        return Rejection(str(directory), f"cannot be read ({exc.strerror or exc})")
