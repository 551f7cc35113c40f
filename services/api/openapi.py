"""The OpenAPI document of the API, checked into deploy/openapi.json so clients can be generated.

``document()`` is what the app serves at /openapi.json; ``write(path)`` stores it in a stable
form (sorted keys, two-space indent, final newline), so a diff shows a real change.
``python -m services.api.openapi [PATH]`` rewrites the checked-in file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "deploy" / "openapi.json"


def document() -> dict[str, Any]:
    """The OpenAPI document of an app with the default settings (no store is touched)."""
    from services.api.app import create_app

    return create_app(_NoStore()).openapi()


def text() -> str:
    return json.dumps(document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write(path: Path | str = DEFAULT_PATH) -> Path:
    """Write the document to ``path`` and return it."""
    target = Path(path)
    target.write_text(text(), encoding="utf-8")
    return target


class _NoStore:
    """Stands in for a store while only the route table is read; any use is a bug."""

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(f"the OpenAPI document needs no store, but {name!r} was used")


if __name__ == "__main__":
    print(write(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PATH))
