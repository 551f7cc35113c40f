"""Benchmark of the story stage: cost per article against the entity stage, and state size as the
stream grows.

Two parts, in one run on one machine:

1. **Ratio.** The entity stage (``EntityExtractor.extract_many``, bundled model) on ``--articles``
   ~800-word articles built from the seeds (as ``bench_entities.py`` builds them), then story
   assignment (:func:`assign_story`: near-duplicates and clustering) on the same bodies with the
   entities the stage found, against a state already holding ``--warm`` synthetic articles.
   CPU time per article of each, interleaved over ``--rounds`` rounds; the ratio is the median
   of the rounds' ratios (budget: < 0.10).
2. **Growth.** ``--stream`` synthetic articles (cheap to make: bodies of ``--words`` words drawn
   from a Zipf vocabulary plus their event's own words and names, 3 to 8 entities of their event
   and a few common ones) published one after another so that the window (``--window-hours``)
   holds ``--in-window`` articles. At checkpoints: CPU time per article over the last block, the
   number of state keys by prefix, and the state's size as JSON (what a faust table's changelog
   holds). Once the window is full, the state should stop growing.

Results go to ``bench/results/stories.json``.

Usage: .venv/bin/python bench/bench_stories.py [--stream N] [--in-window W] [--articles A] ...
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_entities import articles  # noqa: E402

from events.models import Entity  # noqa: E402
from services.processors.stories import StoryState, assign_story  # noqa: E402

T0 = datetime(2025, 1, 6, tzinfo=timezone.utc)
SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "den", "gar", "pel", "tor", "bra", "qui", "zan", "fe")


class Stream:
    """Synthetic articles: deterministic by seed, about ``words`` words each, grouped in events."""

    def __init__(self, seed: int, words: int, vocabulary: int = 30_000, live_events: int = 400) -> None:
        self.rng = random.Random(seed)
        self.words = words
        self.vocab = ["".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))) + str(i % 97)
                      for i in range(vocabulary)]
        weights = [1.0 / (rank + 1) for rank in range(vocabulary)]
        total = 0.0
        self.cum = []
        for w in weights:
            total += w
            self.cum.append(total)
        self.live_events = live_events
        self.next_event = 0
        self.events: list[tuple[int, list[str], list[str]]] = []

    def _new_event(self) -> tuple[int, list[str], list[str]]:
        k = self.next_event
        self.next_event += 1
        own = [f"ev{k}w{j}" for j in range(30)]
        names = [f"ent-{k}-{j}" for j in range(8)]
        return k, own, names

    def article(self) -> tuple[str, list[Entity]]:
        rng = self.rng
        if len(self.events) < self.live_events or rng.random() < 0.08:
            self.events.append(self._new_event())
            if len(self.events) > self.live_events:
                self.events.pop(0)
        _, own, names = rng.choice(self.events)
        background = rng.choices(self.vocab, cum_weights=self.cum, k=int(self.words * 0.75))
        specific = rng.choices(own, k=self.words - len(background))
        words = background + specific
        rng.shuffle(words)
        body = " ".join(words)
        picked = rng.sample(names, rng.randint(3, 8)) + [f"common-{rng.randrange(50)}" for _ in range(2)]
        entities = [Entity(id=e, name=e, type="PERSON", salience=rng.random()) for e in picked]
        return body, entities


def json_size(state: dict) -> int:
    return len(orjson.dumps(state))


def key_counts(state: dict) -> dict[str, int]:
    return dict(Counter(key.split(":", 1)[0] for key in state))


def ratio_part(args: argparse.Namespace) -> dict:
    from services.processors.entities import EntityExtractor, load_pipeline

    extractor = EntityExtractor(load_pipeline())
    bodies = articles(args.articles)
    extractor.extract_many(bodies[:4])  # warm-up
    state = StoryState({})
    stream = Stream(args.seed + 1, args.words)
    step = timedelta(hours=args.window_hours) / max(1, args.warm)
    for k in range(args.warm):
        body, ents = stream.article()
        assign_story(f"w{k}", body, ents, state, at=T0 + k * step)
    at = T0 + args.warm * step
    entity_s, story_s = [], []
    for r in range(args.rounds):
        t0 = time.process_time()
        extracted = extractor.extract_many(bodies, batch_size=32)
        t1 = time.process_time()
        for i, (body, (ents, _)) in enumerate(zip(bodies, extracted)):
            assign_story(f"r{r}-{i}", body, ents, state, at=at + timedelta(seconds=i))
        t2 = time.process_time()
        entity_s.append((t1 - t0) / len(bodies))
        story_s.append((t2 - t1) / len(bodies))
    ratios = [s / e for s, e in zip(story_s, entity_s)]
    return {
        "articles": len(bodies), "words_per_article": round(statistics.mean(len(b.split()) for b in bodies)),
        "warm_state_articles": args.warm, "rounds": args.rounds,
        "entity_stage_ms_per_article": [round(1000 * x, 3) for x in entity_s],
        "story_stage_ms_per_article": [round(1000 * x, 3) for x in story_s],
        "ratio_per_round": [round(x, 4) for x in ratios], "ratio_median": round(statistics.median(ratios), 4),
        "budget": 0.10,
    }


def growth_part(args: argparse.Namespace) -> list[dict]:
    stream = Stream(args.seed, args.words)
    window = timedelta(hours=args.window_hours)
    step = window / args.in_window
    state = StoryState({})
    checkpoints = sorted({int(args.stream * f) for f in (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)}
                         | {args.in_window // 2, args.in_window, min(args.stream, 2 * args.in_window)})
    curve = []
    done = 0
    for point in checkpoints:
        spent = 0.0
        n = point - done
        for k in range(done, point):
            body, ents = stream.article()
            t = time.process_time()
            assign_story(f"a{k}", body, ents, state, at=T0 + k * step, duplicate_window=window, story_window=window)
            spent += time.process_time() - t
        done = point
        row = {"articles": point, "ms_per_article_last_block": round(1000 * spent / max(1, n), 4),
               "keys": len(state), "keys_by_prefix": key_counts(state.data), "json_bytes": json_size(state.data)}
        curve.append(row)
        print(json.dumps(row), flush=True)
    return curve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=48, help="articles of the ratio part")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm", type=int, default=20_000, help="synthetic articles already in the state for the ratio part")
    parser.add_argument("--stream", type=int, default=1_000_000, help="synthetic articles of the growth part")
    parser.add_argument("--in-window", type=int, default=200_000, help="articles the window holds")
    parser.add_argument("--window-hours", type=float, default=72)
    parser.add_argument("--words", type=int, default=150, help="words per synthetic article")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-ratio", action="store_true")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "stories.json"))
    args = parser.parse_args()
    started = time.time()
    result: dict = {"machine": {"python": platform.python_version(), "processor": platform.processor() or platform.machine()},
                    "arguments": vars(args)}
    if not args.skip_ratio:
        result["ratio"] = ratio_part(args)
        print(json.dumps(result["ratio"]), flush=True)
    result["growth"] = growth_part(args)
    result["seconds"] = round(time.time() - started)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
