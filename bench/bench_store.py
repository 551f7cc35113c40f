"""Store benchmark: apply() throughput in batches, then list_articles(entity=...) and (q=...) latency.

    .venv/bin/python bench/bench_store.py                    # 100,000 articles, SQLite and PostgreSQL
    .venv/bin/python bench/bench_store.py --articles 10000 --engines sqlite   # a quick run

Synthetic articles are generated from a fixed seed: ~250-word bodies over a 20,000-word
vocabulary with Zipf-distributed frequencies, 6 of 5,000 Zipf-popular entities per article
(queried by id and by a case-changed alias), 3 figures, a quote, 3 removed lines, a story for a
third of them. Article ids are made as the ingestor makes them (``identity.article_id``:
a hash, so in no relation to arrival order, which is what the store's indexes see in
production). Query terms and entities are drawn both by popularity (the expensive, common
ones) and uniformly (rare ones). SQLite runs on a file in WAL mode; PostgreSQL on a throwaway
local server (or --postgres-url, in a schema of its own). Targets: p99 < 50 ms for both
queries on both engines; >= 2,000 events/s into SQLite.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from events.models import ArticleEnriched, Entity, Figure, Mention, Quote, Removal  # noqa: E402
from services.ingestor.identity import article_id  # noqa: E402
from services.store.factory import open_store  # noqa: E402
from services.store.port import ArticleFilter, Delivery, Store  # noqa: E402

VOCABULARY = 20_000
ENTITIES = 5_000
WORDS_PER_BODY = 250
ENTITIES_PER_ARTICLE = 6
PAGE = 20
T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
CATEGORIES = ("people-killed", "people-wounded", "money", "percentage", "people-displaced", "other")
SYLLABLES = ("ka", "lo", "mer", "tan", "si", "vor", "del", "un", "pra", "zu", "ost", "ril", "ben", "ga", "he", "mi")


class Corpus:
    """Deterministic synthetic news."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        words = set()
        while len(words) < VOCABULARY:
            words.add("".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))))
        self.words = sorted(words)
        self.rng.shuffle(self.words)
        self.word_weights = _zipf_cumulative(VOCABULARY)
        self.entities = [
            (f"Q{i}", f"{self.words[i * 2].title()} {self.words[i * 2 + 1].title()}", self.words[i * 2 + 1].title())
            for i in range(ENTITIES)
        ]
        self.entity_weights = _zipf_cumulative(ENTITIES)

    def article(self, n: int) -> ArticleEnriched:
        rng = self.rng
        picked: dict[int, None] = {}
        while len(picked) < ENTITIES_PER_ARTICLE:
            picked[rng.choices(range(ENTITIES), cum_weights=self.entity_weights)[0]] = None
        words = rng.choices(self.words, cum_weights=self.word_weights, k=WORDS_PER_BODY)
        body_parts, entities, offset = [], [], 0
        spans: dict[int, list[Mention]] = {i: [] for i in picked}
        for s in range(0, WORDS_PER_BODY, 25):
            index = list(picked)[(s // 25) % ENTITIES_PER_ARTICLE]
            name = self.entities[index][1]
            sentence = f"{name} {' '.join(words[s:s + 25])}."
            spans[index].append(Mention(start=offset, end=offset + len(name), text=name))
            body_parts.append(sentence)
            offset += len(sentence) + 1
        body = " ".join(body_parts)
        for i in picked:
            eid, name, alias = self.entities[i]
            entities.append(Entity(id=eid, name=name, type="PERSON", aliases=(alias,), mentions=tuple(spans[i]),
                                   mention_count=len(spans[i]), salience=rng.random()))
        published = T0 + timedelta(seconds=n * 60 + rng.randint(0, 3600))
        return ArticleEnriched(
            article_id=article_id(f"https://bench.example/{n}", ""), source=f"source-{rng.randint(1, 20)}", input=f"{n}.txt", format="text",
            content_hash=f"{n:064x}", received_at=published + timedelta(minutes=5), published_at=published,
            headline=" ".join(words[:8]).capitalize(), byline="By Staff", body=body,
            removed=tuple(Removal(text=f"Advertisement {k}", reason="advertisement", position=k) for k in range(3)),
            entities=tuple(entities),
            figures=tuple(
                Figure(text=str(v), start=0, end=len(str(v)), value=float(v), category=rng.choice(CATEGORIES),
                       unit="people", sentence=body_parts[0][:200])
                for v in (rng.randint(1, 5000) for _ in range(3))
            ),
            quotes=(Quote(text=body_parts[1][:80], start=0, end=80, speaker=entities[0].name, speaker_id=entities[0].id,
                          cue="said"),),
            story_id=f"story-{rng.randint(1, 20_000)}" if rng.random() < 0.33 else None,
        )

    def popular_entity(self, rng: random.Random) -> int:
        return rng.choices(range(ENTITIES), cum_weights=self.entity_weights)[0]

    def popular_word(self, rng: random.Random) -> str:
        return rng.choices(self.words, cum_weights=self.word_weights)[0]


def _zipf_cumulative(n: int) -> list[float]:
    total, out = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank
        out.append(total)
    return out


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return f"p50 {p(0.50):6.2f} ms  p95 {p(0.95):6.2f} ms  p99 {p(0.99):6.2f} ms  max {ordered[-1] * 1000:6.2f} ms"


def _timed(store: Store, filters: list[ArticleFilter]) -> tuple[list[float], int]:
    times, found = [], 0
    for flt in filters:
        started = time.perf_counter()
        page = store.list_articles(flt, None, PAGE)
        times.append(time.perf_counter() - started)
        found += len(page.items)
    return times, found


def run_engine(name: str, store: Store, events: list[ArticleEnriched], corpus: Corpus, batch: int, queries: int) -> None:
    store.migrate()
    started, cpu = time.perf_counter(), time.process_time()
    for first in range(0, len(events), batch):
        store.apply([Delivery(e, "bench.enriched", 0, first + i) for i, e in enumerate(events[first:first + batch])])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"[{name}] apply: {len(events):,} events in batches of {batch} in {elapsed:.1f} s = "
          f"{len(events) / elapsed:,.0f} events/s (this process used {cpu:.1f} s of CPU: "
          f"{len(events) / cpu:,.0f} events per CPU-second)")
    print(f"[{name}] stats: {store.stats()}")
    if name == "postgres":
        store._conn.execute("ANALYZE")  # type: ignore[attr-defined] - what autovacuum does on a live server

    rng = random.Random(11)  # the same queries for every engine
    popular = [corpus.entities[corpus.popular_entity(rng)] for _ in range(queries)]
    uniform = [corpus.entities[rng.randrange(ENTITIES)] for _ in range(queries)]
    by_entity = {
        "entity by id, popular": [ArticleFilter(entity=e[0]) for e in popular],
        "entity by alias, popular": [ArticleFilter(entity=e[2].upper()) for e in popular],
        "entity by name, uniform": [ArticleFilter(entity=e[1].lower()) for e in uniform],
    }
    common = [corpus.popular_word(rng) for _ in range(queries)]
    rare = [corpus.words[rng.randrange(VOCABULARY)] for _ in range(queries)]
    by_text = {
        "q one popular word": [ArticleFilter(q=w) for w in common],
        "q one uniform word": [ArticleFilter(q=w) for w in rare],
        "q two popular words": [ArticleFilter(q=f"{a} {b}") for a, b in zip(common, reversed(common))],
    }
    for group in (by_entity, by_text):
        all_times: list[float] = []
        for label, filters in group.items():
            _timed(store, filters[:20])  # warm-up
            times, found = _timed(store, filters)
            all_times += times
            print(f"[{name}] {label:<26} {_percentiles(times)}  ({found / len(filters):.1f} items/page)")
        kind = "entity" if group is by_entity else "q"
        print(f"[{name}] ALL list_articles({kind}=...) {_percentiles(all_times)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--engines", default="sqlite,postgres", help="comma-separated: sqlite, postgres, memory")
    parser.add_argument("--batch", type=int, default=500, help="deliveries per apply() (the projector's default)")
    parser.add_argument("--queries", type=int, default=300, help="queries per kind")
    parser.add_argument("--postgres-url", default=None, help="an existing server (a schema of its own is used)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    corpus = Corpus(args.seed)
    started = time.perf_counter()
    events = [corpus.article(n) for n in range(args.articles)]
    print(f"generated {len(events):,} articles in {time.perf_counter() - started:.1f} s "
          f"(mean body {statistics.mean(len(e.body) for e in events[:1000]):.0f} chars)")

    for engine in args.engines.split(","):
        if engine == "sqlite":
            with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as folder:
                store = open_store(f"sqlite:///{folder}/bench.db")
                run_engine("sqlite", store, events, corpus, args.batch, args.queries)
                store.close()
        elif engine == "memory":
            run_engine("memory", open_store("memory://"), events, corpus, args.batch, args.queries)
        elif engine == "postgres":
            server = None
            url = args.postgres_url
            if url is None:
                from tests.integration.store.pg_server import ThrowawayPostgres

                server = ThrowawayPostgres()
                url = server.start()
            else:
                import psycopg

                schema = f"bench_{uuid.uuid4().hex[:10]}"
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute(f'CREATE SCHEMA "{schema}"')
                url += ("&" if "?" in url else "?") + "options=" + quote(f"-csearch_path={schema}")
            try:
                store = open_store(url)
                run_engine("postgres", store, events, corpus, args.batch, args.queries)
                store.close()
            finally:
                if server is not None:
                    server.stop()
        else:
            parser.error(f"--engines: unknown engine {engine!r}")


if __name__ == "__main__":
    main()
