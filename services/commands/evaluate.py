"""`copydesk eval boilerplate|entities|figures|stories DIR`: score a stage on dev data."""

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
    try:
        report = module.evaluate(path)
    except ValueError as exc:  # a bad data file: the evaluation names it and the reason
        print(f"copydesk eval {kind}: {exc}")
        return 2
    print(
        orjson.dumps(report, option=orjson.OPT_INDENT_2, default=str).decode()
        if as_json
        else module.format_report(report)
    )
    return 0
