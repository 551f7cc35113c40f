"""However a stream of events is cut into batches, every engine ends as applying them one by one.

The merge rules (services.store.plan) decide a whole batch at once; this checks, on seeded
streams mixing versions (newer, older, delivered again), story merges (of merges too),
revisions and withdrawals, that each engine's execution of them reaches the state of the
in-memory twin fed one event per batch.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from events.models import ArticleEnriched, ArticleWithdrawn, StoryUpdated
from services.store.memory import MemoryStore
from services.store.port import Delivery, Store
from tests.integration.store.factories import T0, article

ARTICLES, STORIES = "copydesk.articles.enriched", "copydesk.stories"
PEOPLE = [("Q-1", "Ann Lee", ("Lee",)), ("Q-2", "Bo Chan", ("Chan",)), ("Q-3", "Cy Diaz", ("Diaz",)),
          ("Q-4", "Di Evans", ("Evans", "D. Evans"))]


def stream(seed: int) -> list[Delivery]:
    """Deliveries of both topics, interleaved, each topic in offset order."""
    rng = random.Random(seed)
    articles: list[ArticleEnriched | ArticleWithdrawn] = []
    for n in range(12):
        aid, story = f"a{n}", f"s{rng.randrange(6)}"
        for v in range(rng.randint(1, 3)):
            body = " ".join(name for _, name, _ in PEOPLE if rng.random() < 0.5) + f" spoke, version {v}."
            people = [(pid, name if v == 0 else name.upper(), aliases) for pid, name, aliases in PEOPLE if name in body]
            articles.append(article(aid, body, minutes=n + 10 * v, story_id=story, content_hash=f"{aid}-h{v}",
                                    people=people))
        if rng.random() < 0.3:
            withdrawn_at = T0 + timedelta(minutes=rng.randrange(40))
            articles.append(ArticleWithdrawn(article_id=aid, source="wire", input="-", status="withheld",
                                             item_id=f"urn:{aid}", received_at=withdrawn_at))
    rng.shuffle(articles)  # older versions after newer ones, withdrawals before their articles
    articles += rng.sample(articles, 4)  # delivered again (a withdrawal too)
    stories: list[StoryUpdated] = []
    for _ in range(6):
        into, gone = rng.sample(range(6), 2)
        stories.append(StoryUpdated(article_id="placed", story_id=f"s{into}", change="merged", merged=(f"s{gone}",)))
        if rng.random() < 0.5:
            stories.append(StoryUpdated(article_id=f"a{rng.randrange(12)}", story_id=f"s{into}", change="revised",
                                        duplicate_of=f"a{rng.randrange(12)}"))
    queues: dict[str, list[Any]] = {ARTICLES: articles, STORIES: stories}
    out, taken = [], {ARTICLES: 0, STORIES: 0}
    while any(taken[t] < len(q) for t, q in queues.items()):
        topic = rng.choice([t for t, q in queues.items() if taken[t] < len(q)])
        out.append(Delivery(queues[topic][taken[topic]], topic, 0, taken[topic]))
        taken[topic] += 1
    return out


def state(store: Store) -> tuple[object, ...]:
    return store.dump(), store.stats(), store.list_entities(None, None, 100).items


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_batching_ends_as_one_event_at_a_time(seed: int, store: Store, make_store: Callable[..., Store]) -> None:
    deliveries = stream(seed)
    reference = MemoryStore()
    reference.migrate()
    for d in deliveries:
        reference.apply([d])
    rng, start = random.Random(seed), 0
    while start < len(deliveries):
        size = rng.choice([1, 2, 5, 17, 40])
        store.apply(deliveries[start:start + size])
        start += size
    assert state(store) == state(reference)
    assert store.apply(deliveries) == 0  # all applied: a replay of the same offsets changes nothing
    assert state(store) == state(reference)
