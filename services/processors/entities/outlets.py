"""A name right before a media noun is the outlet: "the OPECNA news agency", "Tarvik newspaper".

Wire copy names a paper or an agency by its name and a lower-case media noun after it. The
model misses unknown ones, initials above all. ``outlet_names`` makes the capitalised run
right before a media noun (``_MEDIA_NOUNS``: "newspaper", "news agency", "daily"...) an ORG: an
untagged run becomes one, and a span the model gave another label (a person, a place it does
not know) over exactly that run is relabelled. A gazetteer term (a place or a nationality: "the
Moscow newspaper", "a Japanese daily"), a day name ("the Sunday newspaper") and a run of more
than ``_MAX_WORDS`` words are left alone, and so is a name after a locative preposition before
"daily" or "weekly", which say how often ("flights to Tarvik daily").
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import PROPER_TAGS, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_MEDIA_NOUNS = frozenset({"newspaper", "daily", "weekly", "magazine", "agency", "broadcaster", "tabloid"})
_MAX_WORDS = 4
#: Media nouns that are also adverbs of frequency ("sails to Tarvik daily").
_ADVERB_NOUNS = frozenset({"daily", "weekly"})
#: Prepositions of a trip beside the locative ones ("flights for Tarvik weekly").
_TRIP_PREPOSITIONS = frozenset({"for", "via"})
_RELABELLED = frozenset({"PERSON", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})


def outlet_names(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with the names before media nouns made ORG (module docstring)."""
    by_range = {(s.start, s.end): i for i, s in enumerate(spans)}
    covered = {k for s in spans for k in range(s.start, s.end)}
    out = list(spans)
    for k in range(1, len(toks)):
        if toks.text[k] not in _MEDIA_NOUNS:
            continue
        end = k - 1 if toks.text[k - 1] == "news" else k
        start = end
        while start > 0 and end - start < _MAX_WORDS and _name_word(toks, start - 1):
            start -= 1
        if start == end or start > 0 and _name_word(toks, start - 1):
            continue
        before = toks.lower[start - 1] if start > 0 else ""
        if toks.text[k] in _ADVERB_NOUNS and (before in lexicon.locative_prepositions or before in _TRIP_PREPOSITIONS):
            continue  # "flies to Tarvik daily": a place and how often, no paper
        name = toks.span_text(start, end)
        if name in lexicon.terms or any(toks.text[j] in lexicon.day_words for j in range(start, end)):
            continue
        position = by_range.get((start, end))
        if position is not None:
            span = out[position]
            if span.label in _RELABELLED and span.source not in ("gazetteer", "title"):
                out[position] = replace(span, label="ORG", term=None, role=None)
        elif covered.isdisjoint(range(start, end)):
            out.append(token_span(toks, start, end, "ORG", "model"))
    return out


def _name_word(toks: DocTokens, k: int) -> bool:
    return toks.tag[k] in PROPER_TAGS and toks.alpha[k] and toks.text[k][:1].isupper()
