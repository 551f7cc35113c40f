"""Small factories of enriched events for the store tests, on made-up sentences."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from events.models import ArticleEnriched, Entity, Figure, Mention, Quote, Removal
from services.store.port import ArticleFilter, Delivery, Store

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)
TOPIC = "copydesk.articles.enriched"


def entity(eid: str, name: str, type_: str = "PERSON", aliases: Sequence[str] = (), body: str = "") -> Entity:
    """An entity whose mentions are every occurrence of its name in ``body``."""
    mentions, start = [], body.find(name)
    while start >= 0:
        mentions.append(Mention(start=start, end=start + len(name), text=name))
        start = body.find(name, start + 1)
    return Entity(id=eid, name=name, type=type_, aliases=tuple(aliases), mentions=tuple(mentions),
                  mention_count=len(mentions), salience=0.5, roles=("official",) if type_ == "PERSON" else ())


def figure(text: str, body: str, value: float | None, category: str = "other", unit: str | None = None,
           qualifier: str = "exact", attribution_id: str | None = None) -> Figure:
    start = body.index(text)
    return Figure(text=text, start=start, end=start + len(text), value=value, category=category, unit=unit,
                  qualifier=qualifier, attribution_id=attribution_id, sentence=body, salience=0.25)


def article(
    aid: str,
    body: str,
    *,
    headline: str | None = None,
    source: str = "wire",
    minutes: int = 0,
    published: bool = True,
    people: Sequence[tuple[str, str, Sequence[str]]] = (),
    figures: Sequence[Figure] = (),
    story_id: str | None = None,
    content_hash: str | None = None,
) -> ArticleEnriched:
    """An enriched article published ``minutes`` after T0 (or only received then)."""
    when = T0 + timedelta(minutes=minutes)
    return ArticleEnriched(
        article_id=aid,
        source=source,
        input=f"{aid}.txt",
        format="text",
        content_hash=content_hash or f"hash-{aid}",
        received_at=when + timedelta(seconds=30),
        published_at=when if published else None,
        headline=headline or f"Headline of {aid}",
        byline="By A. Reporter",
        body=body,
        removed=(Removal(text="Advertisement", reason="advertisement", position=2),
                 Removal(text="Share this article", reason="share-widget", position=5)),
        entities=tuple(entity(eid, name, aliases=aliases, body=body) for eid, name, aliases in people),
        figures=tuple(figures),
        quotes=(Quote(text="We will talk again", start=0, end=18, speaker="Sergey Lavrov", speaker_id="Q-lavrov",
                      cue="said"),),
        story_id=story_id,
    )


def delivered(events: Sequence[ArticleEnriched], partition: int = 0, first: int = 0, topic: str = TOPIC) -> list[Delivery]:
    return [Delivery(e, topic, partition, first + i) for i, e in enumerate(events)]


LAVROV = ("Q-lavrov", "Sergey Lavrov", ("Lavrov", "Sergei Lavrov"))
RUBIO = ("Q-rubio", "Marco Rubio", ("Rubio",))
GUTERRES = ("Q-guterres", "António Guterres", ("Guterres",))


def corpus() -> list[ArticleEnriched]:
    """Five articles: two sources, a story, figures of several categories, shared entities."""
    b1 = "Sergey Lavrov met Marco Rubio in Riyadh on Tuesday. About 40 people were killed in the strikes."
    b2 = "Sergey Lavrov said the talks would resume. Officials said $2 billion in aid was frozen."
    b3 = "António Guterres called for a ceasefire as 1,200 troops were deployed to the border."
    b4 = "Marco Rubio told reporters that at least 12 people were wounded overnight."
    b5 = "Storms closed schools across the northern provinces for three days."
    return [
        article("art-1", b1, headline="Lavrov and Rubio meet in Riyadh", minutes=10, people=[LAVROV, RUBIO],
                figures=[figure("About 40", b1, 40, "people-killed", "people", "approximate")], story_id="story-talks"),
        article("art-2", b2, headline="Talks to resume, Lavrov says", minutes=20, source="agency", people=[LAVROV],
                figures=[figure("$2 billion", b2, 2e9, "money", "USD", attribution_id="Q-lavrov")], story_id="story-talks"),
        article("art-3", b3, headline="UN chief calls for ceasefire", minutes=30, people=[GUTERRES],
                figures=[figure("1,200", b3, 1200, "people-deployed", "troops")]),
        article("art-4", b4, headline="Rubio: twelve wounded", minutes=40, source="agency", people=[RUBIO],
                figures=[figure("at least 12", b4, 12, "people-wounded", "people", "lower-bound")]),
        article("art-5", b5, headline="Storms close schools", minutes=50, published=False),
    ]


def every_page(store: Store, flt: ArticleFilter, size: int) -> list[str]:
    """The article ids of every page of ``flt``, following the cursors to the end."""
    seen, cursor = [], None
    while True:
        page = store.list_articles(flt, cursor, size)
        seen += [i["article_id"] for i in page.items]
        if page.next_cursor is None:
            return seen
        cursor = page.next_cursor
