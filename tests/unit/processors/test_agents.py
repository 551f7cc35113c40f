"""The faust shell without a broker: agents decode, call the pure handler, send and confirm;
a failure on one message goes to the dead-letter topic and the stream goes on."""

import asyncio
from datetime import datetime, timedelta, timezone
from unittest.mock import AsyncMock

import pytest
from faust.types import TP

from events.codec import decode, encode
from events.models import ArticleCleaned, ArticleEnriched, ArticleReceived, DeadLetter, StoryUpdated
from services.common.metrics import create_metrics
from services.common.settings import Settings
from services.processors.app import changelog_topics, create_app


class FakeExtractor:
    def extract(self, body):
        if "explode" in body:
            raise RuntimeError("extractor failed on purpose")
        return (), ()

    def extract_many(self, bodies, batch_size=32):
        return [self.extract(body) for body in bodies]


def received(content: str, article_id: str = "a-1") -> ArticleReceived:
    return ArticleReceived(article_id=article_id, source="wire", input="x.txt", format="text", content=content,
                           content_hash="h", received_at=datetime(2026, 1, 1, tzinfo=timezone.utc))


def answer_table_writes(app, held=None):
    """Table changelog writes answered at once (there is no producer here), or kept in ``held``
    for the test to answer."""
    for table in app.tables.values():
        topic = table.changelog_topic

        def send_soon(*, key=None, value=None, partition=None, key_serializer=None, value_serializer=None,
                      _topic=topic, **_):
            future = _topic.as_future_message(key=key, value=value, partition=partition,
                                              key_serializer=key_serializer, value_serializer=value_serializer)
            if held is None:
                future.set_result(None)
            else:
                held.append(future)
            return future

        topic.send_soon = send_soon


@pytest.fixture
def app(request):
    stages = getattr(request, "param", "full")
    settings = Settings(consumer_group="unit-test", topic_partitions=1, stages=stages)
    app = create_app(settings, "localhost:1", FakeExtractor(), create_metrics())
    app.finalize()
    app.conf.store = "memory://"
    sent: dict[str, list] = {}

    def capture(topic):
        async def send(key=None, value=None, headers=None, **_):
            sent.setdefault(topic.get_topic_name(), []).append((key, value))
            done = asyncio.get_running_loop().create_future()
            done.set_result(None)
            return done
        return send

    for topic in app.copydesk_topics.values():
        topic.send = AsyncMock(side_effect=capture(topic))
    app.copydesk_sent = sent
    answer_table_writes(app)
    return app


def sent_on(app, suffix):
    return [v for name, values in app.copydesk_sent.items() if name.endswith(suffix) for _, v in values]


def test_enrichment_sends_enriched_event_and_dead_letters_failures(app):
    _, enrichment, _ = app.copydesk_agents
    cleaned = ArticleCleaned(**received("x").model_dump(exclude={"content", "headline"}, exclude_defaults=True), body="A calm body.")
    bad = ArticleCleaned(**received("x", "a-2").model_dump(exclude={"content", "headline"}, exclude_defaults=True), body="Please explode.")

    async def feed():
        async with enrichment.test_context() as agent:
            await agent.put(encode(bad), key=b"a-2")
            await agent.put(b"not json at all", key=b"a-3")
            await agent.put(encode(cleaned), key=b"a-1")
            await until(lambda: len(sent_on(app, "articles.extracted")) + len(sent_on(app, "dead-letter")) >= 3)

    asyncio.run(feed())
    (extracted,) = [decode(v, ArticleEnriched) for v in sent_on(app, "articles.extracted")]
    assert extracted.article_id == "a-1" and extracted.body == "A calm body."
    assert extracted.story_id is None  # the story stage places it
    assert not sent_on(app, "articles.enriched")
    letters = sorted((decode(v, DeadLetter) for v in sent_on(app, "dead-letter")), key=lambda d: d.offset)
    assert [(d.article_id, d.stage, d.error_type) for d in letters] == [
        ("a-2", "enrichment", "RuntimeError"),
        ("a-3", "enrichment", "DecodeError"),
    ]
    assert letters[1].payload == "not json at all" and letters[0].offset == 0 and letters[1].offset == 1


