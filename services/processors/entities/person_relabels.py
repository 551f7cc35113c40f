"""Relabelling a name PERSON throughout an article from one mention whose context says so.

Rules such as "<name> , former editor of" (person_appositions) or "said <employer> 's <name> ."
(credited_speakers) see a person in one place; the model's other mentions of the same words
carry its first reading (ORG, a place). ``relabel_people`` turns every candidate span whose
words match a cued one into PERSON. ``is_candidate`` is the shared shape: a model or rule span
(not of the gazetteer or a title) labelled ORG/GPE/LOC/NORP/FAC, of MIN_WORDS to MAX_WORDS
capitalised alphabetic words, not in capitals, not closing with a body head ("Council") or a
company designator ("Corp").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

RELABELLED = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
MIN_WORDS = 2
MAX_WORDS = 3


def is_candidate(toks: DocTokens, span: NewsSpan, lexicon: Lexicon) -> bool:
    """Whether ``span`` has the shape of a person's name the model mislabelled (module docstring)."""
    words = toks.text[span.start : span.end]
    return (
        span.label in RELABELLED
        and span.source not in ("gazetteer", "title")
        and span.term is None
        and MIN_WORDS <= len(words) <= MAX_WORDS
        and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words)
        and words[-1] not in lexicon.body_heads
        and words[-1] not in lexicon.company_designators
    )


def relabel_people(
    toks: DocTokens,
    spans: list[NewsSpan],
    eligible: Callable[[NewsSpan], bool],
    cued: Callable[[NewsSpan], bool],
) -> list[NewsSpan]:
    """``spans`` with every ``eligible`` span made PERSON whose words are those of an eligible
    span that is ``cued``; the others unchanged, in order."""
    people = {tuple(toks.text[s.start : s.end]) for s in spans if eligible(s) and cued(s)}
    if not people:
        return spans
    return [
        replace(s, label="PERSON", term=None) if eligible(s) and tuple(toks.text[s.start : s.end]) in people else s
        for s in spans
    ]
