"""The editor's pages: server-rendered HTML over the same store port as the JSON resources.

Jinja2 with autoescape on: every value from the store is escaped; links to the outside are
only made for http(s) URLs. Errors on these pages render as an HTML page with the same status
(``error_page``), since a person reads them. (No ``from __future__ import annotations``: the
bounds of ``q`` come from the factory argument, which FastAPI must see at definition time.)
"""

from pathlib import Path as FsPath
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from services.api.markup import layout
from services.api.resources import DEFAULT_PAGE, MAX_ID_CHARS, Cursor, Limit, store_of, with_credit
from services.store.port import ArticleFilter
from services.store.story_view import first_line

TEMPLATES = FsPath(__file__).parent / "templates"

# The pages run no script and load nothing from elsewhere: say so, so injected markup could do nothing.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
FormText = Annotated[str | None, Query(max_length=MAX_ID_CHARS)]  # a form sends empty fields: "" means "any"


def templates() -> Jinja2Templates:
    """The page templates, autoescaped; an undefined variable is an error, not an empty string."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["external"] = _external_url
    env.filters["number"] = _number
    return Jinja2Templates(env=env)


def page_routes(max_query_chars: int, views: Jinja2Templates) -> APIRouter:
    """The HTML routes (kept out of the OpenAPI document): /, /ui/articles, /ui/articles/{id},
    /ui/stories/{id}, /ui/entities/{id or alias}. Parameters are bounded like the JSON resources'."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @router.get("/")
    def home() -> Response:
        return RedirectResponse("/ui/articles", status_code=307)

    @router.get("/ui/articles")
    def articles(
        request: Request,
        q: Annotated[str | None, Query(max_length=max_query_chars)] = None,
        entity: FormText = None,
        source: FormText = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_PAGE,
    ) -> Response:
        query = ArticleFilter(q=q or None, entity=entity or None, source=source or None)  # empty form fields
        filters = {"q": query.q, "entity": query.entity, "source": query.source}
        page = store_of(request).list_articles(query, cursor, limit)
        next_query = None
        if page.next_cursor:
            kept = {k: v for k, v in filters.items() if v}
            next_query = urlencode({**kept, "cursor": page.next_cursor, "limit": limit})
        return views.TemplateResponse(
            request,
            "articles.html",
            {
                "items": page.items,
                "filters": {k: v or "" for k, v in filters.items()},
                "next_query": next_query,
            },
            headers=PAGE_HEADERS,
        )

    @router.get("/ui/articles/{article_id}")
    def article(request: Request, article_id: Annotated[str, Path(max_length=MAX_ID_CHARS)]) -> Response:
        store = store_of(request)
        doc = store.get_article(article_id)
        if doc is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        story = store.get_story(doc["story_id"]) if doc.get("story_id") else None
        siblings = [a for a in (story or {}).get("articles", []) if a["article_id"] != article_id]
        # The headline the cleaning stage took out of the body is the page's title, not furniture.
        blocks = [block for block in layout(doc) if block.reason != "headline"]
        return views.TemplateResponse(
            request,
            "article.html",
            {
                "a": with_credit(doc),
                "headline": headline_of(doc),
                "blocks": blocks,
                "entities": by_mentions(doc.get("entities") or []),
                "siblings": siblings,
            },
            headers=PAGE_HEADERS,
        )

    @router.get("/ui/stories/{story_id}")
    def story(request: Request, story_id: Annotated[str, Path(max_length=MAX_ID_CHARS)]) -> Response:
        doc = store_of(request).get_story(story_id)
        if doc is None:
            raise HTTPException(404, f"no story with id {story_id!r}")
        return views.TemplateResponse(
            request,
            "story.html",
            {
                "s": doc,
                "outlets": by_outlet(doc["articles"]),
                "titles": {a["article_id"]: title_of(a) for a in doc["articles"]},
            },
            headers=PAGE_HEADERS,
        )

    @router.get("/ui/entities/{entity_id:path}")
    def entity(request: Request, entity_id: Annotated[str, Path(max_length=MAX_ID_CHARS)]) -> Response:
        doc = store_of(request).get_entity(entity_id)
        if doc is None:
            raise HTTPException(404, f"no entity with id or alias {entity_id!r}")
        return views.TemplateResponse(request, "entity.html", {"e": doc}, headers=PAGE_HEADERS)

    return router


def headline_of(article: dict[str, Any]) -> str:
    """What the article page shows as its headline: the headline, else the block the cleaning
    stage removed as the headline, else the body's first line."""
    if article.get("headline"):
        return article["headline"]
    taken = next((r["text"] for r in article.get("removed") or () if r["reason"] == "headline"), None)
    return taken or first_line(article.get("body") or "") or "(no headline)"


def title_of(item: dict[str, Any]) -> str:
    """A story article's title: its headline, else its first line; never its bare id."""
    return item.get("headline") or item.get("first_line") or "(empty article)"


def by_mentions(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities most mentioned first (then most salient, then by name)."""
    return sorted(entities, key=lambda e: (-e.get("mention_count", 0), -e.get("salience", 0.0), e["name"]))


def by_outlet(articles: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The story's articles grouped by outlet (outlets by name), oldest first within each."""
    outlets: dict[str, list[dict[str, Any]]] = {}
    for a in articles:
        outlets.setdefault(a["source"], []).append(a)
    return [
        (name, sorted(items, key=lambda a: (a.get("published_at") or a.get("received_at") or "", a["article_id"])))
        for name, items in sorted(outlets.items())
    ]


def error_page(views: Jinja2Templates, request: Request, status: int, detail: str) -> Response:
    """The HTML page for an error on a /ui page."""
    return views.TemplateResponse(
        request, "error.html", {"status": status, "detail": detail}, status_code=status, headers=PAGE_HEADERS
    )


def _external_url(value: Any) -> str | None:
    """``value`` when it is an http(s) URL (safe to put in href), else None."""
    if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
        return value
    return None


def _number(value: float) -> str:
    """A figure's value for people: 12,000 / 2,000,000 / 3.5 (never scientific notation)."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")