async def until(condition, timeout=5.0):
    """Batches are parsed when full or after enrichment_batch_seconds: wait for the outputs."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "the agent sent nothing in time"
        await asyncio.sleep(0.05)


def test_the_story_stage_places_every_article_against_one_table(app):
    *_, story = app.copydesk_agents
    body = "The same wire story about the harbour talks, word for word, as sent by the agency today."
    first = ArticleEnriched(**received("x", "a-1").model_dump(exclude={"content", "headline"}, exclude_defaults=True), body=body)
    copy = ArticleEnriched(**received("x", "a-2").model_dump(exclude={"content", "headline"}, exclude_defaults=True), body=body)

    async def feed():
        async with story.test_context() as agent:
            await agent.put(encode(first), key=b"a-1")
            await agent.put(encode(copy), key=b"a-2")
            await agent.put(b"{}", key=b"a-3")

    asyncio.run(feed())
    placed = [decode(v, ArticleEnriched) for v in sent_on(app, "articles.enriched")]
    assert [(e.article_id, e.duplicate_of) for e in placed] == [("a-1", None), ("a-2", "a-1")]
    assert placed[0].story_id and placed[0].story_id == placed[1].story_id
    (letter,) = [decode(v, DeadLetter) for v in sent_on(app, "dead-letter")]
    assert (letter.article_id, letter.stage) == ("a-3", "stories")
    changes = [decode(v, StoryUpdated) for v in sent_on(app, "copydesk.stories")]
    assert [(c.article_id, c.story_id, c.change, c.duplicate_of) for c in changes] == [
        ("a-1", placed[0].story_id, "opened", None), ("a-2", placed[0].story_id, "joined", "a-1"),
    ]
    keys = [k for name, values in app.copydesk_sent.items() if name.endswith("copydesk.stories") for k, _ in values]
    assert keys == [placed[0].story_id.encode()] * 2  # keyed by story


def test_the_story_stage_settles_a_record_only_once_its_story_change_is_acknowledged(app):
    *_, story = app.copydesk_agents
    stories = app.copydesk_topics["stories"]
    held = []

    async def send_held(key=None, value=None, headers=None, **_):
        held.append(asyncio.get_running_loop().create_future())
        return held[-1]

    stories.send = AsyncMock(side_effect=send_held)
    tp = TP(app.copydesk_topics["extracted"].get_topic_name(), 0)
    app.ledger.assign({tp: 0})
    first = ArticleEnriched(**received("x", "a-1").model_dump(exclude={"content", "headline"}, exclude_defaults=True), body="One story.")
    second = ArticleEnriched(**received("x", "a-2").model_dump(exclude={"content", "headline"}, exclude_defaults=True), body="Another.")

    async def feed():
        async with story.test_context() as agent:
            await agent.put(encode(first), key=b"a-1")
            assert len(sent_on(app, "articles.enriched")) == 1 and len(held) == 1
            await asyncio.sleep(0.05)
            assert app.ledger.position(tp) == 0  # the enriched article is acknowledged, not its change
            held[0].set_result(None)
            await until(lambda: app.ledger.position(tp) == 1)
            await agent.put(encode(second), key=b"a-2")
            held[1].set_exception(RuntimeError("the broker refused it"))
            await asyncio.sleep(0.05)
            assert app.ledger.position(tp) == 1  # its change was refused: it is processed again

    asyncio.run(feed())
    assert not sent_on(app, "dead-letter")


def test_the_story_stage_settles_a_record_only_once_its_table_writes_are_acknowledged(app):
    """A record committed before its story-index changes reached the changelog would leave a
    worker that takes the partition over without them (that article then placed again)."""
    *_, story = app.copydesk_agents
    writes = []
    answer_table_writes(app, held=writes)
    tp = TP(app.copydesk_topics["extracted"].get_topic_name(), 0)
    app.ledger.assign({tp: 0})
    article = ArticleEnriched(**received("x", "a-1").model_dump(exclude={"content", "headline"}, exclude_defaults=True),
                              body="The harbour talks resumed on Monday.")

    async def feed():
        async with story.test_context() as agent:
            await agent.put(encode(article), key=b"a-1")
            assert writes and len(sent_on(app, "articles.enriched")) == 1
            await asyncio.sleep(0.05)
            assert app.ledger.position(tp) == 0  # its outputs are acknowledged, its table writes not yet
            for write in writes[:-1]:
                write.set_result(None)
            await asyncio.sleep(0.05)
            assert app.ledger.position(tp) == 0
            writes[-1].set_result(None)
            await until(lambda: app.ledger.position(tp) == 1)

    asyncio.run(feed())


def test_the_story_stage_uses_the_configured_duplicate_window():
    settings = Settings(consumer_group="unit-test", topic_partitions=1, duplicate_window_hours=1)
    app = create_app(settings, "localhost:1", FakeExtractor(), create_metrics())
    app.finalize()
    app.conf.store = "memory://"
    *_, story = app.copydesk_agents
    sent = []

    async def send(key=None, value=None, headers=None, **_):
        sent.append(value)
        done = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done

    for topic in app.copydesk_topics.values():
        topic.send = AsyncMock(side_effect=send)
    answer_table_writes(app)
    body = "The same wire story about the harbour talks, word for word, as sent by the agency today."
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)

    def article(article_id, hours):
        return ArticleEnriched(**received("x", article_id).model_dump(exclude={"content", "headline"}, exclude_defaults=True),
                               body=body).model_copy(update={"published_at": t0 + timedelta(hours=hours)})

    async def feed():
        async with story.test_context() as agent:
            for article_id, hours in (("a-1", 0), ("a-2", 0.5), ("a-3", 3)):
                await agent.put(encode(article(article_id, hours)), key=article_id.encode())

    asyncio.run(feed())
    placed = {e.article_id: e.duplicate_of for e in (decode(v) for v in sent) if isinstance(e, ArticleEnriched)}
    assert placed == {"a-1": None, "a-2": "a-1", "a-3": None}


@pytest.mark.parametrize("app", ["pass-through"], indirect=True)
def test_pass_through_stages_hand_their_input_on_unchanged(app):
    cleaning, enrichment, story = app.copydesk_agents
    article = received("Please explode.\n\nShare this story on Facebook")

    async def feed():
        async with cleaning.test_context() as agent:
            await agent.put(encode(article), key=b"a-1")
        (value,) = sent_on(app, "articles.cleaned")
        async with enrichment.test_context() as agent:
            await agent.put(value, key=b"a-1")
            await until(lambda: sent_on(app, "articles.extracted"))
        async with story.test_context() as agent:
            await agent.put(sent_on(app, "articles.extracted")[0], key=b"a-1")

    asyncio.run(feed())
    (enriched,) = [decode(v, ArticleEnriched) for v in sent_on(app, "articles.enriched")]
    assert enriched.body == "Please explode.\n\nShare this story on Facebook"  # nothing removed, no extractor
    assert enriched.entities == () and enriched.story_id is None
    assert not sent_on(app, "dead-letter")


def test_every_table_changelog_is_declared_compacted_with_its_table_partitions():
    settings = Settings(consumer_group="grp", topic_partitions=5)
    app = create_app(settings, "localhost:1", FakeExtractor(), create_metrics())
    shapes = changelog_topics(app)
    assert {name: shape.partitions for name, shape in shapes.items()} == {
        "grp-line-counts-changelog": 5, "grp-story-index-changelog": 1,
    }
    assert all(shape.config == {"cleanup.policy": "compact"} for shape in shapes.values())


def test_the_story_stage_sends_a_revision_when_a_copy_arrived_before_its_original():
    metrics = create_metrics()
    app = create_app(Settings(consumer_group="unit-test", topic_partitions=1), "localhost:1", FakeExtractor(), metrics)
    app.finalize()
    app.conf.store = "memory://"
    *_, story = app.copydesk_agents
    sent: list[tuple[str, bytes]] = []

    def capture(topic):
        async def send(key=None, value=None, headers=None, **_):
            sent.append((topic.get_topic_name(), value))
            done = asyncio.get_running_loop().create_future()
            done.set_result(None)
            return done
        return send

    for topic in app.copydesk_topics.values():
        topic.send = AsyncMock(side_effect=capture(topic))
    body = "The same wire story about the harbour talks, word for word, as sent by the agency today."
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)

    def article(article_id, hours, text):
        return ArticleEnriched(**received("x", article_id).model_dump(exclude={"content", "headline"}, exclude_defaults=True),
                               body=text).model_copy(update={"published_at": t0 + timedelta(hours=hours)})

    async def feed():
        async with story.test_context() as agent:
            await agent.put(encode(article("a-copy", 2, "(Reuters) " + body)), key=b"a-copy")  # overtook its original
            await agent.put(encode(article("a-original", 1, body)), key=b"a-original")

    asyncio.run(feed())
    changes = [decode(v, StoryUpdated) for name, v in sent if name.endswith("copydesk.stories")]
    assert [(c.article_id, c.change, c.duplicate_of) for c in changes] == [
        ("a-copy", "opened", None), ("a-original", "joined", None), ("a-copy", "revised", "a-original")]
    assert metrics.story_changes.labels("revised")._value.get() == 1


def test_the_cleaning_stage_cleans_a_record_delivered_again_as_the_first_time(app):
    """At-least-once: a raw record comes again after a rebalance, a crash or a stall seek (or an
    ingestor publishes it twice). Its lines must not be counted again: a line two earlier articles
    had reached the learning threshold (3) early, and the article cleaned again, and a later one
    sharing the line, lost it where `copydesk process` keeps it. A syndicated copy lost its text
    that way, and with it the fingerprint that finds its original (a story-partition-move run)."""
    cleaning, _, _ = app.copydesk_agents
    shared = "Governor Elena Marquez asked residents of the upper hills to leave before the fire reached them."

    def report(outlet: str) -> str:
        return f"The {outlet} desk reports on the hillside fire in its own words.\n\n{shared}\n"

    first, second, third = (received(report(o), f"a-{n}") for n, o in enumerate(("Ledger", "Courier", "Beacon"), 1))

    async def feed():
        async with cleaning.test_context() as agent:
            for article in (first, second, second, third, third):  # the second and third delivered twice
                await agent.put(encode(article), key=article.article_id.encode())

    asyncio.run(feed())
    bodies = [(c.article_id, c.body) for c in (decode(v, ArticleCleaned) for v in sent_on(app, "articles.cleaned"))]
    assert [article_id for article_id, _ in bodies] == ["a-1", "a-2", "a-2", "a-3", "a-3"]
    assert all(shared in body for _, body in bodies), bodies  # two earlier articles had it: not yet furniture
    assert bodies[1] == bodies[2] and bodies[3] == bodies[4]
