"""The story resource and page, the article page's headline and entity order (in-memory store)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from events.models import ArticleEnriched, Removal
from services.api.app import create_app
from services.store.memory import MemoryStore
from tests.unit.api.conftest import fill
from tests.unit.api.sample import T0, entity, figure, follow_up, harbour_article


def counter_report() -> ArticleEnriched:
    """Another outlet's report of the harbour story: no headline, another troop count, another source."""
    body = ("Some 900 soldiers were pulled back from the border, Vesterland's defence ministry said.\n\n"
            "Norland disputed the figure.\n\nWith wire services")
    return ArticleEnriched(
        article_id="a-counter", source="eastgazette", input="eastgazette/c.txt", format="text", content_hash="f" * 64,
        received_at=T0 + timedelta(hours=5), body=body, story_id="s-harbour",
        removed=(Removal(text="With wire services", reason="agency-tail", position=2),),
        entities=(entity(body, "ent_norland", "Norland", "GPE", "Norland"),),
        figures=(figure(body, "Some 900", value=900.0, qualifier="approximate", unit="soldier",
                        category="people-deployed", attribution="Vesterland's defence ministry",
                        sentence="Some 900 soldiers were pulled back from the border, Vesterland's defence ministry said."),),
    )


@pytest.fixture
def client() -> TestClient:
    store = MemoryStore()
    store.migrate()
    fill(store, [harbour_article(), follow_up(), counter_report()])
    with TestClient(create_app(store, metrics_registry=CollectorRegistry())) as c:
        yield c


def test_story_resource_groups_the_outlets_figures_with_a_verdict(client: TestClient) -> None:
    story = client.get("/stories/s-harbour").json()
    assert {a["article_id"]: a["first_line"][:20] for a in story["articles"]}["a-counter"] == "Some 900 soldiers we"
    assert {a["article_id"]: a["credit"] for a in story["articles"]}["a-counter"] == {
        "line": "With wire services", "agency": None}
    [group] = story["figure_groups"]
    assert (group["unit"], group["verdict"]) == ("troop", "disagree")
    assert [(f["article_id"], f["attribution"]) for f in group["figures"]] == [
        ("a-harbour", "Anna Keller"), ("a-counter", "Vesterland's defence ministry")]


def test_story_page_lists_articles_by_outlet_with_titles_and_the_figure_groups(client: TestClient) -> None:
    r = client.get("/ui/stories/s-harbour")
    assert r.status_code == 200
    page = r.text
    outlets = [page.index(f'<h3 class="outlet">{name}</h3>') for name in ("eastgazette", "northwire", "southpress")]
    assert outlets == sorted(outlets)
    assert '<a href="/ui/articles/a-counter">Some 900 soldiers were pulled back' in page  # first line, not the id
    assert ">a-counter<" not in page
    group = page[page.index('<div class="figure-group verdict-disagree">'):]
    group = group[:group.index("</div>")]
    assert "Anna Keller" in group and "Vesterland&#39;s defence ministry" in group and "900" in group
    assert client.get("/ui/stories/s-none").status_code == 404


def test_article_page_shows_the_headline_as_headline_and_entities_by_mentions(client: TestClient) -> None:
    page = client.get("/ui/articles/a-harbour").text
    assert "<h1>Harbour talks resume as troops pull back</h1>" in page
    assert "<del>Harbour talks resume as troops pull back</del>" not in page
    side = page[page.index('<section id="entities">'):page.index("</section>", page.index('<section id="entities">'))]
    order = [side.index(f"/ui/entities/{e}") for e in ("ent_keller", "ent_norland", "ent_vcg")]
    assert order == sorted(order)  # Keller: 3 mentions, Norland 2, the coast guard 1
    assert '<a href="/ui/stories/s-harbour">' in page
    headless = client.get("/ui/articles/a-counter").text
    assert "<h1>Some 900 soldiers were pulled back" in headless


def test_figures_by_unit_find_synonym_units(client: TestClient) -> None:
    found = client.get("/figures", params={"unit": "troop"}).json()["items"]  # stored as "soldier"
    assert [f["article_id"] for f in found] == ["a-counter"]


def test_a_copy_links_to_the_earliest_copy_on_its_pages() -> None:
    store = MemoryStore()
    store.migrate()
    copy = follow_up(article_id="a-copy", hours=4).model_copy(update={"duplicate_of": "a-follow", "headline": None})
    fill(store, [follow_up(), copy])
    with TestClient(create_app(store, metrics_registry=CollectorRegistry())) as c:
        assert 'copy of <a href="/ui/articles/a-follow">' in c.get("/ui/articles/a-copy").text
        story = c.get("/ui/stories/s-harbour").text
        assert 'copy of <a href="/ui/articles/a-follow">Harbour talks to continue</a>' in story
        assert c.get("/stories/s-harbour").json()["articles"][0]["duplicate_of"] == "a-follow"
