"""Untagged names after a region noun and "of": "the mining town of Moengo", "the island of Tarva".

A region noun and "of" (``data/bodies.json`` region_words: "town", "village", "province",
"island"...) name a place right after them, and the model sometimes leaves an unknown one
untagged. ``region_names`` tags such a name a GPE: a run of at most ``_MAX_WORDS`` capitalised
proper nouns (tagger NNP/NNPS) right after "<region noun> of" that no name span touches (a
figure may: the model reads "Moengo 56 miles" as a quantity). The region
noun must be lower case ("the town of", not "Bank of"). Names the model did tag are relabelled
elsewhere (:func:`relabelling.relabel`).
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import NAMED_LABELS, PROPER_TAGS, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_MAX_WORDS = 3


def region_names(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with the untagged names after "<region noun> of" added as GPE (module docstring)."""
    covered = {k for s in spans if s.label in NAMED_LABELS for k in range(s.start, s.end)}
    added = []
    for k in range(2, len(toks)):
        if toks.lower[k - 1] != "of" or toks.text[k - 2] not in lexicon.region_words:
            continue
        end = k
        while (
            end < len(toks) and end - k < _MAX_WORDS and toks.tag[end] in PROPER_TAGS and toks.text[end][:1].isupper()
        ):
            end += 1
        if end > k and covered.isdisjoint(range(k, end)):
            added.append(token_span(toks, k, end, "GPE", "model"))
    if not added:
        return spans
    return sorted([*spans, *added], key=lambda s: s.start)
