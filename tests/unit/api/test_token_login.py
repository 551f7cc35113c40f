"""The API token in practice: any case of the scheme name, a browser session from the login
form (HttpOnly, SameSite=Strict cookie), and no server file paths in /articles/{id}."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from services.api.app import create_app
from services.api.exposure import public_input, public_url
from services.api.login import safe_next
from services.api.session import COOKIE, session_value
from services.store.memory import MemoryStore
from tests.unit.api.conftest import fill
from tests.unit.api.sample import harbour_article

TOKEN = "s3cret-token"


@pytest.fixture
def guarded(store: MemoryStore) -> TestClient:
    return TestClient(create_app(store, token=TOKEN), follow_redirects=False)


@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER", "bEaReR"])
def test_the_scheme_name_is_case_insensitive(guarded: TestClient, scheme: str) -> None:
    assert guarded.get("/articles", headers={"Authorization": f"{scheme} {TOKEN}"}).status_code == 200
    assert guarded.get("/articles", headers={"Authorization": f"{scheme}  {TOKEN}"}).status_code == 200


@pytest.mark.parametrize("header", [f"Basic {TOKEN}", f"Bearer {TOKEN.upper()}", f"Bearer{TOKEN}", TOKEN, "Bearer ",
                                    f"Bearer {TOKEN} extra"])
def test_anything_but_the_bearer_token_is_refused(guarded: TestClient, header: str) -> None:
    assert guarded.get("/articles", headers={"Authorization": header}).status_code == 401


def test_a_browser_is_sent_to_the_login_form_and_back(guarded: TestClient) -> None:
    page = guarded.get("/ui/articles?q=harbour", headers={"Accept": "text/html,application/xhtml+xml"})
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=%2Fui%2Farticles%3Fq%3Dharbour"
    form = guarded.get(page.headers["location"])
    assert form.status_code == 200 and 'name="token"' in form.text and 'value="/ui/articles?q=harbour"' in form.text
    assert form.headers["content-security-policy"].startswith("default-src 'none'")
    assert guarded.get("/static/copydesk.css").status_code == 200  # the form's stylesheet


def test_the_login_form_sets_a_strict_http_only_session_cookie(guarded: TestClient) -> None:
    done = guarded.post("/login", data={"token": TOKEN, "next": "/ui/articles?q=harbour"})
    assert done.status_code == 303 and done.headers["location"] == "/ui/articles?q=harbour"
    cookie = done.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}={session_value(TOKEN)};")
    assert {"HttpOnly", "SameSite=Strict", "Path=/"} <= {part.strip() for part in cookie.split(";")}
    assert TOKEN not in cookie
    # The client now holds the cookie: pages and the JSON API answer.
    assert guarded.get("/ui/articles", headers={"Accept": "text/html"}).status_code == 200
    assert guarded.get("/ui/articles/a-harbour").status_code == 200
    assert guarded.get("/articles").status_code == 200
    # Logging out removes it.
    out = guarded.post("/logout")
    assert out.status_code == 303 and "Max-Age=0" in out.headers["set-cookie"]
    assert guarded.get("/articles").status_code == 401


def test_a_wrong_token_shows_the_form_again(guarded: TestClient) -> None:
    done = guarded.post("/login", data={"token": "guess", "next": "/ui/articles"})
    assert done.status_code == 401 and "set-cookie" not in done.headers
    assert "not the one this server expects" in done.text
    assert guarded.get("/articles", cookies={COOKIE: session_value("guess")}).status_code == 401
    assert guarded.get("/articles", cookies={COOKIE: TOKEN}).status_code == 401  # the token itself is no session


def test_over_https_the_cookie_is_secure(store: MemoryStore) -> None:
    client = TestClient(create_app(store, token=TOKEN), base_url="https://copydesk.example", follow_redirects=False)
    assert "Secure" in client.post("/login", data={"token": TOKEN}).headers["set-cookie"]


def test_only_the_login_paths_take_post_and_only_under_a_token(guarded: TestClient, store: MemoryStore) -> None:
    assert guarded.post("/articles", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 405
    open_client = TestClient(create_app(store), follow_redirects=False)
    assert open_client.post("/login", data={"token": TOKEN}).status_code == 405
    assert open_client.get("/login").status_code == 404


@pytest.mark.parametrize(("given", "kept"), [
    ("/ui/stories/s-1", "/ui/stories/s-1"), ("//evil.example/x", "/ui/articles"), ("/\\evil.example", "/ui/articles"),
    ("https://evil.example/", "/ui/articles"), ("", "/ui/articles"), (None, "/ui/articles"),
    ("/ui/articles\r\nSet-Cookie: x=1", "/ui/articles"),
])
def test_login_only_sends_the_browser_on_within_the_site(given, kept) -> None:
    assert safe_next(given) == kept


def test_an_article_shows_no_server_file_path() -> None:
    store = MemoryStore()
    store.migrate()
    fill(store, [harbour_article(), harbour_article().model_copy(update={
        "article_id": "a-local", "input": "/srv/copydesk/inbox/2026/wire-0042.txt",
        "url": "file:///srv/copydesk/inbox/2026/wire-0042.txt"})])
    body = TestClient(create_app(store)).get("/articles/a-local").json()
    assert body["input"] == "wire-0042.txt" and body["url"] is None
    assert "/srv/" not in str(body)
    kept = TestClient(create_app(store)).get("/articles/a-harbour").json()
    assert kept["input"] == "harbour.html" and kept["url"] == "https://northwire.example/harbour-talks"


@pytest.mark.parametrize(("given", "shown"), [
    ("/srv/in/a.txt", "a.txt"), ("in/a.txt", "a.txt"), ("C:\\wire\\b.json", "b.json"), ("-", "-"),
    ("https://feeds.example/item/1", "https://feeds.example/item/1"), ("/", "-"),
])
def test_public_input(given: str, shown: str) -> None:
    assert public_input(given) == shown


def test_public_url_keeps_web_urls_only() -> None:
    assert public_url("HTTPS://x.example/a") == "HTTPS://x.example/a"
    assert public_url("file:///etc/passwd") is None and public_url(None) is None
