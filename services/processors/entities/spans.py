"""The span type the news layer produces, and token facts its rules share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.processors.entities.lexicon import Term

if TYPE_CHECKING:
    from services.processors.entities.tokens import DocTokens

#: Labels the stage reports; numeric and temporal labels belong to the figures stage.
NAMED_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
#: Sources of place spans no later rule relabels: the place a story was filed from (its
#: dateline) and the ground a game is played at (a schedule's "Boston at OAKLAND").
FIXED_PLACE_SOURCES = frozenset({"dateline", "venue"})
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
#: Labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Labels of spans not from the gazetteer that a person's name evidence (a common given name,
#: a surname of the article) makes a PERSON.
RELABELLED_AS_PERSON = frozenset({"ORG", "PRODUCT", "NORP", "FAC", "LOC", "WORK_OF_ART", "LANGUAGE", "EVENT", "LAW"})


@dataclass(frozen=True)
class NewsSpan:
    """One entity span of the article: token range, character range, label and provenance.

    ``term`` is the lexicon entry when the span came from the gazetteer; ``role`` is the title
    attached to a PERSON ("Russian Foreign Minister").
    """

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    source: str
    term: Term | None = None
    role: str | None = None


def token_span(
    toks: DocTokens, start: int, end: int, label: str, source: str, term: Term | None = None, role: str | None = None
) -> NewsSpan:
    """The span of tokens [start, end), its character range read from ``toks``."""
    return NewsSpan(start, end, toks.idx[start], toks.end[end - 1], label, source, term, role)


def supersede(spans: list[NewsSpan], found: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` without those sharing a token with a span of ``found``, then ``found``."""
    taken = {k for s in found for k in range(s.start, s.end)}
    return [s for s in spans if taken.isdisjoint(range(s.start, s.end))] + found
