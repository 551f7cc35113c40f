"""Fixtures: the in-memory twin filled with the sample articles, and a TestClient over it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from services.api.app import create_app
from services.store.memory import MemoryStore
from services.store.port import Delivery
from tests.unit.api.sample import follow_up, harbour_article, hostile


def fill(store, events) -> None:  # noqa: ANN001
    store.apply([Delivery(event, "enriched", 0, offset) for offset, event in enumerate(events)])


@pytest.fixture
def store() -> MemoryStore:
    s = MemoryStore()
    s.migrate()
    fill(s, [harbour_article(), follow_up(), hostile()])
    return s


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def client(store: MemoryStore, registry: CollectorRegistry) -> Iterator[TestClient]:
    with TestClient(create_app(store, metrics_registry=registry)) as c:
        yield c
