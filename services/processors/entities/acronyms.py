"""An organisation's acronym given in brackets: "the Kurdistan Democratic Party ( KDP )".

Wire copy spells an organisation out once and writes its acronym in brackets after it; from then
on it uses the acronym alone ("the KDP said"), which the model, reading one word in capitals,
often misses or calls something else. ``acronyms_in_brackets`` reads the pattern
``<ORG span> ( ACRONYM )``: the acronym is a word of ``_MIN_LETTERS`` to ``_MAX_LETTERS``
capital letters whose letters are the initials of the name's capitalised words, in order with
some skipped ("State Law and Order Restoration Council ( SLORC )") or in another order
("Indonesian Democratic Party ( PDI )", an acronym of the name in its own language). The
acronym in brackets and every other occurrence of it in the article become ORG (a gazetteer or
title span excepted); untagged occurrences are tagged. A span of a gazetteer place and the
acronym is the two of them ("the Chicago NAPM": the place's index of the body).
"""

from __future__ import annotations

from collections import Counter

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.repeats import organisation_everywhere
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

_MIN_LETTERS = 2
_MAX_LETTERS = 8
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def acronyms_in_brackets(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon | None = None) -> list[NewsSpan]:
    """``spans`` with the bracketed acronyms of organisations made ORG everywhere (module docstring)."""
    text, n = toks.text, len(toks)
    forms: set[tuple[str, ...]] = set()
    for span in spans:
        k = span.end
        if span.label != "ORG" or k + 2 >= n or text[k] != "(" or text[k + 2] != ")":
            continue
        acronym = text[k + 1]
        if _is_acronym(acronym) and _spells(acronym, _initials(toks, span)):
            forms.add((acronym,))
    if not forms:
        return spans
    if lexicon is not None:
        spans = _split_place_prefixes(toks, spans, forms, lexicon)
    return organisation_everywhere(
        toks, spans, forms, lambda span, _: span.source not in ("gazetteer", "title"), free_left=True
    )


def _split_place_prefixes(
    toks: DocTokens, spans: list[NewsSpan], forms: set[tuple[str, ...]], lexicon: Lexicon
) -> list[NewsSpan]:
    """A span of a gazetteer place and the acronym is the place and the organisation: "the
    Chicago NAPM" -> "Chicago" (GPE) + "NAPM" (ORG)."""
    out: list[NewsSpan] = []
    for span in spans:
        k = span.end - 1
        if span.end - span.start >= 2 and (toks.text[k],) in forms and span.source not in ("gazetteer", "title"):
            term = lexicon.terms.get(toks.span_text(span.start, k))
            if term is not None and term.label in _PLACE_LABELS:
                out.append(NewsSpan(span.start, k, span.start_char, toks.end[k - 1], term.label, "gazetteer", term))
                out.append(NewsSpan(k, span.end, toks.idx[k], span.end_char, "ORG", span.source))
                continue
        out.append(span)
    return out


def _is_acronym(word: str) -> bool:
    return _MIN_LETTERS <= len(word) <= _MAX_LETTERS and word.isalpha() and word.isupper()


def _initials(toks: DocTokens, span: NewsSpan) -> str:
    """First letters of the span's capitalised words ("Central Narcotics Bureau" -> "CNB")."""
    return "".join(word[0] for word in toks.text[span.start : span.end] if word[:1].isupper())


def _spells(acronym: str, initials: str) -> bool:
    """Whether the acronym's letters are the initials in order with some skipped, or all of
    them in another order."""
    rest = iter(initials)
    if all(letter in rest for letter in acronym):
        return True
    return len(acronym) == len(initials) and Counter(acronym) == Counter(initials)
