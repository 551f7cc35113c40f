"""Organisations named right after a lower-case organisation noun: "equipment group Radiometer".

A company is often introduced by what it is ("medical equipment group Radiometer", "Moscow
brokerage Rinaco Plus", "carmaker Skoda"); the noun (``lexicon.org_nouns``, tagged a common
noun) makes the proper noun after it an ORG (source "apposition").
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import PROPER_TAGS, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

#: Labels a name written right after an organisation noun ("group Radiometer") loses to ORG.
_ORG_FIXABLE = frozenset({"PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "GPE"})
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
#: Longest untagged proper-noun run an organisation noun makes an ORG.
_MAX_APPOSITION_WORDS = 4


def org_appositions(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """A proper noun written right after a lower-case organisation noun is an ORG
    ("medical equipment group Radiometer", "Moscow brokerage Rinaco Plus"): a span the model
    labelled otherwise is relabelled, an untagged run becomes one. Gazetteer terms, titled
    names, countries and runs opening with a common given name keep what they have."""
    text, lower, tag, alpha = toks.text, toks.lower, toks.tag, toks.alpha
    nouns = lexicon.org_nouns

    def after_org_noun(k: int) -> bool:
        word = text[k - 1] if k > 0 else ""
        return (
            word.islower()
            and tag[k - 1] in _COMMON_NOUN_TAGS  # "the giant Krasnoyarsk regional budget": an adjective
            and word in nouns
        )

    out: list[NewsSpan] = []
    covered: set[int] = set()
    for span in spans:
        covered.update(range(span.start, span.end))
        if (
            span.label in _ORG_FIXABLE
            and span.source not in ("gazetteer", "title")
            and span.term is None
            and after_org_noun(span.start)
            and text[span.start][:1].isupper()
            and text[span.start] not in lexicon.given_names
            and toks.span_text(span.start, span.end) not in lexicon.countries
        ):
            span = replace(span, label="ORG", source="apposition")
        out.append(span)
    n = len(toks)
    for k in range(1, n):
        word = text[k]
        if (
            k in covered
            or tag[k] not in PROPER_TAGS
            or not alpha[k]
            or not word[:1].isupper()
            or len(word) == 1  # a lone letter: "by company N / A" in a filing's table
            or not after_org_noun(k)
            or word in lexicon.given_names
            or word in lexicon.terms
            or word in lexicon.day_words
            or word in lexicon.months
            or lower[k] in lexicon.title_heads
        ):
            continue
        end = k + 1
        while (
            end < n
            and end - k < _MAX_APPOSITION_WORDS
            and end not in covered
            and not toks.sent_start[end]
            and tag[end] in PROPER_TAGS
            and alpha[end]
            and text[end][:1].isupper()
        ):
            end += 1
        out.append(token_span(toks, k, end, "ORG", "apposition"))
        covered.update(range(k, end))
    return out
