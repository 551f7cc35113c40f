"""A name the article has shown to be an organisation is one wherever it is written.

``organisation_everywhere`` serves the rules that learn an article's organisation names from
one place (a sports report's results table, a company's full name with its designator) and
apply them to the whole text: model spans with exactly those words become ORG, and untagged
runs of proper nouns with exactly those words become ORG spans of source "repeat".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from services.processors.entities.spans import FIXED_PLACE_SOURCES, PROPER_TAGS, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens


def organisation_everywhere(
    toks: DocTokens,
    spans: list[NewsSpan],
    forms: set[tuple[str, ...]],
    relabel: Callable[[NewsSpan, tuple[str, ...]], bool],
    *,
    free_left: bool,
) -> list[NewsSpan]:
    """``spans`` with every span whose words are in ``forms`` made ORG when ``relabel(span,
    words)`` allows it, then untagged occurrences of ``forms`` added as ORG spans.

    An untagged occurrence is a run of proper-noun tokens, longest form first, not followed by a
    capitalised proper noun (it would be part of a longer name) and, with ``free_left``, not
    preceded by one either. Linear in the tokens times the longest form.
    """
    if not forms:
        return spans
    text = toks.text
    out: list[NewsSpan] = []
    covered: set[int] = set()
    for span in spans:
        covered.update(range(span.start, span.end))
        words = tuple(text[span.start : span.end])
        if span.label != "ORG" and words in forms and span.source not in FIXED_PLACE_SOURCES and relabel(span, words):
            span = replace(span, label="ORG", term=None, role=None)
        out.append(span)
    longest = max(len(f) for f in forms)
    n = len(toks)
    k = 0
    while k < n:
        if k in covered or toks.tag[k] not in PROPER_TAGS:
            k += 1
            continue
        for width in range(min(longest, n - k), 0, -1):
            end = k + width
            if (
                tuple(text[k:end]) in forms
                and covered.isdisjoint(range(k, end))
                and not _proper_capital(toks, end)
                and not (free_left and k > 0 and _proper_capital(toks, k - 1))
            ):
                out.append(token_span(toks, k, end, "ORG", "repeat"))
                covered.update(range(k, end))
                k = end - 1
                break
        k += 1
    return out


def _proper_capital(toks: DocTokens, i: int) -> bool:
    return i < len(toks) and toks.tag[i] in PROPER_TAGS and toks.text[i][:1].isupper()
