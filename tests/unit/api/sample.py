"""Made-up articles shaped like real wire copy (not the seeds), shared by the API tests.

Spans (mentions, figures) are found in the body by text, so they are always consistent.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from events.models import ArticleEnriched, Entity, Figure, Mention, Quote, Removal

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)

HARBOUR_BODY = (
    "Talks between Norland and Vesterland on the harbour dispute resumed in Kaldborg on Monday, "
    "foreign minister Anna Keller said.\n\n"
    "Keller told reporters that at least 1,200 troops had been pulled back from the border, "
    "while the Vesterland Coast Guard said about 40 vessels remained in the bay.\n\n"
    "\u201cWe are closer than we have been in years,\u201d Keller said after the meeting."
)


def spans(body: str, text: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``text`` in ``body``."""
    out, start = [], body.find(text)
    while start >= 0:
        out.append((start, start + len(text)))
        start = body.find(text, start + 1)
    return out


def entity(body: str, id: str, name: str, type: str, *texts: str, aliases: tuple[str, ...] = ()) -> Entity:
    mentions = tuple(Mention(start=s, end=e, text=t) for t in texts for s, e in spans(body, t))
    mentions = tuple(sorted(mentions, key=lambda m: m.start))
    return Entity(id=id, name=name, type=type, mentions=mentions, mention_count=len(mentions),
                  salience=len(mentions) / 10, aliases=aliases)


def figure(body: str, text: str, **fields: object) -> Figure:
    start, end = spans(body, text)[0]
    return Figure(text=text, start=start, end=end, **fields)  # type: ignore[arg-type]


def harbour_article(article_id: str = "a-harbour", story_id: str | None = "s-harbour", **changes: object) -> ArticleEnriched:
    """A cleaned, enriched article with removed furniture, three entities, two figures, a quote."""
    body = HARBOUR_BODY
    quote_text = "We are closer than we have been in years,"
    q_start = body.find(quote_text)
    article = ArticleEnriched(
        article_id=article_id,
        source="northwire",
        input="northwire/harbour.html",
        format="html",
        content_hash="c" * 64,
        received_at=T0,
        published_at=T0 - timedelta(hours=1),
        url="https://northwire.example/harbour-talks",
        headline="Harbour talks resume as troops pull back",
        byline="By Jonas Berg",
        dateline="KALDBORG",
        body=body,
        removed=(
            Removal(text="Harbour talks resume as troops pull back", reason="headline", position=0),
            Removal(text="By Jonas Berg", reason="byline", position=1),
            Removal(text="ADVERTISEMENT", reason="advertisement", position=3),
            Removal(text="Share this story on Facebook", reason="share-widget", position=5),
            Removal(text="(Reporting by Jonas Berg; editing by Mia Holt)", reason="agency-tail", position=7),
        ),
        entities=(
            entity(body, "ent_keller", "Anna Keller", "PERSON", "Anna Keller", "Keller", aliases=("Keller",)),
            entity(body, "ent_norland", "Norland", "GPE", "Norland"),
            entity(body, "ent_vcg", "Vesterland Coast Guard", "ORG", "Vesterland Coast Guard"),
        ),
        figures=(
            figure(body, "at least 1,200 troops", value=1200.0, low=1200.0, qualifier="lower-bound", unit="troops",
                   category="people-deployed", attribution="Anna Keller", attribution_id="ent_keller",
                   sentence="Keller told reporters that at least 1,200 troops had been pulled back from the border"),
            figure(body, "about 40 vessels", value=40.0, qualifier="approximate", unit="vessels", category="weapons",
                   attribution="Vesterland Coast Guard", attribution_id="ent_vcg"),
        ),
        quotes=(Quote(text=quote_text, start=q_start, end=q_start + len(quote_text), speaker="Anna Keller",
                      speaker_id="ent_keller", cue="said"),),
        story_id=story_id,
    )
    return article.model_copy(update=changes)


def follow_up(article_id: str = "a-follow", story_id: str | None = "s-harbour", hours: int = 3) -> ArticleEnriched:
    """A second, shorter article of the same story from another source."""
    body = "Norland said on Tuesday the harbour talks would continue next week.\n\nNo date was given."
    return ArticleEnriched(
        article_id=article_id, source="southpress", input="southpress/follow.txt", format="text",
        content_hash="d" * 64, received_at=T0 + timedelta(hours=hours), headline="Harbour talks to continue",
        body=body, entities=(entity(body, "ent_norland", "Norland", "GPE", "Norland"),), story_id=story_id,
    )


def hostile(article_id: str = "a-hostile") -> ArticleEnriched:
    """An article whose text looks like markup and SQL: it must come back as plain text."""
    body = "The letter read <script>alert('x')</script> and then '; DROP TABLE articles; -- in full."
    return ArticleEnriched(
        article_id=article_id, source="odd", input="odd/x.txt", format="text", content_hash="e" * 64,
        received_at=T0 - timedelta(days=1), headline="<b>Bold</b> claim & \"quotes\"", url="javascript:alert(1)",
        body=body, removed=(Removal(text="<img src=x onerror=alert(1)>", reason="other-furniture", position=0),),
    )
