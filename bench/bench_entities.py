"""Benchmark of the entity stage on ~800-word articles.

Builds articles of about 800 words from the story lines of seeds/*.txt (shuffled, so no two
articles are identical), then reports, in one run:

- bare spaCy (``nlp.pipe`` on the very pipeline the stage runs, same components) articles per second;
- the full stage (``EntityExtractor.extract_many``) articles per second;
- the cost of the news layer + resolution + quotes on already parsed docs, as a ratio of
  the bare spaCy time (the budget is 0.25).

Times are CPU seconds of this process (``time.process_time``), so other work on the machine
slows the figures less than it would wall-clock time. Within a round the three measurements are
interleaved in chunks of ``--chunk`` articles (bare, layer on those docs, full stage), so a
burst of load hits all three alike. Throughputs are from the best round; the ratios are the
median over rounds of each round's own ratio. ``full / bare - 1`` is the difference of two
large, separately measured times and stays noisy; the layer ratio is the budgeted figure.

With ``--headlines`` every article opens with an ALL-CAPS headline and a dateline, so the
cost includes re-reading them with restored case (``all_caps``).

Usage: .venv/bin/python bench/bench_entities.py [--articles N] [--rounds R] [--chunk C] [--model NAME] [--headlines]
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


_DATELINES = ("MOSCOW (Reuters) - ", "KYIV, Ukraine \u2014 ", "WASHINGTON (AP) - ", "LONDON 2024-03-02\n",
              "BEIJING (AFP) - ", "SEOUL, South Korea \u2014 ")


def articles(count: int, seed: int = 7, headlines: bool = False) -> list[str]:
    """``count`` bodies of story lines; with ``headlines``, each opens with an ALL-CAPS headline
    (its first line's opening words in capitals) and its first paragraph with a dateline."""
    rng = random.Random(seed)
    lines = story_lines()
    out = []
    for _ in range(count):
        picked: list[str] = []
        while sum(len(p.split()) for p in picked) < WORDS_PER_ARTICLE:
            picked.append(rng.choice(lines))
        if headlines:
            headline = " ".join(picked[0].split()[:9]).rstrip(",.;:").upper()
            picked[0] = rng.choice(_DATELINES) + picked[0]
            picked.insert(0, headline)
        out.append("\n\n".join(picked))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chunk", type=int, default=16, help="articles per interleaved chunk")
    parser.add_argument("--model", default=None)
    parser.add_argument("--headlines", action="store_true",
                        help="open each article with an ALL-CAPS headline and a dateline (the caps rules' path)")
    args = parser.parse_args()

    nlp = load_pipeline(args.model)
    extractor = EntityExtractor(nlp)
    bodies = articles(args.articles, headlines=args.headlines)
    words = statistics.mean(len(b.split()) for b in bodies)
    extractor.extract_many(bodies[:4])  # warm-up

    bare, full, post = [], [], []
    for _ in range(args.rounds):
        b = p = f = 0.0
        for at in range(0, len(bodies), args.chunk):
            chunk = bodies[at:at + args.chunk]
            t0 = time.process_time()
            docs = list(nlp.pipe(chunk, batch_size=32))
            t1 = time.process_time()
            for doc in docs:
                extractor.from_doc(doc)
            t2 = time.process_time()
            extractor.extract_many(chunk, batch_size=32)
            t3 = time.process_time()
            b, p, f = b + (t1 - t0), p + (t2 - t1), f + (t3 - t2)
        bare.append(b)
        post.append(p)
        full.append(f)

    n = len(bodies)
    b, p, f = min(bare), min(post), min(full)
    layer_ratio = statistics.median(pr / br for pr, br in zip(post, bare))
    full_ratio = statistics.median(fr / br - 1 for fr, br in zip(full, bare))
    print(f"articles: {n} x {words:.0f} words, rounds: {args.rounds} (best round reported), CPU time")
    print(f"bare spaCy ({'+'.join(nlp.pipe_names)}): {n / b:8.1f} articles/s  {1000 * b / n:7.2f} ms/article")
    print(f"news layer + resolution + quotes:   {1000 * p / n:7.2f} ms/article")
    print(f"full entity stage:                  {n / f:8.1f} articles/s  {1000 * f / n:7.2f} ms/article")
    print(f"per-round layer ratios: {' '.join(f'{pr / br:.3f}' for pr, br in zip(post, bare))}")
    print(f"overhead ratio (layer / bare, median): {layer_ratio:.3f}   (full / bare - 1: {full_ratio:.3f}; budget 0.25)")


if __name__ == "__main__":
    main()
