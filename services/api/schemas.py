"""Response models of the API: they give the OpenAPI document its shapes (so clients can be
generated) and check that what the store returns is what the API promises.

Article, entity and figure shapes reuse the event contract (events/models.py) rather than
restating it; store keys beyond these shapes are ignored, never leaked.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from events.models import ArticleEnriched, Figure, FigureCategory, Qualifier


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


class VersionEntity(Shape):
    id: str
    name: str
    type: str


class VersionFigure(Shape):
    """A figure as a version's summary keeps it: what it says and what it counts."""

    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier
    unit: str | None = None
    currency: str | None = None
    category: FigureCategory
    attribution: str | None = None


class FigureChange(Shape):
    before: VersionFigure
    after: VersionFigure


class VersionChanges(Shape):
    """One version of an article and what changed against the one before it (against nothing for
    version 1). Figures pair up when they count the same thing (category, unit, currency, source)."""

    version: int = Field(description="1 for the first version received, then in order of receipt.")
    content_hash: str
    received_at: datetime = Field(description="When this version was first received.")
    changes_known: bool = Field(description="False for a version stored before changes were recorded.")
    entities_added: list[VersionEntity]
    entities_removed: list[VersionEntity]
    figures_added: list[VersionFigure]
    figures_removed: list[VersionFigure]
    figures_changed: list[FigureChange]


class Withdrawal(Shape):
    withdrawn_at: datetime = Field(description="When the withdrawal was received.")
    status: Literal["withheld", "canceled", "killed"]
    reason: str | None = Field(None, description="The wire's note, as given.")


class ArticleHistory(Shape):
    """Every version of an article with what changed, and its withdrawals; readable after a
    withdrawal, not before an embargo ends."""

    article_id: str
    withdrawn: Withdrawal | None = Field(None, description="The withdrawal hiding the article now, if any.")
    versions: list[VersionChanges]
    withdrawals: list[Withdrawal]


class Credit(Shape):
    """A syndication credit line ("(Reuters)", "With Post wires") and the agency it names, if known."""

    line: str
    agency: str | None = None


class ArticleDetail(ArticleEnriched):
    """Every field of the enriched article plus the versions received."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    versions: list[Version] = []
    credit: Credit | None = Field(None, description="The article's syndication credit line, if it has one.")


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
    first_line: str = Field("", description="The body's first line: what to show when there is no headline.")
    source: str
    published_at: datetime | None = None
    received_at: datetime | None = None
    duplicate_of: str | None = Field(None, description="The earliest near-identical copy (syndication), if any.")
    credit: Credit | None = None


class GroupedFigure(Shape):
    """One source's figure in a figure group."""

    article_id: str
    outlet: str
    reported_at: datetime
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier
    unit: str | None = None
    category: FigureCategory
    attribution: str | None = None
    attribution_id: str | None = None
    sentence: str = ""
    superseded: bool = Field(False, description="A later report from the same source replaced it.")


class FigureGroup(Shape):
    """Figures of the story's articles that count the same thing, and whether they agree."""

    unit: str = Field(description="Normalised unit: soldiers, troops and servicemen all count 'troop'.")
    category: FigureCategory
    increment: bool = Field(description="The figures are additions ('an additional 25,000'), not totals.")
    action: str | None = Field(None, description="What is counted being done: deploy, kill, wound, ...")
    planned: bool = Field(description="A plan or promise ('pledged to send'), not a reported fact.")
    period: int | None = Field(None, description="The year the figures are stated for, when stated.")
    verdict: Literal["agree", "disagree", "update"]
    figures: list[GroupedFigure]


class Story(Shape):
    story_id: str
    articles: list[StoryArticle]
    figure_groups: list[FigureGroup] = []


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
