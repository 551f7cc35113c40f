"""Bylines: the writer's name on a line of its own above the dateline.

Wire copy opens with a headline, often a byline, then the dateline::

    Britain sets conditions to clear alliance .
    Edna Fernandes
    LONDON 1996-12-06

A line near the top of the article (one of its first ``_MAX_LINE`` lines, not the first, which
is the headline or the story itself) that holds only two
or three capitalised words, optionally after "By", and is followed by a line opening with a
word in capitals (the dateline: "LONDON", "MOSCOW (Reuters) -") is the writer: a PERSON,
whatever the model made of it. A line whose words are a lexicon term ("South Africa") or
carry a body word ("Foreign Ministry") is not a byline.
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_MAX_LINE = 4
_MIN_WORDS = 2
_MAX_WORDS = 3


def bylines(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with the byline's name as a PERSON (module docstring)."""
    lines = _first_lines(toks, _MAX_LINE + 1)
    # The first line is the headline (or the story itself), never a byline.
    for (start, end), (next_start, next_end) in zip(lines[1:], lines[2:], strict=False):
        name_start = start + 1 if end - start > 1 and toks.text[start] == "By" else start
        if _is_name(toks, name_start, end, lexicon) and _opens_in_capitals(toks, next_start, next_end):
            kept = [s for s in spans if s.end <= name_start or s.start >= end]
            kept.append(token_span(toks, name_start, end, "PERSON", "model"))
            return kept
    return spans


def _first_lines(toks: DocTokens, count: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for k, word in enumerate(toks.text):
        if "\n" in word:
            if k > start:
                out.append((start, k))
                if len(out) >= count:
                    return out
            start = k + 1
    if start < len(toks):
        out.append((start, len(toks)))
    return out


def _is_name(toks: DocTokens, start: int, end: int, lexicon: Lexicon) -> bool:
    if not _MIN_WORDS <= end - start <= _MAX_WORDS:
        return False
    for k in range(start, end):
        word = toks.text[k]
        if not (toks.alpha[k] or "-" in word) or not word[:1].isupper() or word in lexicon.body_heads:
            return False
    text = toks.span_text(start, end)
    return text not in lexicon.terms and text.title() not in lexicon.terms


def _opens_in_capitals(toks: DocTokens, start: int, end: int) -> bool:
    word = toks.text[start]
    return end > start and len(word) >= 2 and word.isupper() and any(ch.isalpha() for ch in word)
