"""Cleaning throughput on the dev pages, text and HTML forms: `.venv/bin/python bench/bench_cleaning.py [DIR]`.

Also the entity stage on the cleaned text bodies (en_core_web_sm, ``nlp.pipe`` as in
bench_entities.py), and text cleaning's CPU time per article as a share of it: the issue asks that
text cleaning not be a bottleneck next to entity extraction."""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.processors.cleaning import clean  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "devdata" / "boilerplate"
SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"


def measure(pages: list[str], fmt: str, rounds: int) -> tuple[float, float, float]:
    """(best-round articles/s, mean-round articles/s, best-round ms per article) over ``rounds``
    passes, in CPU time of this process (one core; wall-clock would also count the time other
    processes on a shared machine hold the core). Best-of-N, like timeit, discounts interference."""
    times = []
    for _ in range(rounds):
        started = time.process_time()
        for page in pages:
            clean(page, "text" if fmt == "seeds" else fmt)  # type: ignore[arg-type]
        times.append(time.process_time() - started)
    best, mean = min(times), sum(times) / len(times)
    return len(pages) / best, len(pages) / mean, 1000 * best / len(pages)


ENTITY_PAGES = 40  # en_core_web_sm takes a good fraction of a second per dev page: a sample suffices


def entity_ms_per_article(bodies: list[str], rounds: int = 1) -> float:
    """Best-round CPU ms per article of the production spaCy pipeline over ``bodies``."""
    from services.processors.entities import load_pipeline

    nlp = load_pipeline()
    list(nlp.pipe(bodies[:8], batch_size=32))  # warm-up
    times = []
    for _ in range(rounds):
        started = time.process_time()
        for _doc in nlp.pipe(bodies, batch_size=32):
            pass
        times.append(time.process_time() - started)
    return 1000 * min(times) / len(bodies)


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted((directory / "text").glob("*.txt"))]
    htmls = [p.read_bytes().decode("utf-8", "replace") for p in sorted((directory / "html").glob("*.html"))]
    clean(texts[0], "text")  # load marker tables outside the timing
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))] * 100
    for fmt, pages, rounds in (("text", texts, 7), ("html", htmls, 2), ("seeds", seeds, 3)):
        best, mean, ms = measure(pages, fmt, rounds)
        size = sum(map(len, pages)) / len(pages) / 1000
        print(
            f"{fmt:5} {len(pages)} pages (mean {size:.0f} kchars), {rounds} rounds: best {best:7.1f} articles/s/core "
            f"({ms:.2f} ms/article), mean {mean:7.1f} articles/s/core"
        )
    # A long-running worker freezes its start-up objects (gc.freeze) so that full collections stop
    # rescanning every imported module; measure text cleaning that way too.
    gc.freeze()
    best, mean, ms = measure(texts, "text", 7)
    print(f"text  after gc.freeze(): best {best:7.1f} articles/s/core ({ms:.2f} ms/article), mean {mean:7.1f} articles/s/core")
    gc.unfreeze()
    sample = texts[:ENTITY_PAGES]
    try:
        entity_ms = entity_ms_per_article([clean(t, "text").body for t in sample])
    except RuntimeError as exc:  # no spaCy model installed: the cleaning figures above still stand
        print(f"entity stage not measured: {exc}")
    else:
        clean_ms = measure(sample, "text", 7)[2]
        print(
            f"entity stage (en_core_web_sm nlp.pipe on the cleaned bodies of the first {len(sample)} text pages): "
            f"{entity_ms:.1f} ms/article CPU; text cleaning of the same pages {clean_ms:.2f} ms/article, "
            f"ratio cleaning/entities = {clean_ms / entity_ms:.4f}"
        )
    big = "word " * 1_000_000
    started = time.process_time()
    clean(big, "text")
    print(f"text  one 5 MB line without breaks: {time.process_time() - started:.2f} s CPU")


if __name__ == "__main__":
    main()
