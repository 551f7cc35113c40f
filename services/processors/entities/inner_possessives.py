"""A possessive inside a span joins two names: "Farrakhan 's Nation of Islam", "Leeds ' England".

The model sometimes runs an owner and the thing owned into one span. ``split_inner_possessives``
cuts a span at an inner "'s" or "'" into the owner and the rest when the article tells them
apart: the owner is named on its own elsewhere in the article as a person or a place (another
span of the same words: "Farrakhan" ... "Farrakhan 's Nation of Islam"), or the rest opens with a gazetteer term (a place
or a nationality: "Leeds ' England under-21 striker"). The owner keeps the span's label unless
another span of the article names it, whose label it takes; the rest keeps the span's label, or
becomes the gazetteer's when it is the gazetteer term alone. A firm's name holding a possessive
("McDonald 's", "Boatmen 's Bancshares Inc") stays whole: it closes with a company designator,
or its short form elsewhere is a firm.
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import POSSESSIVES, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_SPLIT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_OWNER_LABELS = frozenset({"PERSON", "GPE", "LOC"})


def split_inner_possessives(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with owner-and-owned spans cut in two (module docstring)."""
    alone: dict[tuple[str, ...], str] = {}
    for s in spans:
        alone.setdefault(tuple(toks.text[s.start : s.end]), s.label)
    out: list[NewsSpan] = []
    for span in spans:
        cut = _cut(toks, span, lexicon, alone)
        if cut is None:
            out.append(span)
            continue
        owner = tuple(toks.text[span.start : cut])
        rest_start = cut + 1
        rest_text = toks.span_text(rest_start, span.end)
        term = lexicon.terms.get(rest_text)
        out.append(_part(toks, span.start, cut, alone.get(owner, span.label)))
        out.append(_part(toks, rest_start, span.end, term.label if term is not None else span.label))
    return out


def _cut(toks: DocTokens, span: NewsSpan, lexicon: Lexicon, alone: dict[tuple[str, ...], str]) -> int | None:
    if span.label not in _SPLIT_LABELS or span.source in ("gazetteer", "title"):
        return None
    if toks.text[span.end - 1] in lexicon.company_designators:
        return None  # "Harlow 's Bancshares Inc": a firm's name holding a possessive
    for k in range(span.start + 1, span.end - 1):
        if toks.lower[k] not in POSSESSIVES or not toks.text[k + 1][:1].isupper():
            continue
        owner = tuple(toks.text[span.start : k])
        # An owner named apart as a person or a place; a firm named apart is the short form of a
        # name holding the possessive ("Boatmen" ... "Boatmen 's Bancshares").
        named_apart = alone.get(owner) in _OWNER_LABELS and owner != tuple(toks.text[span.start : span.end])
        if named_apart or toks.text[k + 1] in lexicon.terms:
            return k
    return None


def _part(toks: DocTokens, start: int, end: int, label: str) -> NewsSpan:
    return token_span(toks, start, end, label, "model")
