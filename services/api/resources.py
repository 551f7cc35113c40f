"""The JSON resources: articles, entities, figures, stories, read through the store port.
(No ``from __future__ import annotations`` here: parameter bounds come from the factory
argument, and FastAPI must evaluate the annotations at definition time.)

Every parameter is declared with its bounds, so FastAPI refuses a malformed one with 422 naming
it (problems.py shapes the answer); the store raises InvalidQuery for what only it can judge
(a cursor it did not make). Unknown ids are 404. Handlers are plain ``def``: the store is
synchronous, so they run in the threadpool and never block the event loop.
"""

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request

from events.models import FigureCategory, Qualifier
from services.api.exposure import without_server_paths
from services.api.schemas import (
    ArticleDetail,
    ArticleHistory,
    ArticlePage,
    EntityDetail,
    EntityPage,
    FigurePage,
    Problem,
    Story,
)
from services.processors.stories.credits import credit_line
from services.store.port import ArticleFilter, ReadPort

DEFAULT_PAGE = 20
MAX_PAGE = 100  # the cap: a larger limit is refused, not cut
MAX_CURSOR_CHARS = 1024
MAX_ID_CHARS = 200

PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "Missing or wrong bearer token (when the API has one)."},
    422: {"model": Problem, "description": "A malformed or out-of-range parameter, named in the problem."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "No such id."}, **PROBLEMS}
GONE: dict[int | str, dict[str, Any]] = {
    410: {"model": Problem, "description": "Withdrawn by its wire (see /versions)."}
}

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, 1 to {MAX_PAGE}; more is refused.")]
Cursor = Annotated[str | None, Query(max_length=MAX_CURSOR_CHARS, description="next_cursor of the previous page.")]
Text = Annotated[str | None, Query(min_length=1, max_length=MAX_ID_CHARS)]


def store_of(request: Request) -> ReadPort:
    return request.app.state.store


def json_routes(max_query_chars: int) -> APIRouter:
    """The JSON routes; ``q`` longer than ``max_query_chars`` is refused with 422."""
    router = APIRouter(responses=PROBLEMS)

    @router.get("/articles", response_model=ArticlePage, tags=["articles"])
    def list_articles(
        request: Request,
        source: Text = None,
        entity: Annotated[
            str | None, Query(min_length=1, max_length=MAX_ID_CHARS, description="Entity id or any of its aliases.")
        ] = None,
        category: Annotated[FigureCategory | None, Query(description="Has a figure of this category.")] = None,
        since: Annotated[datetime | None, Query(description="Published (else received) at or after.")] = None,
        until: Annotated[datetime | None, Query(description="Published (else received) before.")] = None,
        q: Annotated[
            str | None,
            Query(min_length=1, max_length=max_query_chars, description="Full-text query: every word must occur."),
        ] = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_PAGE,
    ) -> dict[str, Any]:
        """Articles, newest first, matching every filter given."""
        flt = ArticleFilter(source=source, entity=entity, category=category, since=since, until=until, q=q)
        page = store_of(request).list_articles(flt, cursor, limit)
        return {"items": page.items, "next_cursor": page.next_cursor}

    @router.get(
        "/articles/{article_id}", response_model=ArticleDetail, responses={**NOT_FOUND, **GONE}, tags=["articles"]
    )
    def get_article(request: Request, article_id: Annotated[str, Path(max_length=MAX_ID_CHARS)]) -> dict[str, Any]:
        """One article: cleaned body, removed lines with reasons, entities, figures, quotes, story, versions.
        A withdrawn article is 410 (its history stays at /versions); one under embargo is 404 until its time."""
        store = store_of(request)
        article = store.get_article(article_id)
        if article is None:
            history = store.get_versions(article_id)
            if history is not None and history["withdrawn"] is not None:
                w = history["withdrawn"]
                why = f": {w['reason']}" if w.get("reason") else ""
                raise HTTPException(410, f"article {article_id!r} was withdrawn ({w['status']}){why}")
        return with_credit(without_server_paths(_found(article, "article", article_id)))

    @router.get(
        "/articles/{article_id}/versions", response_model=ArticleHistory, responses=NOT_FOUND, tags=["articles"]
    )
    def get_versions(request: Request, article_id: Annotated[str, Path(max_length=MAX_ID_CHARS)]) -> dict[str, Any]:
        """Every version of an article, oldest first, with the entities and figures each added,
        removed or changed, and its withdrawals. Also for a withdrawn article; 404 while under embargo."""
        return _found(store_of(request).get_versions(article_id), "article", article_id)

    @router.get("/entities", response_model=EntityPage, tags=["entities"])
    def list_entities(
        request: Request,
        type: Annotated[str | None, Query(min_length=1, max_length=40, description="PERSON, ORG, GPE, ...")] = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_PAGE,
    ) -> dict[str, Any]:
        """Entities, most articles first."""
        page = store_of(request).list_entities(type, cursor, limit)
        return {"items": page.items, "next_cursor": page.next_cursor}

    @router.get("/entities/{entity_id:path}", response_model=EntityDetail, responses=NOT_FOUND, tags=["entities"])
    def get_entity(
        request: Request,
        entity_id: Annotated[str, Path(max_length=MAX_ID_CHARS, description="Entity id or alias.")],
    ) -> dict[str, Any]:
        """One entity by id or alias: aliases, articles, co-occurring entities."""
        return _found(store_of(request).get_entity(entity_id), "entity", entity_id)

    @router.get("/figures", response_model=FigurePage, tags=["figures"])
    def list_figures(
        request: Request,
        entity: Annotated[
            str | None,
            Query(min_length=1, max_length=MAX_ID_CHARS, description="Attributed to this entity id or alias."),
        ] = None,
        unit: Text = None,
        category: FigureCategory | None = None,
        qualifier: Qualifier | None = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_PAGE,
    ) -> dict[str, Any]:
        """Figures stated in articles, matching every filter given: newest article first, then in body order."""
        page = store_of(request).list_figures(entity, unit, category, qualifier, cursor, limit)
        return {"items": page.items, "next_cursor": page.next_cursor}

    @router.get("/stories/{story_id}", response_model=Story, responses=NOT_FOUND, tags=["stories"])
    def get_story(request: Request, story_id: Annotated[str, Path(max_length=MAX_ID_CHARS)]) -> dict[str, Any]:
        """One story: its articles (with the earliest copy each duplicates and its credit line) and the
        figure groups: figures of its articles that count the same thing, each with a verdict
        (agree, disagree, or update when a later report from the same source supersedes)."""
        return _found(store_of(request).get_story(story_id), "story", story_id)

    return router


def with_credit(article: dict[str, Any]) -> dict[str, Any]:
    """The article document with its credit line ({"line", "agency"} or None), read from its body
    and removed lines."""
    credit = credit_line(article.get("body") or "", [r["text"] for r in article.get("removed") or ()])
    return {**article, "credit": credit.as_json() if credit else None}


def _found(value: dict[str, Any] | None, kind: str, key: str) -> dict[str, Any]:
    if value is None:
        raise HTTPException(404, f"no {kind} with id {key!r}")
    return value
