"""Figure reconciliation: within one story, the figures that count the same thing, side by side.

``reconcile(reports)`` is pure and deterministic. A *report* is one article of the story: its
outlet, when it was reported (published, else received), its figures and its entities. Two
figures count the same thing (one *group*) when all of these hold:

- the same normalised unit (:mod:`units`: head noun lemma, then the synonym table in
  ``data/units.tsv``: "soldiers", "troops" and "servicemen" all count ``troop``), or the same
  currency for money;
- compatible categories (equal, or one of them the generic ``people``); figures of category
  ``other`` or ``duration`` are left out, since what they count is not known;
- both increments ("an additional 25,000") or neither (an increment is not a total);
- compatible actions (:mod:`wording`: the action class read next to the figure, e.g. deploy or
  kill, equal where both are known) and the same mood (a plan or promise vs a reported fact);
- the same period where both state one (a year: "in 2024", or "last year" read against the
  report's publication date; a report known only by when it was received has no "last year");
- a shared subject where both sentences name places or groups other than the figure's source.

Figures are placed in order of report time (then article, then position): each joins the first
group every member of which it is compatible with, else opens one. Only groups holding figures
from at least two articles are returned: reconciliation is across reports.

Verdict of a group. Each figure reads as an interval (:func:`interval`): exact is the value,
approximate the value plus or minus its tolerance (half its rounding unit, at least 5%), a lower
bound [value, inf), an upper bound [0, value], a range [low, high], a vague magnitude ("thousands":
low only) [low, inf). A *source*
is the figure's attribution (entity id, else its words), else the outlet itself. Within one
source, a figure from a later report supersedes the earlier ones. The verdict is ``disagree``
when two current figures (one per source) have disjoint intervals; else ``update`` when a
superseded figure's interval is disjoint from its source's current one; else ``agree``.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from events.models import Entity, Figure
from services.processors.stories.units import normalised_unit
from services.processors.stories.wording import Wording, read_wording

Verdict = Literal["agree", "disagree", "update"]

MIN_RELATIVE_TOLERANCE = 0.05  # an approximate figure is read at least +-5% around its value
SKIPPED_CATEGORIES = frozenset({"other", "duration"})
GENERIC_CATEGORY = "people"
SUBJECT_TYPES = frozenset({"GPE", "NORP", "LOC"})


@dataclass(frozen=True)
class Report:
    """One article of a story as reconciliation reads it."""

    article_id: str
    outlet: str
    reported_at: datetime
    figures: Sequence[Figure]
    entities: Sequence[Entity] = ()
    published: bool = True  # reported_at is the publication time (else only when it was received)


@dataclass(frozen=True)
class Claim:
    """One figure of one report, in a group."""

    article_id: str
    outlet: str
    reported_at: datetime
    figure: Figure
    source: str  # attribution id, else its words (case-folded), else "outlet:<outlet>"
    low: float
    high: float  # the interval the figure reads as; math.inf when open
    wording: Wording
    subjects: frozenset[str]
    unit: str
    category: str
    superseded: bool = False

    def as_json(self) -> dict[str, Any]:
        f = self.figure
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "reported_at": self.reported_at.isoformat(),
            "text": f.text,
            "value": f.value,
            "low": f.low,
            "high": f.high,
            "qualifier": f.qualifier,
            "unit": f.unit,
            "category": f.category,
            "attribution": f.attribution,
            "attribution_id": f.attribution_id,
            "sentence": f.sentence,
            "superseded": self.superseded,
        }


@dataclass
class FigureGroup:
    """Figures from several reports counting one thing, and whether they agree."""

    unit: str
    category: str
    increment: bool
    action: str | None
    planned: bool
    period: int | None
    claims: list[Claim] = field(default_factory=list)
    verdict: Verdict = "agree"
    subject_sets: set[frozenset[str]] = field(default_factory=set)  # the members' named subjects

    def accepts(self, claim: Claim) -> bool:
        """Whether ``claim`` is compatible with every member. The members are compatible with each
        other, so the group has at most one specific category, known action and stated period,
        which stand for all of them; only the named subjects are kept per distinct set."""
        if claim.category not in (self.category, GENERIC_CATEGORY) and self.category != GENERIC_CATEGORY:
            return False
        wording = claim.wording
        if wording.planned != self.planned:
            return False
        if wording.action and self.action and wording.action != self.action:
            return False
        if wording.period and self.period and wording.period != self.period:
            return False
        return not claim.subjects or all(claim.subjects & named for named in self.subject_sets)

    def add(self, claim: Claim) -> None:
        self.claims.append(claim)
        if self.category == GENERIC_CATEGORY:
            self.category = claim.category
        self.action = self.action or claim.wording.action
        self.period = self.period or claim.wording.period
        if claim.subjects:
            self.subject_sets.add(claim.subjects)

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "category": self.category,
            "increment": self.increment,
            "action": self.action,
            "planned": self.planned,
            "period": self.period,
            "verdict": self.verdict,
            "figures": [c.as_json() for c in self.claims],
        }


def reconcile(reports: Sequence[Report]) -> list[FigureGroup]:
    """The figure groups of a story's ``reports`` (any order), each with its verdict, in order of
    their first figure. Work: each figure meets the groups open for its unit (and each group's
    distinct sets of named subjects); the verdicts are quadratic in the sources of a group only."""
    claims = [
        claim for report in sorted(reports, key=lambda r: (r.reported_at, r.article_id)) for claim in _claims(report)
    ]
    groups: list[FigureGroup] = []
    by_unit: dict[tuple[str, bool], list[FigureGroup]] = {}
    for claim in claims:
        key = (claim.unit, claim.figure.qualifier == "increment")
        home = next((g for g in by_unit.get(key, ()) if g.accepts(claim)), None)
        if home is None:
            home = FigureGroup(
                unit=claim.unit,
                category=claim.category,
                increment=key[1],
                action=None,
                planned=claim.wording.planned,
                period=None,
            )
            by_unit.setdefault(key, []).append(home)
            groups.append(home)
        home.add(claim)
    across = [g for g in groups if len({c.article_id for c in g.claims}) > 1]
    for group in across:
        group.claims, group.verdict = _judged(group.claims)
    return across


def interval(figure: Figure) -> tuple[float, float] | None:
    """The values ``figure`` is consistent with, by its qualifier; None when it has no number."""
    q, v = figure.qualifier, figure.value
    if figure.low is not None and figure.high is not None:
        return figure.low, figure.high
    if q == "vague" and v is None and figure.low is not None:
        return figure.low, math.inf  # "thousands": an order of magnitude, read as at least that
    if v is None:
        return None
    if q == "lower-bound":
        return v, math.inf
    if q == "upper-bound":
        return 0.0, v
    if q in ("approximate", "vague"):
        slack = max(rounding_unit(v) / 2, abs(v) * MIN_RELATIVE_TOLERANCE)
        return v - slack, v + slack
    return v, v


def rounding_unit(value: float) -> float:
    """The place a number was rounded at: 11,000 -> 1,000; 11,500 -> 100; 600 -> 100; 7 -> 1."""
    if value == 0 or value != int(value):
        return 1.0 if value == 0 else 10.0 ** math.floor(math.log10(abs(value)) - 2)
    n, unit = abs(int(value)), 1
    while n % 10 == 0:
        n //= 10
        unit *= 10
    return float(unit)


def _claims(report: Report) -> list[Claim]:
    out = []
    mentions = _mention_index(report)
    for figure in report.figures:
        if figure.category in SKIPPED_CATEGORIES:
            continue
        unit = ("currency:" + figure.currency) if figure.currency else normalised_unit(figure.unit)
        bounds = interval(figure)
        if unit is None or bounds is None:
            continue
        out.append(
            Claim(
                article_id=report.article_id,
                outlet=report.outlet,
                reported_at=report.reported_at,
                figure=figure,
                source=_source(figure, report.outlet),
                low=bounds[0],
                high=bounds[1],
                wording=read_wording(figure.sentence, figure.text, report.reported_at if report.published else None),
                subjects=_subjects(figure, mentions),
                unit=unit,
                category=figure.category,
            )
        )
    return out


def _source(figure: Figure, outlet: str) -> str:
    if figure.attribution_id:
        return figure.attribution_id
    if figure.attribution:
        return " ".join(figure.attribution.split()).casefold()
    return "outlet:" + outlet


def _mention_index(report: Report) -> list[tuple[int, int, str, str]]:
    """(start, end, subject, entity id) of every mention of a place or group, by start, for
    :func:`_subjects`; the subject is the entity's country where known."""
    return sorted(
        (m.start, m.end, e.country_id or e.id, e.id)
        for e in report.entities
        if e.type in SUBJECT_TYPES
        for m in e.mentions
    )


