"""Cleaning throughput on the dev pages, text and HTML forms: `.venv/bin/python bench/bench_cleaning.py [DIR]`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.processors.cleaning import clean  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "devdata" / "boilerplate"


def measure(pages: list[str], fmt: str, rounds: int) -> tuple[float, float]:
    """(articles per second, mean ms per article) over ``rounds`` passes on one core."""
    started = time.perf_counter()
    for _ in range(rounds):
        for page in pages:
            clean(page, fmt)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - started
    n = len(pages) * rounds
    return n / elapsed, 1000 * elapsed / n


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted((directory / "text").glob("*.txt"))]
    htmls = [p.read_bytes().decode("utf-8", "replace") for p in sorted((directory / "html").glob("*.html"))]
    clean(texts[0], "text")  # load marker tables outside the timing
    for fmt, pages, rounds in (("text", texts, 5), ("html", htmls, 1)):
        rate, ms = measure(pages, fmt, rounds)
        size = sum(map(len, pages)) / len(pages) / 1000
        print(f"{fmt:5} {len(pages)} pages (mean {size:.0f} kchars) x{rounds}: {rate:8.1f} articles/s/core  {ms:7.2f} ms/article")
    big = "word " * 1_000_000
    started = time.perf_counter()
    clean(big, "text")
    print(f"text  one 5 MB line without breaks: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
