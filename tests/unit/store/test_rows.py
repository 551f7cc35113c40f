"""Events to rows and back."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import orjson

from events.models import ArticleEnriched, Entity, Figure, Mention, Quote, Removal
from services.store.rows import (
    ARTICLE_COLUMNS,
    ENTITY_COLUMNS,
    FIGURE_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    REMOVAL_COLUMNS,
    alias_key,
    event_from_rows,
    event_of,
    iso,
    normalised,
    rows_from_json,
    rows_of,
    rows_to_json,
    snippet,
)

BODY = "Minister Ana Costa said 30 families left the valley. Costa promised help."


def _event() -> ArticleEnriched:
    return ArticleEnriched(
        article_id="a-1", source="desk", input="a-1.txt", format="text", content_hash="h1",
        received_at=datetime(2026, 5, 4, 12, 0), published_at=datetime(2026, 5, 4, 13, 30, tzinfo=timezone(timedelta(hours=2))),
        headline="Families leave valley", body=BODY,
        removed=(Removal(text="Subscribe now", reason="subscription-prompt", position=4),),
        entities=(
            Entity(id="P-costa", name="Ana Costa", type="PERSON", aliases=("Costa",), roles=("minister",),
                   mentions=(Mention(start=9, end=18, text="Ana Costa"), Mention(start=53, end=58, text="Costa")),
                   mention_count=2, salience=0.9),
            Entity(id="P-costa", name="Ana Costa", type="PERSON"),
        ),
        figures=(Figure(text="30 families", start=24, end=35, value=30, unit="families", category="people-displaced",
                        attribution="Ana Costa", attribution_id="P-costa", sentence=BODY[:52]),),
        quotes=(Quote(text="help", start=69, end=73, speaker="Ana Costa", speaker_id="P-costa", cue="promised"),),
        story_id="s-1",
    )


def _as_dicts(columns: tuple[str, ...], rows: list[tuple]) -> list[dict]:
    return [dict(zip(columns, r)) for r in rows]


def test_rows_rebuild_the_normalised_event() -> None:
    rows = rows_of(_event())
    rebuilt = event_from_rows(
        dict(zip(ARTICLE_COLUMNS, rows.article)),
        _as_dicts(REMOVAL_COLUMNS, rows.removals),
        list(reversed(_as_dicts(ENTITY_COLUMNS, rows.entities))),  # child rows may come in any order
        _as_dicts(MENTION_COLUMNS, rows.mentions),
        _as_dicts(FIGURE_COLUMNS, rows.figures),
        _as_dicts(QUOTE_COLUMNS, rows.quotes),
    )
    assert rebuilt == normalised(_event())


def test_rows_carry_sort_time_and_distinct_entities() -> None:
    rows = rows_of(_event())
    article = dict(zip(ARTICLE_COLUMNS, rows.article))
    assert article["published_at"] == "2026-05-04T11:30:00.000000+00:00"
    assert article["sort_at"] == article["published_at"]
    assert article["received_at"] == "2026-05-04T12:00:00.000000+00:00"  # naive taken as UTC
    assert [(m.id, m.names) for m in rows.merges] == [("P-costa", ("Ana Costa", "Costa"))]  # listed twice, merged once
    assert rows.version[:3] == ("a-1", "h1", "2026-05-04T12:00:00.000000+00:00")
    assert '["P-costa","Ana Costa","PERSON"]' in rows.version[3]  # the version's summary (version_changes)


def test_rows_survive_json_and_give_the_event_back() -> None:
    rows = rows_from_json(orjson.loads(orjson.dumps(rows_to_json(rows_of(_event())))))
    assert rows.merges[0].names == ["Ana Costa", "Costa"] and rows.merges[0].id == "P-costa"
    assert event_of(rows) == normalised(_event())


def test_sort_time_falls_back_to_received_at() -> None:
    rows = rows_of(_event().model_copy(update={"published_at": None}))
    article = dict(zip(ARTICLE_COLUMNS, rows.article))
    assert article["sort_at"] == article["received_at"]


def test_iso_is_fixed_width_utc() -> None:
    assert iso(datetime(2026, 1, 2, 3, 4, 5, 6)) == "2026-01-02T03:04:05.000006+00:00"
    assert iso(datetime(2026, 1, 2, 5, 4, 5, tzinfo=timezone(timedelta(hours=2)))) == "2026-01-02T03:04:05.000000+00:00"
    assert iso(None) is None


def test_alias_key_ignores_case_and_spacing() -> None:
    assert alias_key("  Sergei\tLAVROV ") == alias_key("sergei lavrov") == "sergei lavrov"
    assert alias_key("STRASSE") == alias_key("straße")


def test_snippet_is_one_line_cut_at_a_word() -> None:
    assert snippet("Short\n\nbody.") == "Short body."
    long = " ".join(["word"] * 100)
    cut = snippet(long)
    assert len(cut) <= 241 and cut.endswith("word…")
