"""One sense per article: a name written the same way means the same thing throughout a story.

Identical names (same token texts) get the label most of their tagged occurrences have (a tie
leaves each as it is; an occurrence whose label was read from the words around it, an
organisation noun before it, source "apposition", counts as ``_CUED_VOTES`` of the model's bare
readings: "loaned to club Atalanta" outvotes two "Atalanta" the model calls a place), and untagged occurrences of a PERSON or ORG name are tagged too. Gazetteer
spans and fixed places (a dateline, a venue: ``spans.FIXED_PLACE_SOURCES``) are authoritative
and are neither voted nor changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from services.processors.entities.spans import FIXED_PLACE_SOURCES, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

if TYPE_CHECKING:
    from spacy.tokens import Doc


_PROPAGATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
#: Untagged repeats are tagged only for the types the model misses most; its place recall is high.
_REPEATED_LABELS = frozenset({"PERSON", "ORG"})
#: Votes of an occurrence labelled by the words around it rather than by the model alone.
_CUED_VOTES = 3
_CUED_SOURCES = frozenset({"apposition"})


def one_sense_per_article(doc: Doc | DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """The spans with labels harmonised and repeats added (module docstring); input order kept, repeats last."""
    toks = doc if isinstance(doc, DocTokens) else DocTokens.of(doc)
    text = toks.text
    votes: dict[tuple[str, ...], dict[str, int]] = {}
    for span in spans:
        if span.label in _PROPAGATED_LABELS and span.source != "gazetteer" and span.source not in FIXED_PLACE_SOURCES:
            words = tuple(text[span.start : span.end])
            if words[0][:1].isupper() and len("".join(words)) >= 3:
                counts = votes.setdefault(words, {})
                weight = _CUED_VOTES if span.source in _CUED_SOURCES else 1
                counts[span.label] = counts.get(span.label, 0) + weight
    if not votes:
        return spans
    label_of: dict[tuple[str, ...], str] = {}
    for words, counts in votes.items():
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            label_of[words] = ranked[0][0]
    out: list[NewsSpan] = []
    covered: set[int] = set()
    for span in spans:
        covered.update(range(span.start, span.end))
        if span.source == "gazetteer" or span.source in FIXED_PLACE_SOURCES or span.label not in _PROPAGATED_LABELS:
            out.append(span)
            continue
        label = label_of.get(tuple(text[span.start : span.end]))
        if label is not None and label != span.label:
            span = NewsSpan(
                span.start, span.end, span.start_char, span.end_char, label, span.source, span.term, span.role
            )
        out.append(span)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words, label in label_of.items():
        if label in _REPEATED_LABELS:
            by_first.setdefault(words[0], []).append(words)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)
    n = len(text)
    i = 0
    while i < n:
        for words in by_first.get(text[i], ()):
            end = i + len(words)
            if end <= n and covered.isdisjoint(range(i, end)) and tuple(text[i:end]) == words:
                out.append(token_span(toks, i, end, label_of[words], "repeat"))
                covered.update(range(i, end))
                i = end - 1
                break
        i += 1
    return out
