"""Evaluation of same-event clustering: copydesk's story stage against a TF-IDF and a MinHash baseline.

``evaluate(directory)`` reads every ``*.json`` file under ``directory`` (one topic each)::

    {"topic": "earthquake",
     "events": [{"event": "turkey-2025-02",
                 "articles": [{"id": "...", "text": "...", "published": "2025-02-06T04:30:00+00:00",
                               "outlet": "..."}, ...]}, ...]}

A topic holds events of one kind (the hard negatives of each other); the gold cluster of an
article is its event. All articles, of every topic, go through each clusterer as one stream in
order of publication (then id), as they would reach the story stage:

- ``copydesk``: entities from the entity stage (:class:`EntityExtractor`, the bundled model),
  then :func:`assign_story` against one fresh :class:`StoryState`; merges reported by a placement join the
  merged stories' articles to the surviving story, as a reader of the story events would.
- ``tfidf``: each article joins the earlier cluster whose TF-IDF centroid (terms of
  :mod:`terms`, sublinear tf, idf over the whole corpus, so it knows the future) is most
  cosine-similar, when the similarity reaches a threshold; the threshold is *tuned on the data
  evaluated* (the best B-cubed F1 over a grid): an upper bound of that baseline.
- ``minhash``: each article joins the cluster of the earlier article with the highest estimated
  Jaccard similarity of word 5-shingles (:mod:`duplicates`' MinHash), when it reaches a
  threshold, also tuned on the data.

Scores: B-cubed precision, recall and F1 over all articles; pairwise precision within topics
(of the pairs of articles of one topic put in one cluster, the share that are one event) and
the number of such pairs. Bad input raises ValueError naming the file and the reason.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from services.processors.stories.duplicates import NUM_PERM, fingerprint
from services.processors.stories.terms import terms

GRID = tuple(round(0.05 * i, 2) for i in range(1, 19))


@dataclass(frozen=True)
class Article:
    id: str
    topic: str
    event: str
    text: str
    published: datetime
    outlet: str


def load(directory: Path) -> list[Article]:
    """Every article of the corpus under ``directory``, in stream order (published, then id)."""
    files = sorted(directory.rglob("*.json"))
    if not files:
        raise ValueError(f"{directory}: no *.json topic files")
    articles: list[Article] = []
    seen: set[str] = set()
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            topic = str(data["topic"])
            for event in data["events"]:
                for a in event["articles"]:
                    published = datetime.fromisoformat(a["published"])
                    if published.tzinfo is None:
                        raise ValueError(f"published time {a['published']!r} has no time zone")
                    if not isinstance(a["text"], str) or not a["text"].strip():
                        raise ValueError(f"article {a['id']!r} has no text")
                    article = Article(
                        str(a["id"]), topic, f"{topic}/{event['event']}", a["text"], published, str(a["outlet"])
                    )
                    if article.id in seen:
                        raise ValueError(f"article id {article.id!r} appears twice")
                    seen.add(article.id)
                    articles.append(article)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            reason = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise ValueError(f"{path}: {reason}") from exc
    if not articles:
        raise ValueError(f"{directory}: the topic files hold no articles")
    return sorted(articles, key=lambda a: (a.published, a.id))


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``predicted`` clusters against ``gold`` (id -> cluster)."""
    pred_size = Counter(predicted.values())
    gold_size = Counter(gold.values())
    both = Counter((predicted[i], gold[i]) for i in gold)
    p = sum(both[(predicted[i], gold[i])] / pred_size[predicted[i]] for i in gold) / len(gold)
    r = sum(both[(predicted[i], gold[i])] / gold_size[gold[i]] for i in gold) / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def within_topic_precision(predicted: dict[str, str], articles: Sequence[Article]) -> tuple[float, int]:
    """Of the pairs of same-topic articles put in one cluster, the share that are one event (1.0
    when there is no such pair), and the number of pairs."""
    groups: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for a in articles:
        groups[(a.topic, predicted[a.id])][a.event] += 1
    pairs = right = 0
    for events in groups.values():
        n = sum(events.values())
        pairs += n * (n - 1) // 2
        right += sum(k * (k - 1) // 2 for k in events.values())
    return (right / pairs if pairs else 1.0), pairs


def copydesk_clusters(articles: Sequence[Article], entities: Sequence[Sequence[Any]]) -> dict[str, str]:
    """Clusters from :func:`assign_story`, ``entities[i]`` being the entity stage's output for ``articles[i]``."""
    from services.processors.stories import StoryState, assign_story

    state = StoryState({})
    parent: dict[str, str] = {}

    def root(story: str) -> str:
        while parent.get(story, story) != story:
            story = parent[story]
        return story

    placed = {}
    for article, ents in zip(articles, entities, strict=True):
        assignment = assign_story(article.id, article.text, ents, state, at=article.published)
        for gone in assignment.merged:
            parent[root(gone)] = root(assignment.story_id)
        placed[article.id] = assignment.story_id
    return {aid: root(story) for aid, story in placed.items()}


def tfidf_clusters(articles: Sequence[Article], threshold: float) -> dict[str, str]:
    """Single-pass clustering on TF-IDF centroids (idf over the whole corpus)."""
    counts = [terms(a.text) for a in articles]
    df = Counter(t for c in counts for t in c)
    n = len(articles)
    vectors = []
    for c in counts:
        v = {t: (1 + math.log(k)) * (math.log((n + 1) / (df[t] + 1)) + 1) for t, k in c.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vectors.append({t: w / norm for t, w in v.items()})
    centroids: list[dict[str, float]] = []
    out = {}
    for article, v in zip(articles, vectors, strict=True):
        best, best_sim = -1, threshold
        for k, centroid in enumerate(centroids):
            norm = math.sqrt(sum(w * w for w in centroid.values())) or 1.0
            sim = sum(w * centroid.get(t, 0.0) for t, w in v.items()) / norm
            if sim >= best_sim:
                best, best_sim = k, sim
        if best < 0:
            centroids.append(dict(v))
            best = len(centroids) - 1
        else:
            centroid = centroids[best]
            for t, w in v.items():
                centroid[t] = centroid.get(t, 0.0) + w
        out[article.id] = f"t{best}"
    return out


def minhash_clusters(articles: Sequence[Article], threshold: float) -> dict[str, str]:
    """Single-link clustering on the MinHash Jaccard estimate of word 5-shingles."""
    prints = [fingerprint(a.text).values for a in articles]
    out: dict[str, str] = {}
    for i, article in enumerate(articles):
        best, best_sim = None, threshold
        for j in range(i):
            sim = sum(x == y for x, y in zip(prints[i], prints[j], strict=True)) / NUM_PERM
            if sim >= best_sim:
                best, best_sim = articles[j].id, sim
        out[article.id] = out[best] if best is not None else article.id
    return out


def score(predicted: dict[str, str], articles: Sequence[Article]) -> dict[str, Any]:
    p, r, f = bcubed(predicted, {a.id: a.event for a in articles})
    wp, pairs = within_topic_precision(predicted, articles)
    return {
        "bcubed_precision": p,
        "bcubed_recall": r,
        "bcubed_f1": f,
        "within_topic_precision": wp,
        "within_topic_pairs": pairs,
        "clusters": len(set(predicted.values())),
    }


def tuned(cluster: Callable[[Sequence[Article], float], dict[str, str]], articles: Sequence[Article]) -> dict[str, Any]:
    best: dict[str, Any] | None = None
    for threshold in GRID:
        result = score(cluster(articles, threshold), articles) | {"threshold": threshold}
        if best is None or result["bcubed_f1"] > best["bcubed_f1"]:
            best = result
    assert best is not None
    return best


def evaluate(directory: Path, extract: Callable[[list[str]], list[Any]] | None = None) -> dict[str, Any]:
    """Scores of the three clusterers on the corpus under ``directory``; ``extract`` maps bodies to
    their entities (default: the entity stage with the bundled model)."""
    articles = load(directory)
    bodies = [a.text for a in articles]
    if extract is None:
        from services.processors.entities import EntityExtractor, load_pipeline

        entities = [e for e, _ in EntityExtractor(load_pipeline()).extract_many(bodies)]
    else:
        entities = extract(bodies)
    return {
        "articles": len(articles),
        "events": len({a.event for a in articles}),
        "topics": len({a.topic for a in articles}),
        "copydesk": score(copydesk_clusters(articles, entities), articles),
        "tfidf": tuned(tfidf_clusters, articles),
        "minhash": tuned(minhash_clusters, articles),
    }


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"{report['articles']} articles, {report['events']} events, {report['topics']} topics",
        f"{'clusterer':<10} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'topic P':>8} {'pairs':>6} {'clusters':>8}",
    ]
    for name in ("copydesk", "tfidf", "minhash"):
        r = report[name]
        tuned_at = f"  (threshold {r['threshold']} tuned on this data)" if "threshold" in r else ""
        lines.append(
            f"{name:<10} {r['bcubed_precision']:6.3f} {r['bcubed_recall']:6.3f} {r['bcubed_f1']:6.3f} "
            f"{r['within_topic_precision']:8.3f} {r['within_topic_pairs']:6d} {r['clusters']:8d}{tuned_at}"
        )
    return "\n".join(lines)
