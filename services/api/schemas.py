"""Response models of the API: they give the OpenAPI document its shapes (so clients can be
generated) and check that what the store returns is what the API promises.

Article, entity and figure shapes reuse the event contract (events/models.py) rather than
restating it; store keys beyond these shapes are ignored, never leaked.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from events.models import ArticleEnriched, Figure


class Shape(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ArticleItem(Shape):
    article_id: str
    source: str
    headline: str | None = None
    published_at: datetime | None = None
    received_at: datetime
    story_id: str | None = None
    snippet: str = ""


class ArticlePage(Shape):
    items: list[ArticleItem]
    next_cursor: str | None = None


class Version(Shape):
    content_hash: str
    received_at: datetime


class ArticleDetail(ArticleEnriched):
    """Every field of the enriched article plus the versions received."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    versions: list[Version] = []


class EntityItem(Shape):
    id: str
    name: str
    type: str
    article_count: int
    aliases: list[str] = []


class EntityPage(Shape):
    items: list[EntityItem]
    next_cursor: str | None = None


class EntityArticle(Shape):
    article_id: str
    headline: str | None = None


class CoOccurring(Shape):
    id: str
    name: str
    type: str
    count: int


class EntityDetail(Shape):
    id: str
    name: str
    type: str
    aliases: list[str] = []
    articles: list[EntityArticle] = []
    co_occurring: list[CoOccurring] = []


class FigureItem(Figure):
    """A figure with the article it was stated in."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    article_id: str


class FigurePage(Shape):
    items: list[FigureItem]
    next_cursor: str | None = None


class StoryArticle(Shape):
    article_id: str
    headline: str | None = None
    source: str
    published_at: datetime | None = None


class Story(Shape):
    story_id: str
    articles: list[StoryArticle]


class Health(Shape):
    status: str


class Problem(Shape):
    """RFC 9457 problem details (``application/problem+json``)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[dict[str, str]] | None = None
