"""Under an API token, a real browser asking for an editor's page gets the login form (not a JSON
401), with the page it asked for to return to; the form's submission is covered with TestClient
in tests/unit/api/test_token_login.py."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from services.store.factory import open_store
from services.store.port import Delivery
from tests.e2e.browser.test_article_page import parse
from tests.integration.api.server import running_api
from tests.unit.api.sample import harbour_article

pytestmark = pytest.mark.browser


class StartTags(HTMLParser):
    """The attributes of every start tag (void elements such as input included), by tag."""

    def __init__(self, dom: str) -> None:
        super().__init__()
        self.tags: dict[str, list[dict[str, str | None]]] = {}
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.setdefault(tag, []).append(dict(attrs))


def test_a_browser_under_a_token_gets_the_login_form(browser, tmp_path: Path) -> None:  # noqa: ANN001
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    store.migrate()
    store.apply([Delivery(harbour_article(), "enriched", 0, 0)])
    try:
        with running_api(store, token="s3cret") as url:
            dom = browser.dom(f"{url}/ui/articles/a-harbour")
    finally:
        store.close()
    assert [text for _, text in parse(dom, "h1").of("h1")] == ["Sign in"]
    tags = StartTags(dom).tags
    inputs = {attrs.get("name"): attrs for attrs in tags["input"]}
    assert inputs["token"]["type"] == "password"
    assert inputs["next"]["value"] == "/ui/articles/a-harbour"
    forms = [attrs for attrs in tags["form"] if attrs.get("action") == "/login"]
    assert forms and forms[0]["method"] == "post"
