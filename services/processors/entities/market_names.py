"""Names of market indices and instruments: "the Dow Jones industrial average", "Eurodollars".

The model reads the name of an index ("Dow Jones", "Nasdaq", "Nikkei") and a one-word
financial instrument ("Eurodollars") as organisations. ``market_measures`` relabels them
PRODUCT, by the words of ``data/market_names.json``:

- a span right before an index noun, with perhaps a number between ("the Dow Jones industrial
  average", "the Nasdaq composite index", "the FTSE 100 index"), names an index, and so does
  every span of the article written the same way ("the Nikkei ... the Nikkei average"); a name
  closing with an organisation head is the organisation that keeps the index ("the American
  Stock Exchange index"), and a possessive one is too ("Standard & Poor 's index": the "'s"
  stands between);
- a span that is one instrument word ("Eurodollars", "Gilts"), or one written after its
  country's adjective or name ("German Bunds", "U.S. Treasuries"), names an instrument.

Gazetteer and title spans keep their label. One pass over the spans, one look-up a span.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.names import DATA_DIR
from services.processors.entities.neighbours import is_number
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

#: Labels the model gives index and instrument names.
_RELABELLED = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})
#: Words of an instrument written after its country ("German Bunds").
_COUNTRY_INSTRUMENT_WORDS = 2


@dataclass(frozen=True)
class MarketWords:
    """The lists of ``data/market_names.json``."""

    index_nouns: frozenset[str]
    instruments: frozenset[str]


@lru_cache(maxsize=1)
def market_words() -> MarketWords:
    """``data/market_names.json``, loaded once per process."""
    raw = json.loads((DATA_DIR / "market_names.json").read_text(encoding="utf-8"))
    return MarketWords(frozenset(raw["index_nouns"]), frozenset(raw["instruments"]))


def market_measures(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with index and instrument names made PRODUCT (module docstring)."""
    words = market_words()
    text, n = toks.text, len(toks)
    indices: set[tuple[str, ...]] = set()
    for span in spans:
        if span.label not in _RELABELLED or span.source in ("gazetteer", "title"):
            continue
        if text[span.end - 1] in lexicon.body_heads or text[span.end - 1] in lexicon.company_designators:
            continue
        k = span.end
        if k < n and is_number(text[k]):
            k += 1
        if k < n and text[k] in words.index_nouns:
            indices.add(tuple(text[span.start : span.end]))
    out = []
    for span in spans:
        if span.label in _RELABELLED and span.source not in ("gazetteer", "title"):
            name = tuple(text[span.start : span.end])
            if name in indices or _is_instrument(toks, span, words):
                span = replace(span, label="PRODUCT")
        out.append(span)
    return out


def _is_instrument(toks: DocTokens, span: NewsSpan, words: MarketWords) -> bool:
    """Whether ``span`` is an instrument word, alone or after its country's adjective or name
    ("Eurodollars", "German Bunds", "U.S. Treasuries")."""
    if toks.text[span.end - 1] not in words.instruments:
        return False
    return span.end - span.start == 1 or (
        span.end - span.start == _COUNTRY_INSTRUMENT_WORDS and toks.text[span.start][:1].isupper()
    )
