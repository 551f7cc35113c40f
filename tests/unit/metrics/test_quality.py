"""Quality signals: what the stages' output says about copy quality, from closed label sets."""

from datetime import datetime, timezone

from events.models import ArticleEnriched, Entity, Figure, Removal, StoryUpdated
from services.common.metrics import ENTITY_TYPES, FIGURE_CATEGORIES, SHORT_BODY_WORDS, create_metrics
from services.processors.quality import (
    body_size,
    entities_by_type,
    figures_by_category,
    one_word_people,
    record_cleaned,
    record_placed,
)

AT = datetime(2026, 1, 1, tzinfo=timezone.utc)


def enriched(body="Words " * 60, **fields) -> ArticleEnriched:
    return ArticleEnriched(article_id="a-1", source="wire", input="x.txt", format="text", content_hash="h",
                           received_at=AT, body=body, **fields)


def value(metrics, name, **labels):
    return metrics.registry.get_sample_value(name, labels)


def test_body_size_classes_empty_short_and_ok():
    assert body_size("") == "empty"
    assert body_size(" \n\t ") == "empty"
    assert body_size("one two three") == "short"
    assert body_size(" ".join(["word"] * (SHORT_BODY_WORDS - 1))) == "short"
    assert body_size("\n".join(["word"] * SHORT_BODY_WORDS)) == "ok"


def test_entity_counts_cover_every_type_and_fold_unknown_labels_into_other():
    counts = entities_by_type([Entity(id="p", name="Ann Lee", type="PERSON"), Entity(id="q", name="Bo", type="PERSON"),
                               Entity(id="x", name="Thing", type="MONEY")])
    assert set(counts) == set(ENTITY_TYPES)
    assert counts["PERSON"] == 2 and counts["other"] == 1 and counts["ORG"] == 0


def test_figure_counts_cover_every_category():
    counts = figures_by_category([Figure(text="3", start=0, end=1, category="money")] * 2)
    assert set(counts) == set(FIGURE_CATEGORIES)
    assert counts["money"] == 2 and counts["people"] == 0


def test_one_word_people_counts_single_word_person_names_only():
    people = [Entity(id="1", name="Lavrov", type="PERSON"), Entity(id="2", name="Sergei Lavrov", type="PERSON"),
              Entity(id="3", name="Reuters", type="ORG")]
    assert one_word_people(people) == 1


def test_record_cleaned_counts_the_body_size_and_removals():
    metrics = create_metrics()
    record_cleaned(metrics, enriched(body="", removed=(Removal(text="Share this", reason="share-widget", position=0),)))
    assert value(metrics, "copydesk_cleaned_articles_total", body="empty") == 1
    assert value(metrics, "copydesk_cleaned_articles_total", body="ok") == 0
    assert value(metrics, "copydesk_boilerplate_removed_total", reason="share-widget") == 1


def test_record_placed_counts_entities_figures_story_changes_and_duplicates():
    metrics = create_metrics()
    article = enriched(entities=(Entity(id="1", name="Lavrov", type="PERSON"),),
                       figures=(Figure(text="$3bn", start=0, end=4, category="money"),), duplicate_of="a-0")
    update = StoryUpdated(article_id="a-1", story_id="s-1", change="opened", source="wire", at=AT)
    record_placed(metrics, article, update)
    assert value(metrics, "copydesk_entities_per_article_count", type="PERSON") == 1
    assert value(metrics, "copydesk_entities_per_article_sum", type="PERSON") == 1
    assert value(metrics, "copydesk_entities_per_article_sum", type="ORG") == 0
    assert value(metrics, "copydesk_figures_per_article_sum", category="money") == 1
    assert value(metrics, "copydesk_unresolved_short_mentions_total") == 1
    assert value(metrics, "copydesk_duplicates_total") == 1
    assert value(metrics, "copydesk_story_changes_total", change="opened") == 1
    assert value(metrics, "copydesk_story_changes_total", change="merged") == 0
