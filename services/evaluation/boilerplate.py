"""Scores the cleaning stage on a development folder of pages (see its README.md).

Layout: ``html/NAME.html``, ``text/NAME.txt``, ``expectations.json`` = ``{NAME: {"with": [...],
"without": [...]}}``. Two scores per form:

- marker strings (the folder's suggested score): a ``with`` string found in the body is a hit,
  missed is a miss; a ``without`` string found is a false alarm; precision, recall and F1 from the
  counts summed over pages (strings compared with whitespace collapsed);
- 4-gram overlap against trafilatura's output on the HTML page, averaged over pages: a cheap proxy
  for the held-out word 4-gram metric (trafilatura is not the truth, so this is agreement, not accuracy).

Baselines: "keep everything" for page text, "trafilatura alone" (default settings) for HTML.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from services.ingestor.sources import decode_declared
from services.processors.cleaning import clean
from services.processors.cleaning.html import baseline_text

_WORD = re.compile(r"\w+")


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _grams(text: str) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text.lower())
    return Counter(zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False))


def _overlap(candidate: str, reference: str) -> tuple[float, float, float]:
    cand, ref = _grams(candidate), _grams(reference)
    if not cand and not ref:
        return 1.0, 1.0, 1.0
    common = sum((cand & ref).values())
    p = common / sum(cand.values()) if cand else 0.0
    r = common / sum(ref.values()) if ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class _Tally:
    """Marker-string counts and averaged 4-gram scores of one system on one form."""

    def __init__(self) -> None:
        self.hits = self.misses = self.false_alarms = 0
        self.gram_scores: list[tuple[float, float, float]] = []

    def add(self, body: str, expected: dict, reference: str | None) -> None:
        flat = _collapse(body)
        for s in expected.get("with", ()):
            if _collapse(s) in flat:
                self.hits += 1
            else:
                self.misses += 1
        self.false_alarms += sum(1 for s in expected.get("without", ()) if _collapse(s) in flat)
        if reference is not None:
            self.gram_scores.append(_overlap(body, reference))

    def summary(self) -> dict:
        p = self.hits / (self.hits + self.false_alarms) if self.hits + self.false_alarms else 0.0
        r = self.hits / (self.hits + self.misses) if self.hits + self.misses else 0.0
        n = len(self.gram_scores)
        grams = [sum(s[k] for s in self.gram_scores) / n if n else 0.0 for k in range(3)]
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "hits": self.hits,
            "misses": self.misses,
            "false_alarms": self.false_alarms,
            "gram4_vs_trafilatura": {
                "precision": round(grams[0], 4),
                "recall": round(grams[1], 4),
                "f1": round(grams[2], 4),
            },
        }


def _read(path: Path) -> str:
    """The file's text as the ingestor reads it: UTF-8, else (a page in a legacy charset) the
    charset the page declares, else UTF-8 with replacement characters."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        page = decode_declared(data)
        return page if page is not None else data.decode("utf-8", errors="replace")


def evaluate(directory: Path) -> dict:
    """Score the cleaning stage and the baselines on ``directory``; raises ValueError when it is not a dev folder."""
    expectations_path = directory / "expectations.json"
    if not expectations_path.is_file():
        raise ValueError(f"{directory}: no expectations.json, not a boilerplate dev folder")
    expectations: dict = json.loads(expectations_path.read_text(encoding="utf-8"))
    systems: dict[str, Callable[[str], str]] = {
        "text": lambda raw: clean(raw, "text").body,
        "text baseline: keep everything": lambda raw: raw,
        "html": lambda raw: clean(raw, "html").body,
        "html baseline: trafilatura alone": baseline_text,
    }
    tallies = {name: _Tally() for name in systems}
    pages = 0
    for name, expected in sorted(expectations.items()):
        html_path, text_path = directory / "html" / f"{name}.html", directory / "text" / f"{name}.txt"
        if not html_path.is_file() or not text_path.is_file():
            continue
        pages += 1
        html, text = _read(html_path), _read(text_path)
        reference = baseline_text(html)
        for system, run in systems.items():
            tallies[system].add(run(html if system.startswith("html") else text), expected, reference)
    return {"directory": str(directory), "pages": pages, "systems": {k: t.summary() for k, t in tallies.items()}}


def format_report(report: dict) -> str:
    """A table: per system, marker-string precision/recall/F1 with counts, and the 4-gram proxy."""
    lines = [
        f"boilerplate evaluation on {report['directory']} ({report['pages']} pages)",
        f"{'system':36} {'P':>6} {'R':>6} {'F1':>6} {'hits':>6} {'miss':>6} {'f.a.':>6}   4-gram vs trafilatura P/R/F1",
    ]
    for name, s in report["systems"].items():
        g = s["gram4_vs_trafilatura"]
        lines.append(
            f"{name:36} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['hits']:6d} {s['misses']:6d} "
            f"{s['false_alarms']:6d}   {g['precision']:.3f}/{g['recall']:.3f}/{g['f1']:.3f}"
        )
    return "\n".join(lines)
