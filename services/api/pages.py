"""The editor's pages: server-rendered HTML over the same store port as the JSON resources.

Jinja2 with autoescape on: every value from the store is escaped; links to the outside are
only made for http(s) URLs. Errors on these pages render as an HTML page with the same status
(``error_page``), since a person reads them.
"""


from pathlib import Path as FsPath
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from services.api.markup import layout
from services.api.resources import DEFAULT_PAGE, MAX_ID_CHARS, Cursor, Limit, Text, store_of
from services.store.port import ArticleFilter

TEMPLATES = FsPath(__file__).parent / "templates"


def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["external"] = _external_url
    return Jinja2Templates(env=env)


def page_routes(max_query_chars: int, views: Jinja2Templates) -> APIRouter:
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @router.get("/")
    def home() -> Response:
        return RedirectResponse("/ui/articles", status_code=307)

    @router.get("/ui/articles")
    def articles(
        request: Request,
        q: Annotated[str | None, Query(max_length=max_query_chars)] = None,
        entity: Text = None,
        source: Text = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_PAGE,
    ) -> Response:
        filters = {"q": q or None, "entity": entity, "source": source}
        page = store_of(request).list_articles(ArticleFilter(**filters), cursor, limit)
        next_query = None
        if page.next_cursor:
            kept = {k: v for k, v in filters.items() if v}
            next_query = urlencode({**kept, "cursor": page.next_cursor, "limit": limit})
        return views.TemplateResponse(request, "articles.html", {
            "items": page.items, "filters": {k: v or "" for k, v in filters.items()}, "next_query": next_query,
        })

    @router.get("/ui/articles/{article_id}")
    def article(request: Request, article_id: Annotated[str, Path(max_length=MAX_ID_CHARS)]) -> Response:
        store = store_of(request)
        doc = store.get_article(article_id)
        if doc is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        story = store.get_story(doc["story_id"]) if doc.get("story_id") else None
        siblings = [a for a in (story or {}).get("articles", []) if a["article_id"] != article_id]
        entities = sorted(doc.get("entities") or [], key=lambda e: (-e.get("salience", 0.0), e["name"]))
        return views.TemplateResponse(request, "article.html", {
            "a": doc, "blocks": layout(doc), "entities": entities, "siblings": siblings,
        })

    @router.get("/ui/entities/{entity_id:path}")
    def entity(request: Request, entity_id: Annotated[str, Path(max_length=MAX_ID_CHARS)]) -> Response:
        doc = store_of(request).get_entity(entity_id)
        if doc is None:
            raise HTTPException(404, f"no entity with id or alias {entity_id!r}")
        return views.TemplateResponse(request, "entity.html", {"e": doc})

    return router


def error_page(views: Jinja2Templates, request: Request, status: int, detail: str) -> Response:
    """The HTML page for an error on a /ui page."""
    return views.TemplateResponse(request, "error.html", {"status": status, "detail": detail}, status_code=status)


def _external_url(value: Any) -> str | None:
    """``value`` when it is an http(s) URL (safe to put in href), else None."""
    if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
        return value
    return None