def _subjects(figure: Figure, mentions: list[tuple[int, int, str, str]]) -> frozenset[str]:
    """Places and groups named in the figure's sentence (as their country where known), but its source."""
    at = figure.sentence.find(figure.text)
    if at < 0:
        return frozenset()
    start = figure.start - at
    end = start + len(figure.sentence)
    first = bisect.bisect_left(mentions, (start, -1, "", ""))
    named = set()
    for m_start, m_end, subject, entity_id in mentions[first:]:
        if m_start >= end:
            break
        if m_end <= end and entity_id != figure.attribution_id:
            named.add(subject)
    return frozenset(named)


def _overlap(a: Claim, b: Claim) -> bool:
    return a.low <= b.high and b.low <= a.high


def _judged(claims: list[Claim]) -> tuple[list[Claim], Verdict]:
    """The claims with superseded ones marked, and the group's verdict."""
    latest: dict[str, Claim] = {}
    for claim in claims:  # in report order: the last one of a source is its current figure
        held = latest.get(claim.source)
        if held is None or claim.reported_at >= held.reported_at:
            latest[claim.source] = claim
    current = {id(c) for c in latest.values()}
    marked = [
        c if id(c) in current or c.reported_at == latest[c.source].reported_at else _superseding(c) for c in claims
    ]
    heads = list(latest.values())
    if any(not _overlap(a, b) for i, a in enumerate(heads) for b in heads[i + 1 :]):
        return marked, "disagree"
    if any(c.superseded and not _overlap(c, latest[c.source]) for c in marked):
        return marked, "update"
    return marked, "agree"


def _superseding(claim: Claim) -> Claim:
    return Claim(**{**claim.__dict__, "superseded": True})
