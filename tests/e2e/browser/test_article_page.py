"""What an editor sees in a real browser: headless Chromium over the served pages."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


class Elements(HTMLParser):
    """Collects (tag, attrs, text) for the tags asked for, from a serialised DOM."""

    def __init__(self, *tags: str) -> None:
        super().__init__()
        self.tags = set(tags)
        self.found: list[tuple[str, dict[str, str | None], str]] = []
        self.open: list[tuple[str, dict[str, str | None], list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.tags:
            self.open.append((tag, dict(attrs), []))

    def handle_data(self, data: str) -> None:
        for _, _, text in self.open:
            text.append(data)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                name, attrs, text = self.open.pop(i)
                self.found.append((name, attrs, " ".join(" ".join(text).split())))
                break

    def of(self, tag: str, cls: str | None = None) -> list[tuple[dict[str, str | None], str]]:
        return [(a, t) for n, a, t in self.found if n == tag and (cls is None or cls in (a.get("class") or "").split())]


def parse(dom: str, *tags: str) -> Elements:
    parser = Elements(*tags)
    parser.feed(dom)
    return parser


def test_article_page_in_chromium(browser, api_url: str, artifacts: Path) -> None:  # noqa: ANN001
    url = f"{api_url}/ui/articles/a-harbour"
    page = parse(browser.dom(url), "del", "p", "a", "td", "tr", "h1")

    removed = [text for attrs, text in page.of("p", "removed")]
    assert "ADVERTISEMENT advertisement" in removed
    assert "Share this story on Facebook share-widget" in removed
    assert "(Reporting by Jonas Berg; editing by Mia Holt) agency-tail" in removed
    struck = [text for _, text in page.of("del")]
    assert struck[0] == "removed boilerplate"  # the legend, then the removed blocks in reading order
    assert struck[1:] == [  # the headline the cleaning stage took out is the page's headline, not furniture
        "By Jonas Berg", "ADVERTISEMENT", "Share this story on Facebook", "(Reporting by Jonas Berg; editing by Mia Holt)",
    ]
    assert [text for _, text in page.of("h1")] == ["Harbour talks resume as troops pull back"]

    entity_links = {(a["href"], text) for a, text in page.of("a", "entity")}
    assert ("/ui/entities/ent_keller", "Anna Keller") in entity_links
    assert ("/ui/entities/ent_norland", "Norland") in entity_links
    assert ("/ui/entities/ent_vcg", "Vesterland Coast Guard") in entity_links

    rows = [text for _, text in page.of("tr")]
    assert rows[0] == "Figure Value Unit Category Qualifier Attribution"
    assert "at least 1,200 troops 1,200 troops people-deployed lower-bound Anna Keller" in rows
    assert "about 40 vessels 40 vessels weapons approximate Vesterland Coast Guard" in rows

    story = {(a["href"], text) for a, text in page.of("a")}
    assert ("/ui/articles/a-follow", "Harbour talks to continue") in story

    shot = browser.screenshot(url, artifacts / "article-a-harbour.png")
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank image


def test_entity_link_leads_to_the_entity_page(browser, api_url: str) -> None:  # noqa: ANN001
    page = parse(browser.dom(f"{api_url}/ui/entities/ent_norland"), "h1", "a")
    assert [text for _, text in page.of("h1")] == ["Norland GPE"]
    hrefs = {a["href"] for a, _ in page.of("a")}
    assert {"/ui/articles/a-harbour", "/ui/articles/a-follow", "/ui/entities/ent_keller"} <= hrefs


def test_article_list_in_chromium(browser, api_url: str, artifacts: Path) -> None:  # noqa: ANN001
    page = parse(browser.dom(f"{api_url}/ui/articles?q=harbour"), "a")
    headlines = [text for a, text in page.of("a", "headline")]
    assert headlines == ["Harbour talks to continue", "Harbour talks resume as troops pull back"]
    browser.screenshot(f"{api_url}/ui/articles", artifacts / "articles.png", height=900)
