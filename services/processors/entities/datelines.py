"""The dateline's place: the place a story was filed from, in the dateline and in the body.

``mark_datelines``: a place span (GPE, LOC) covering a dateline whole ("MOSCOW (Reuters) -";
the dateline regions come from :mod:`all_caps`) gets the source "dateline", which later rules
(clubs, one sense per article, caps agreement) leave alone.

``dateline_places``: the body's spans of the same words (any case) the model calls a person
("LONGYEAR , Norway" ... "Longyear is a town in mourning"), or outside a sports report an
organisation, become a GPE too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from services.processors.entities.spans import PLACE_LABELS, NewsSpan
from services.processors.entities.tokens import DocTokens

if TYPE_CHECKING:
    from services.processors.entities.all_caps import CapsRegion


def mark_datelines(toks: DocTokens, regions: list[CapsRegion], spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with each place span covering a dateline region (a region that is not a
    headline) whole given the source "dateline"; the others unchanged, in order."""
    datelines = {(r.start, r.end) for r in regions if not r.headline}
    if not datelines:
        return spans
    return [
        replace(s, source="dateline") if (s.start, s.end) in datelines and s.label in PLACE_LABELS else s for s in spans
    ]


def dateline_places(toks: DocTokens, spans: list[NewsSpan], *, sports: bool) -> list[NewsSpan]:
    """The dateline's place is a place in the body too: a span of the same words (any case) the
    model calls a person ("LONGYEAR , Norway" ... "Longyear is a town in mourning"), or outside a
    sports report (``sports`` false; there a town's name is also its club's) an organisation,
    becomes a GPE, unless a titled name or a longer person's name of the article ends in those
    words."""
    places = {tuple(toks.lower[s.start : s.end]) for s in spans if s.source == "dateline"}
    if not places:
        return spans
    labels = {"PERSON"} if sports else {"PERSON", "ORG"}
    surnames = {tuple(toks.lower[s.end - 1 : s.end]) for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    return [
        replace(s, label="GPE", term=None)
        if s.label in labels
        and s.source not in ("title", "gazetteer")
        and tuple(toks.lower[s.start : s.end]) in places
        and tuple(toks.lower[s.start : s.end]) not in surnames
        else s
        for s in spans
    ]
