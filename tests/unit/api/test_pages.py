from __future__ import annotations

import re

from fastapi.testclient import TestClient


def html(client: TestClient, path: str, status: int = 200) -> str:
    r = client.get(path)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def test_article_page_shows_what_an_editor_needs(client: TestClient) -> None:
    page = html(client, "/ui/articles/a-harbour")
    assert re.search(r'<del>ADVERTISEMENT</del> <span class="reason">advertisement</span>', page)
    assert '<del>Share this story on Facebook</del> <span class="reason">share-widget</span>' in page
    assert page.index("ADVERTISEMENT") < page.index("Keller</a> told reporters") < page.index("Share this story")
    assert '<a class="entity type-person" href="/ui/entities/ent_keller"' in page
    assert '<a class="entity type-gpe" href="/ui/entities/ent_norland"' in page
    table = page[page.index('<table class="figures">'):page.index("</table>")]
    assert "at least 1,200 troops" in table and "lower-bound" in table and "people-deployed" in table
    assert '<td class="num">1,200</td>' in table and '<td class="num">40</td>' in table
    assert '<a href="/ui/entities/ent_keller">Anna Keller</a>' in table
    assert '<a href="/ui/articles/a-follow">Harbour talks to continue</a>' in page  # same story
    assert '<mark class="figure"' in page


def test_article_list_and_entity_pages(client: TestClient) -> None:
    page = html(client, "/ui/articles?entity=Norland")
    assert "/ui/articles/a-harbour" in page and "/ui/articles/a-follow" in page and "a-hostile" not in page
    entity = html(client, "/ui/entities/Keller")
    assert "<h1>Anna Keller" in entity and "/ui/articles/a-harbour" in entity
    assert "/ui/entities/ent_norland" in entity


def test_empty_form_fields_mean_any(client: TestClient) -> None:
    page = html(client, "/ui/articles?q=&entity=&source=")
    assert all(f"/ui/articles/{a}" in page for a in ("a-harbour", "a-follow", "a-hostile"))


def test_list_page_links_to_the_next_page(client: TestClient) -> None:
    page = html(client, "/ui/articles?limit=1&source=northwire")
    assert "a-harbour" in page
    page = html(client, "/ui/articles?limit=2")
    nxt = re.search(r'href="/ui/articles\?([^"]+)"', page)
    assert nxt is not None
    assert "a-hostile" in html(client, "/ui/articles?" + nxt.group(1).replace("&amp;", "&"))


def test_everything_from_the_store_is_escaped(client: TestClient) -> None:
    page = html(client, "/ui/articles/a-hostile")
    assert "<script>" not in page and "<img" not in page and "<b>Bold" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "javascript:" not in page  # a non-http URL is not linked
    assert "&lt;b&gt;Bold&lt;/b&gt; claim &amp; &#34;quotes&#34;" in page


def test_page_errors_are_pages(client: TestClient) -> None:
    page = html(client, "/ui/articles/a-nope", status=404)
    assert "no article with id &#39;a-nope&#39;" in page
    assert "limit" in html(client, "/ui/articles?limit=1000", status=422)


def test_root_leads_to_the_list(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/ui/articles"


def test_pages_forbid_scripts_and_outside_resources(client: TestClient) -> None:
    for path, status in (("/ui/articles", 200), ("/ui/articles/a-harbour", 200), ("/ui/entities/ent_keller", 200),
                         ("/ui/articles/a-nope", 404)):
        r = client.get(path)
        assert r.status_code == status
        assert "default-src 'none'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"


def test_figure_values_read_as_numbers() -> None:
    from services.api.pages import _number

    assert [_number(v) for v in (2e6, 1e7, 3.5, 0.125, 12000.0)] == ["2,000,000", "10,000,000", "3.5", "0.125", "12,000"]
