"""Newspaper titles in running text: "the Hong Kong Standard said", "the Gazzetta dello Sport".

The model reads a paper named after its city as the city ("Hong Kong" of "Hong Kong
Standard"), splits a title with a lower-case particle ("Gazzetta" and "Sport"), or calls it an
event. ``newspaper_mastheads`` finds, by the words of ``data/mastheads.json``, runs of at most
``_MAX_TITLE_WORDS`` capitalised words (lower-case particles allowed inside: "dello", "della",
"de") that

- close with a media word ("Times", "Post", "Standard", "Herald", "Zeitung"...) and open with a
  place or a nationality of the gazetteer or a paper word ("Daily", "Sunday", "Financial"):
  "Hong Kong Standard", "Irish Times", "Sunday Telegraph"; a run opening with a person's given
  name or any other word is left alone ("Colin Post");
- or open with a media word followed by a particle ("Gazzetta dello Sport", "Corriere della
  Sera");

and makes each one ORG span; spans inside or overlapping it give way, unless one is longer. A
run starts at a capitalised word after a non-capitalised one, so "The" stays outside ("the
Sunday Telegraph"). One pass over the tokens.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.names import DATA_DIR
from services.processors.entities.spans import NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_MAX_TITLE_WORDS = 5
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


@dataclass(frozen=True)
class MastheadWords:
    """The lists of ``data/mastheads.json``."""

    media_words: frozenset[str]
    paper_openers: frozenset[str]
    particles: frozenset[str]


@lru_cache(maxsize=1)
def masthead_words() -> MastheadWords:
    """``data/mastheads.json``, loaded once per process."""
    raw = json.loads((DATA_DIR / "mastheads.json").read_text(encoding="utf-8"))
    return MastheadWords(frozenset(raw["media_words"]), frozenset(raw["paper_openers"]), frozenset(raw["particles"]))


def newspaper_mastheads(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with the newspaper titles of running text made ORG spans (module docstring)."""
    words = masthead_words()
    text, n = toks.text, len(toks)
    titles: list[tuple[int, int]] = []
    k = 0
    while k < n:
        if not _capital(toks, k) or text[k] == "The" or (k > 0 and _capital(toks, k - 1) and text[k - 1] != "The"):
            k += 1
            continue
        # the run of capitals and inner particles from k
        end = k + 1
        while end < n and end - k < _MAX_TITLE_WORDS:
            if _capital(toks, end):
                end += 1
            elif text[end] in words.particles and end + 1 < n and _capital(toks, end + 1):
                end += 2
            else:
                break
        title = _title_in(toks, k, end, words, lexicon)
        if title is not None:
            titles.append(title)
            k = title[1]
        else:
            k = end
    if not titles:
        return spans
    out = []
    taken: set[int] = set()
    for a, b in titles:
        if any(s.end - s.start > b - a and s.start < b and a < s.end for s in spans):
            continue  # a longer name holds it
        taken.update(range(a, b))
    out = [s for s in spans if taken.isdisjoint(range(s.start, s.end))]
    out.extend(token_span(toks, a, b, "ORG", "model") for a, b in titles if a in taken)
    return out


def _title_in(toks: DocTokens, start: int, end: int, words: MastheadWords, lexicon: Lexicon) -> tuple[int, int] | None:
    """The paper's title inside the capitalised run ``[start, end)``, if it holds one."""
    text = toks.text
    if end - start < 2:
        return None
    if text[start] in words.media_words and text[start + 1] in words.particles:
        return start, end
    # the title closes at the last media word of the run
    close = end
    while close > start + 1 and text[close - 1] not in words.media_words:
        close -= 1
    if close <= start + 1:
        return None
    opener = text[start]
    if opener in words.paper_openers:
        return start, close
    for width in range(close - start - 1, 0, -1):
        term = lexicon.terms.get(toks.span_text(start, start + width))
        if term is not None and term.label in _PLACE_LABELS:
            return start, close
    return None


def _capital(toks: DocTokens, k: int) -> bool:
    word = toks.text[k]
    return toks.alpha[k] and word[:1].isupper()
