"""Quality signals of the stages' output, for the metrics no stream framework gives.

Pure functions read an event and say what to count (a body's size class, entities per type,
figures per category, one-word person names); ``record_cleaned`` and ``record_placed`` are the
thin part that adds those counts to the :class:`~services.common.metrics.Metrics`. Every label
value comes from a closed set (see ``services.common.metrics``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from events.models import ArticleCleaned, ArticleEnriched, Entity, Figure, StoryUpdated
from services.common.metrics import ENTITY_TYPES, FIGURE_CATEGORIES, SHORT_BODY_WORDS, Metrics
from services.processors.cleaning.signals import word_count


def body_size(body: str) -> str:
    """``empty`` (no text), ``short`` (under SHORT_BODY_WORDS words) or ``ok``."""
    collapsed = " ".join(body.split())
    if not collapsed:
        return "empty"
    return "short" if word_count(collapsed) < SHORT_BODY_WORDS else "ok"


def entities_by_type(entities: Iterable[Entity]) -> dict[str, int]:
    """How many entities of each type in ENTITY_TYPES (zeros included; unknown labels -> ``other``)."""
    counts = Counter(e.type if e.type in ENTITY_TYPES else "other" for e in entities)
    return {t: counts.get(t, 0) for t in ENTITY_TYPES}


def figures_by_category(figures: Iterable[Figure]) -> dict[str, int]:
    """How many figures of each category (zeros included)."""
    counts: Counter[str] = Counter(f.category for f in figures)
    return {c: counts.get(c, 0) for c in FIGURE_CATEGORIES}


def one_word_people(entities: Iterable[Entity]) -> int:
    """PERSON entities named by a single word: a short mention ("Lavrov") that no full name in the
    article resolved (or a mononym, which this cannot tell apart)."""
    return sum(1 for e in entities if e.type == "PERSON" and len(e.name.split()) == 1)


def record_cleaned(metrics: Metrics, cleaned: ArticleCleaned) -> None:
    """Count a cleaned article's body size and its removals by reason."""
    metrics.cleaned_bodies.labels(body_size(cleaned.body)).inc()
    for removal in cleaned.removed:
        metrics.boilerplate_removed.labels(removal.reason).inc()


def record_placed(metrics: Metrics, enriched: ArticleEnriched, update: StoryUpdated | None) -> None:
    """Count an enriched article's entities, figures and one-word people, and its story change
    and duplicate status (``update`` None: no story stage ran)."""
    for entity_type, n in entities_by_type(enriched.entities).items():
        metrics.entities_per_article.labels(entity_type).observe(n)
    for category, n in figures_by_category(enriched.figures).items():
        metrics.figures_per_article.labels(category).observe(n)
    metrics.unresolved_short_mentions.inc(one_word_people(enriched.entities))
    if update is not None:
        metrics.story_changes.labels(update.change).inc()
    if enriched.duplicate_of is not None:
        metrics.duplicates.inc()
