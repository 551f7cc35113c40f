"""Benchmark: figures-stage cost per article against the entity stage's spaCy run.

Usage: .venv/bin/python bench/bench_figures.py [PATH...]   (default: seeds/*.txt)

Times ``extract_figures`` and, as the entity-stage reference, en_core_web_sm's ``nlp.pipe`` on
the same texts with the entity stage's excluded components (lemmatizer off). Prints ms per
article for each, the ratio (target: figures < 0.2 x entities), and articles per second.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from services.processors.entities.pipeline import load_pipeline  # noqa: E402
from services.processors.figures import extract_figures  # noqa: E402


def _texts(paths: list[str]) -> list[str]:
    files = [Path(p) for p in paths] or sorted((ROOT / "seeds").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    if not texts:
        raise SystemExit("bench_figures: no input texts")
    return texts


def _best_ms_per_article(run, texts: list[str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run(texts)
        times.append((time.perf_counter() - started) * 1000 / len(texts))
    return min(times), statistics.median(times)


def main() -> None:
    texts = _texts(sys.argv[1:]) * 20  # repeat so each round lasts long enough to time
    nlp = load_pipeline()
    list(nlp.pipe(texts[:2]))  # warm up
    extract_figures(texts[0])
    figures_best, figures_median = _best_ms_per_article(lambda ts: [extract_figures(t) for t in ts], texts, 7)
    spacy_best, spacy_median = _best_ms_per_article(lambda ts: list(nlp.pipe(ts)), texts, 3)
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"articles: {len(texts)} (mean {chars:.0f} chars); spaCy pipes: {nlp.pipe_names}")
    print(f"figures stage : {figures_best:8.3f} ms/article best, {figures_median:8.3f} median ({1000 / figures_best:,.0f} articles/s)")
    print(f"entity (spaCy): {spacy_best:8.3f} ms/article best, {spacy_median:8.3f} median ({1000 / spacy_best:,.0f} articles/s)")
    ratio = figures_median / spacy_median
    print(f"ratio figures/entities (median): {ratio:.3f}  target < 0.2: {'OK' if ratio < 0.2 else 'FAIL'}")


if __name__ == "__main__":
    main()
