"""Benchmark of the entity stage on ~800-word articles.

Builds articles of about 800 words from the story lines of seeds/*.txt (shuffled, so no two
articles are identical), then reports, in one run:

- bare spaCy (the same pipeline, ``nlp.pipe``) articles per second;
- the full stage (``EntityExtractor.extract_many``) articles per second;
- the cost of the news layer + resolution + quotes on already parsed docs, as a ratio of
  the bare spaCy time (the budget is 0.25).

Usage: .venv/bin/python bench/bench_entities.py [--articles N] [--rounds R] [--model NAME]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.processors.entities import EntityExtractor, load_pipeline  # noqa: E402

WORDS_PER_ARTICLE = 800


def story_lines() -> list[str]:
    lines = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if len(ln.split()) >= 12]
    if not lines:
        raise SystemExit("bench_entities: no story lines found under seeds/")
    return lines


def articles(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    lines = story_lines()
    out = []
    for _ in range(count):
        picked: list[str] = []
        while sum(len(p.split()) for p in picked) < WORDS_PER_ARTICLE:
            picked.append(rng.choice(lines))
        out.append("\n\n".join(picked))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    nlp = load_pipeline(args.model)
    extractor = EntityExtractor(nlp)
    bodies = articles(args.articles)
    words = statistics.mean(len(b.split()) for b in bodies)
    extractor.extract_many(bodies[:4])  # warm-up

    bare, full, post = [], [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(bodies, batch_size=32))
        t1 = time.perf_counter()
        for doc in docs:
            extractor.from_doc(doc)
        t2 = time.perf_counter()
        extractor.extract_many(bodies, batch_size=32)
        t3 = time.perf_counter()
        bare.append(t1 - t0)
        post.append(t2 - t1)
        full.append(t3 - t2)

    n = len(bodies)
    b, p, f = min(bare), min(post), min(full)
    print(f"articles: {n} x {words:.0f} words, rounds: {args.rounds} (best round reported)")
    print(f"bare spaCy ({'+'.join(nlp.pipe_names)}): {n / b:8.1f} articles/s  {1000 * b / n:7.2f} ms/article")
    print(f"news layer + resolution + quotes:   {1000 * p / n:7.2f} ms/article")
    print(f"full entity stage:                  {n / f:8.1f} articles/s  {1000 * f / n:7.2f} ms/article")
    print(f"overhead ratio (layer / bare): {p / b:.3f}   (full / bare - 1: {f / b - 1:.3f}; budget 0.25)")


if __name__ == "__main__":
    main()
