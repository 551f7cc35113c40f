"""Cleaning throughput on the dev pages, text and HTML forms: `.venv/bin/python bench/bench_cleaning.py [DIR]`."""

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
    big = "word " * 1_000_000
    started = time.process_time()
    clean(big, "text")
    print(f"text  one 5 MB line without breaks: {time.process_time() - started:.2f} s CPU")


if __name__ == "__main__":
    main()
