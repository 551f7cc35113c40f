"""`copydesk eval boilerplate|entities|figures DIR`: score a stage on dev data."""

from __future__ import annotations

import importlib
from pathlib import Path

import orjson


def run(kind: str, directory: str, as_json: bool) -> int:
    module = importlib.import_module(f"services.evaluation.{kind}")
    path = Path(directory)
    if not path.is_dir():
        print(f"copydesk eval {kind}: {directory}: not a directory")
        return 2
    report = module.evaluate(path)
    print(orjson.dumps(report, option=orjson.OPT_INDENT_2, default=str).decode() if as_json else module.format_report(report))
    return 0
