"""What changed between an article's versions, in entities and figures (pure).

The store keeps, with each version (one per content_hash, see ``article_versions``), a summary of
what the enrichment found in it: ``summary_of(event)`` as JSON text. ``version_history(versions)``
turns the stored versions, oldest first, into the API's list: each version numbered from 1, with
the entities and figures added, removed or changed against the one before it.

Figures are matched as the same quantity when they count the same thing the same way: category,
unit, currency and attribution (the source quoted). Within one such key they pair up in body
order; a pair whose value, bounds or qualifier differ is *changed* ("32 people killed" becoming "40
people killed"), the rest of the new version's are *added* and of the old one's *removed*.
Entities compare by id. A version stored before summaries were kept (``summary`` None) lists no
changes, and says so (``changes_known`` false).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

from events.models import ArticleEnriched

_FIGURE_FIELDS = ("text", "value", "low", "high", "qualifier", "unit", "currency", "category", "attribution")
_KEY_FIELDS = ("category", "unit", "currency", "attribution")
_AMOUNT_FIELDS = ("value", "low", "high", "qualifier")


def summary_of(event: ArticleEnriched) -> str:
    """The entities (id, name, type) and figures of ``event`` as compact JSON."""
    entities = list({e.id: [e.id, e.name, e.type] for e in event.entities}.values())
    figures = [[getattr(f, name) for name in _FIGURE_FIELDS] for f in event.figures]
    return orjson.dumps({"entities": entities, "figures": figures}).decode()


def version_history(versions: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``versions`` (oldest first; each {"content_hash", "received_at", "summary"}) as the API lists them."""
    out: list[dict[str, Any]] = []
    before: dict[str, Any] | None = None
    for number, v in enumerate(versions, 1):
        now = orjson.loads(v["summary"]) if v.get("summary") else None
        entry: dict[str, Any] = {"version": number, "content_hash": v["content_hash"], "received_at": v["received_at"]}
        if now is not None and (before is not None or number == 1):
            entry["changes_known"] = True
            entry.update(_changes(before or {"entities": [], "figures": []}, now))
        else:
            entry["changes_known"] = False
            entry.update(_NO_CHANGES)
        out.append(entry)
        before = now
    return out


_NO_CHANGES: dict[str, list[Any]] = {
    "entities_added": [],
    "entities_removed": [],
    "figures_added": [],
    "figures_removed": [],
    "figures_changed": [],
}


def _changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    old_entities = {e[0]: e for e in old["entities"]}
    new_entities = {e[0]: e for e in new["entities"]}
    added, removed, changed = _figure_changes(
        [_figure(f) for f in old["figures"]], [_figure(f) for f in new["figures"]]
    )
    return {
        "entities_added": [_entity(e) for i, e in new_entities.items() if i not in old_entities],
        "entities_removed": [_entity(e) for i, e in old_entities.items() if i not in new_entities],
        "figures_added": added,
        "figures_removed": removed,
        "figures_changed": changed,
    }


def _figure_changes(
    old: list[dict[str, Any]], new: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    added: list[dict[str, Any]] = []
    removed: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    old_by_key = _by_key(old)
    new_by_key = _by_key(new)
    for key in dict.fromkeys([*old_by_key, *new_by_key]):
        was, now = old_by_key.get(key, []), new_by_key.get(key, [])
        was, now = _drop_equal(was, now)
        for a, b in zip(was, now, strict=False):
            changed.append({"before": a, "after": b})
        removed += was[len(now) :]
        added += now[len(was) :]
    return added, removed, changed


def _drop_equal(
    was: list[dict[str, Any]], now: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Both lists without the figures that stayed the same (same amount; in order, one for one)."""
    rest = list(now)
    kept_old = []
    for figure in was:
        same = next((i for i, f in enumerate(rest) if _amount(f) == _amount(figure)), None)
        if same is None:
            kept_old.append(figure)
        else:
            rest.pop(same)
    return kept_old, rest


def _by_key(figures: Iterable[dict[str, Any]]) -> dict[tuple, list[dict[str, Any]]]:
    out: dict[tuple, list[dict[str, Any]]] = {}
    for f in figures:
        out.setdefault(tuple(f[k] for k in _KEY_FIELDS), []).append(f)
    return out


def _amount(f: Mapping[str, Any]) -> tuple:
    return tuple(f[k] for k in _AMOUNT_FIELDS)


def _figure(values: list[Any]) -> dict[str, Any]:
    return dict(zip(_FIGURE_FIELDS, values, strict=True))


def _entity(values: list[Any]) -> dict[str, Any]:
    return {"id": values[0], "name": values[1], "type": values[2]}
