"""The two seeds, one event told by two outlets, through the offline pipeline into SQLite: one
story, neither a copy of the other, and their troop figures ("an estimated 11,000 soldiers"
according to Western officials, "more than 12,000 troops" according to Russian media) in one
group marked as disagreeing, in GET /stories/{id} and on the story page in Chromium (screenshot
kept as an artefact)."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from events.models import ArticleEnriched
from tests.e2e.browser.test_article_page import parse
from tests.e2e.browser.test_seed_page import seed_api, seed_events  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser


def _json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own localhost server
        return json.loads(response.read())


def _troop_group_of_both(story: dict, articles: set[str]) -> dict:
    """The one non-increment troop group holding a figure of each article."""
    groups = [g for g in story["figure_groups"] if g["unit"] == "troop" and not g["increment"]
              and {f["article_id"] for f in g["figures"]} == articles]
    assert len(groups) == 1, story["figure_groups"]
    return groups[0]


def test_seed_story_shows_the_figures_the_outlets_disagree_on(
    seed_events: list[ArticleEnriched], seed_api: str, browser, artifacts: Path  # noqa: ANN001, F811
) -> None:
    assert len(seed_events) == 2
    first, second = seed_events
    assert first.story_id is not None and first.story_id == second.story_id
    assert first.duplicate_of is None and second.duplicate_of is None
    ids = {first.article_id, second.article_id}

    story = _json(f"{seed_api}/stories/{first.story_id}")
    assert {a["article_id"] for a in story["articles"]} == ids
    assert all(a["headline"] or a["first_line"] for a in story["articles"])
    group = _troop_group_of_both(story, ids)
    assert group["verdict"] == "disagree"
    attributions = {f["attribution"].casefold() for f in group["figures"] if f["attribution"]}
    assert {"western officials", "russian media"} <= attributions
    assert {f["unit"] for f in group["figures"]} == {"soldier", "troop"}

    url = f"{seed_api}/ui/stories/{first.story_id}"
    page = parse(browser.dom(url), "a", "td", "h3", "div")
    titles = {attrs["href"]: text for attrs, text in page.of("a") if (attrs.get("href") or "").startswith("/ui/articles/")}
    for article in seed_events:
        title = titles[f"/ui/articles/{article.article_id}"]
        assert title and article.article_id not in title  # a headline or the first line, never the id
    disagreeing = [text for _, text in page.of("div", "verdict-disagree")]
    assert any("Western officials" in text and "Russian media" in text and "troop" in text for text in disagreeing)
    browser.screenshot(url, artifacts / f"seed-story-{first.story_id}.png", height=2000)
