"""API latency over a SQLite store of N synthetic articles: /articles?entity= and ?q= p50/p99.

usage: .venv/bin/python bench/bench_api.py [N] [DB]  (the store is built once and reused when DB exists)
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fastapi.testclient import TestClient

from events.models import ArticleEnriched, Entity, Figure, Mention
from services.store.factory import open_store
from services.store.port import Delivery

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
DB = Path(sys.argv[2] if len(sys.argv) > 2 else f"/tmp/copydesk-bench/api-store-{N}.db")
rng = random.Random(7)
WORDS = [f"w{n}" for n in range(5000)]
NAMES = [(f"ent_{n:05d}", f"Name{n} Surname{n}", rng.choice(["PERSON", "ORG", "GPE"])) for n in range(3000)]
T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def zipf(seq):  # noqa: ANN001, ANN201
    return seq[min(int(rng.paretovariate(1.1)) - 1, len(seq) - 1)]


def article(i: int) -> ArticleEnriched:
    ents = list({zipf(NAMES) for _ in range(4)})
    body_words = [zipf(WORDS) for _ in range(150)]
    entities = []
    body = " ".join(body_words) + ". "
    for eid, name, typ in ents:
        start = len(body)
        body += name + " said. "
        entities.append(Entity(id=eid, name=name, type=typ, mentions=(Mention(start=start, end=start + len(name), text=name),),
                               mention_count=1, aliases=(name.split()[1],)))
    fs = len(body)
    body += "at least 30 people"
    return ArticleEnriched(
        article_id=f"a-{i:08d}", source=f"src{i % 20}", input="x", format="text", content_hash=f"{i:064x}",
        received_at=T0 + timedelta(minutes=i), headline=" ".join(rng.sample(WORDS[:500], 6)), body=body,
        entities=tuple(entities), story_id=f"s-{i // 3}",
        figures=(Figure(text="at least 30 people", start=fs, end=fs + 18, value=30, qualifier="lower-bound",
                        category="people-killed"),),
    )


def build() -> None:
    store = open_store(f"sqlite:///{DB}")
    store.migrate()
    started, batch = time.perf_counter(), []
    for i in range(N):
        batch.append(Delivery(article(i), "enriched", 0, i))
        if len(batch) == 1000:
            store.apply(batch)
            batch = []
    if batch:
        store.apply(batch)
    print(f"built {N} articles in {time.perf_counter() - started:.1f}s")
    store.close()


def measure(client: TestClient, label: str, params_list: list[dict]) -> None:
    times = []
    for params in params_list:
        t = time.perf_counter()
        r = client.get("/articles", params=params)
        times.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, r.text
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    print(f"{label:>28}: n={len(times)} p50={statistics.median(times):.1f} ms p99={p99:.1f} ms max={times[-1]:.1f} ms")


if __name__ == "__main__":
    if not DB.exists():
        DB.parent.mkdir(parents=True, exist_ok=True)
        build()
    store = open_store(f"sqlite:///{DB}")
    store.migrate()
    import httpx

    sys.path.insert(0, ".")
    from tests.integration.api.server import running_api

    ctx = running_api(store)
    base = ctx.__enter__()
    client = httpx.Client(base_url=base, timeout=30)
    client.get("/articles")
    print("transport: uvicorn in a thread + httpx keep-alive")
    measure(client, "entity=<id>", [{"entity": zipf(NAMES)[0]} for _ in range(40)])
    measure(client, "entity=<alias>", [{"entity": zipf(NAMES)[1].split()[1]} for _ in range(40)])
    measure(client, "q=<word>", [{"q": zipf(WORDS)} for _ in range(40)])
    measure(client, "q=<two words>", [{"q": f"{zipf(WORDS)} {zipf(WORDS)}"} for _ in range(40)])
    measure(client, "q=<rare word>", [{"q": rng.choice(WORDS[3000:])} for _ in range(40)])
    measure(client, "category=people-killed", [{"category": "people-killed"} for _ in range(20)])
    for path in ("/articles/a-00000042", "/entities/ent_00001", "/ui/articles/a-00000042"):
        t = time.perf_counter(); client.get(path); print(f"{path}: {(time.perf_counter() - t) * 1000:.1f} ms")
    client.close()
    ctx.__exit__(None, None, None)
    store.close()
