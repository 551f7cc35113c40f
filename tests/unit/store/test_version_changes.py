"""What changed between versions: entities by id, figures matched by what they count."""

import orjson

from services.store.version_changes import version_history

FIELDS = ("text", "value", "low", "high", "qualifier", "unit", "currency", "category", "attribution")


def fig(text, value, category="people-killed", unit="people", attribution=None, qualifier="exact"):
    return [text, value, None, None, qualifier, unit, None, category, attribution]


def summary(entities, figures):
    return orjson.dumps({"entities": entities, "figures": figures}).decode()


def test_figures_pair_by_what_they_count_and_unchanged_ones_are_not_listed():
    v1 = summary([["P-1", "Ana", "PERSON"], ["O-1", "UN", "ORG"]],
                 [fig("32 killed", 32), fig("5 wounded", 5, "people-wounded"), fig("$2m", 2e6, "money", "USD")])
    v2 = summary([["P-1", "Ana", "PERSON"], ["G-1", "Izmir", "GPE"]],
                 [fig("40 killed", 40), fig("5 wounded", 5, "people-wounded"), fig("3 ships", 3, "other", "ships")])
    _, second = version_history([
        {"content_hash": "h1", "received_at": "t1", "summary": v1},
        {"content_hash": "h2", "received_at": "t2", "summary": v2},
    ])
    assert second["version"] == 2 and second["changes_known"]
    assert [e["id"] for e in second["entities_added"]] == ["G-1"]
    assert [e["id"] for e in second["entities_removed"]] == ["O-1"]
    assert [(c["before"]["text"], c["after"]["text"]) for c in second["figures_changed"]] == [("32 killed", "40 killed")]
    assert [f["text"] for f in second["figures_added"]] == ["3 ships"]
    assert [f["text"] for f in second["figures_removed"]] == ["$2m"]


def test_a_version_stored_without_summary_says_its_changes_are_unknown():
    first, second, third = version_history([
        {"content_hash": "h1", "received_at": "t1", "summary": None},
        {"content_hash": "h2", "received_at": "t2", "summary": summary([], [])},
        {"content_hash": "h3", "received_at": "t3", "summary": summary([["P-1", "Ana", "PERSON"]], [])},
    ])
    assert not first["changes_known"] and not second["changes_known"] and second["entities_added"] == []
    assert third["changes_known"] and [e["id"] for e in third["entities_added"]] == ["P-1"]
