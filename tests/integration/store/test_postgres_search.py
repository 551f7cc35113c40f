"""PostgreSQL-only: both full-text plans (sort the matches / walk the list order) give the twin's pages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services.store.memory import MemoryStore
from services.store.port import ArticleFilter
from services.store.postgres import PostgresStore
from tests.integration.store.factories import T0, article, delivered, every_page


@pytest.mark.postgres
@pytest.mark.parametrize("cap", [5, 100_000])  # below and above the number of matches
def test_both_search_plans_page_like_the_twin(postgres_schema_url: str, cap: int) -> None:
    events = [article(f"n-{i:03d}", f"Night ferry {'delayed' if i % 3 else 'cancelled'} at pier {i % 4}.",
                      minutes=i % 9, source=f"desk-{i % 2}") for i in range(60)]
    twin, store = MemoryStore(), PostgresStore(postgres_schema_url, search_sort_cap=cap)
    try:
        store.migrate()
        for s in (twin, store):
            s.apply(delivered(events))
        for flt in (ArticleFilter(q="ferry"), ArticleFilter(q="cancelled pier"), ArticleFilter(q="ferry", source="desk-1"),
                    ArticleFilter(q="night", since=T0 + timedelta(minutes=3), until=T0 + timedelta(minutes=7))):
            assert every_page(store, flt, 7) == every_page(twin, flt, 7), flt
            assert every_page(store, flt, 7), flt
    finally:
        store.close()
