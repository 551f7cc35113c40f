"""Placing an enriched article in a story (``pipeline.placed_in_story``): the near-duplicate
window is measured from the article's publication time (else its receipt) and set by
``COPYDESK_DUPLICATE_WINDOW_HOURS``, the same in the stream and offline."""

from datetime import datetime, timedelta, timezone

from events.models import ArticleEnriched, ArticleReceived
from services.commands.process import OfflinePipeline
from services.common.settings import Settings
from services.processors.pipeline import placed_in_story

BODY = ("The harbour authority of Portmouth approved a new container terminal on Tuesday after a long debate "
        "between dock workers and the city council about noise, traffic and jobs in the old quarter. Dock "
        "workers cheered as the authority backed the terminal, which the council says will bring jobs.")
T0 = datetime(2026, 3, 1, 8, tzinfo=timezone.utc)


def article(article_id, published=None, received=T0):
    return ArticleEnriched(article_id=article_id, source="wire", input="-", format="text", content_hash=article_id,
                           received_at=received, published_at=published, body=BODY)


def test_copies_further_apart_than_the_window_are_not_duplicates():
    state = {}
    placed_in_story(article("a1", published=T0), state, timedelta(hours=72))
    late = placed_in_story(article("a2", published=T0 + timedelta(hours=80), received=T0), state, timedelta(hours=72))
    assert late.duplicate_of is None  # published 80 h later, though received at the same moment


def test_copies_within_the_window_are_duplicates():
    state = {}
    placed_in_story(article("a1", published=T0), state, timedelta(hours=100))
    late = placed_in_story(article("a2", published=T0 + timedelta(hours=80)), state, timedelta(hours=100))
    assert late.duplicate_of == "a1"


def test_without_a_publication_time_the_receipt_time_counts():
    state = {}
    placed_in_story(article("a1", received=T0), state, timedelta(hours=1))
    late = placed_in_story(article("a2", received=T0 + timedelta(hours=2)), state, timedelta(hours=1))
    assert late.duplicate_of is None


def test_the_window_setting_reaches_the_offline_pipeline(monkeypatch):
    monkeypatch.setenv("COPYDESK_DUPLICATE_WINDOW_HOURS", "1.5")
    settings = Settings()
    assert settings.duplicate_window == timedelta(hours=1.5)
    assert Settings.model_fields["duplicate_window_hours"].default == 72

    class NoEntities:
        def extract(self, body):
            return (), ()

    pipeline = OfflinePipeline(NoEntities(), 3, skip_cleaning=True, duplicate_window=settings.duplicate_window)

    def received(article_id, hours):
        return ArticleReceived(article_id=article_id, source="wire", input="-", format="text", content=BODY,
                               content_hash=article_id, received_at=T0 + timedelta(hours=hours))

    assert pipeline(received("a1", 0)).duplicate_of is None
    assert pipeline(received("a2", 1)).duplicate_of == "a1"
    assert pipeline(received("a3", 4)).duplicate_of is None  # 4 h after a1 and 3 h after a2


def test_the_story_window_setting_closes_older_stories_in_the_offline_pipeline(monkeypatch):
    monkeypatch.setenv("COPYDESK_STORY_WINDOW_HOURS", "2")
    settings = Settings()
    assert settings.story_window == timedelta(hours=2)
    assert Settings.model_fields["story_window_hours"].default == 72

    class NoEntities:
        def extract(self, body):
            return (), ()

    def follow_up(article_id, hours, window):
        pipeline = OfflinePipeline(NoEntities(), 3, skip_cleaning=True, duplicate_window=timedelta(minutes=1),
                                   story_window=window)
        first = pipeline(ArticleReceived(article_id="a1", source="wire", input="-", format="text", content=BODY,
                                         content_hash="a1", received_at=T0))
        later = pipeline(ArticleReceived(article_id=article_id, source="other", input="-", format="text",
                                         content=BODY + " The terminal opens next year.", content_hash=article_id,
                                         received_at=T0 + timedelta(hours=hours)))
        return first.story_id, later.story_id

    joined = follow_up("a2", 5, timedelta(hours=72))
    assert joined[0] == joined[1]  # the same event five hours on joins its story
    closed = follow_up("a2", 5, settings.story_window)
    assert closed[0] != closed[1]  # with a 2-hour window that story is closed by then
