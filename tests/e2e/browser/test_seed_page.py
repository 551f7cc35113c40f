"""A real seed through the offline pipeline, into SQLite, seen in Chromium: whatever the
cleaning stage removed must be on the page struck through with its reason (but the headline,
which is the page's headline), every entity
linked, every figure in the table. A screenshot of each seed page is kept as an artefact."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from events.models import ArticleEnriched
from services.store.factory import open_store
from services.store.port import Delivery
from tests.e2e.browser.test_article_page import parse
from tests.integration.api.server import running_api

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[3]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_events() -> list[ArticleEnriched]:
    assert SEEDS, f"no seeds in {REPO / 'seeds'}"
    done = subprocess.run(
        [sys.executable, "-m", "services.cli", "process", *map(str, SEEDS)],
        cwd=REPO, capture_output=True, timeout=600,
    )
    assert done.returncode == 0, f"copydesk process failed ({done.returncode}): {done.stderr.decode()[-2000:]}"
    return [ArticleEnriched.model_validate(orjson.loads(line)) for line in done.stdout.splitlines() if line.strip()]


@pytest.fixture
def seed_api(seed_events: list[ArticleEnriched], tmp_path: Path) -> Iterator[str]:
    store = open_store(f"sqlite:///{tmp_path / 'seeds.db'}")
    store.migrate()
    store.apply([Delivery(e, "enriched", 0, n) for n, e in enumerate(seed_events)])
    try:
        with running_api(store) as url:
            yield url
    finally:
        store.close()


def test_seed_pages_show_removed_boilerplate_entities_and_figures(
    seed_events: list[ArticleEnriched], seed_api: str, browser, artifacts: Path  # noqa: ANN001
) -> None:
    assert len(seed_events) == len(SEEDS)
    assert any(e.removed for e in seed_events), "the cleaning stage removed nothing from any seed"
    for event in seed_events:
        url = f"{seed_api}/ui/articles/{event.article_id}"
        page = parse(browser.dom(url), "p", "a", "tr", "del", "h1")
        struck = [" ".join(text.split()) for attrs, text in page.of("p", "removed")]
        for removal in event.removed:
            if removal.reason == "headline":  # shown as the headline, not as removed furniture
                assert [text for _, text in page.of("h1")] == [" ".join((event.headline or removal.text).split())]
                assert not any(line.startswith(" ".join(removal.text.split())) for line in struck)
                continue
            assert f"{' '.join(removal.text.split())} {removal.reason}" in struck, removal
        linked = {a["href"] for a, _ in page.of("a", "entity")}
        for entity in event.entities:
            if entity.mentions:
                assert f"/ui/entities/{entity.id}" in linked, entity.name
        rows = page.of("tr")
        assert len(rows) == (len(event.figures) + 1 if event.figures else 0)
        browser.screenshot(url, artifacts / f"seed-{event.article_id}.png", height=2600)
