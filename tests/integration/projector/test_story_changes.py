"""The projector on the real broker with both of its topics: articles and story changes, as
`copydesk project` builds it (a decoder process), merges applied, and a
replay from the log giving the same store."""

from __future__ import annotations

from events.codec import encode
from events.models import StoryUpdated
from events.topics import ENRICHED, STORIES
from services.bus.kafka import KafkaPublisher
from services.bus.port import Record
from services.bootstrap import Cluster, build_projector
from services.common.metrics import create_metrics
from services.store.factory import open_store
from tests.integration.store.factories import LAVROV, T0, article


def test_story_merges_reach_the_store_and_a_replay_rebuilds_the_same_stories(broker_settings) -> None:
    settings = broker_settings.model_copy(update={"projector_decoder_processes": 1})
    prefix, bootstrap = settings.topic_prefix, settings.kafka_bootstrap_servers
    # 30 stories of 4 articles; then every odd story is merged into the story before it
    articles = [article(f"a-{s:02d}-{i}", f"Sergey Lavrov on matter {s}, part {i}.", minutes=s * 4 + i,
                        people=[LAVROV], story_id=f"s-{s:02d}") for s in range(30) for i in range(4)]
    changes = [StoryUpdated(article_id=a.article_id, story_id=a.story_id, change="joined" if a.article_id[-1] != "0"
                            else "opened", source="wire", at=T0) for a in articles]
    changes += [StoryUpdated(article_id=f"m-{s:02d}", story_id=f"s-{s - 1:02d}", change="merged",
                             merged=(f"s-{s:02d}",), source="wire", at=T0) for s in range(1, 30, 2)]
    late = [article(f"late-{s:02d}", f"Sergey Lavrov, late, on matter {s}.", minutes=200 + s, people=[LAVROV],
                    story_id=f"s-{s:02d}") for s in range(1, 30, 2)]  # still naming the merged stories
    publisher = KafkaPublisher(bootstrap, client_id="test-story-changes")
    publisher.publish([Record(STORIES.name(prefix), c.record_key, encode(c)) for c in changes])
    publisher.publish([Record(ENRICHED.name(prefix), a.article_id, encode(a)) for a in articles + late])
    publisher.close()

    store = open_store(settings.store_url)
    store.migrate()
    projector = build_projector(settings, store, cluster=Cluster(bootstrap), metrics=create_metrics())
    assert projector.run(until_caught_up=True) == len(articles) + len(late) + len(changes)
    stats = store.stats()
    assert stats["articles"] == 135 and stats["stories"] == 15
    survivor = store.get_story("s-03")
    assert survivor["story_id"] == "s-02"
    assert sorted(a["article_id"] for a in survivor["articles"]) == sorted(
        [f"a-02-{i}" for i in range(4)] + [f"a-03-{i}" for i in range(4)] + ["late-03"])
    first = store.dump()

    store.reset()  # `copydesk replay`: the store again from the start of both topics
    assert build_projector(settings, store, cluster=Cluster(bootstrap), metrics=create_metrics()).run(until_caught_up=True) == len(articles) + len(late) + len(changes)
    assert store.dump() == first
    store.close()
