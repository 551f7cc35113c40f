"""A source credited by its initials after a dash: "cattle roundup - USDA .", "- NYMEX".

Wire headlines end with the source after a spaced dash ("Nebraska fed cattle roundup - USDA
."), and market reports close a table with the source on a line of its own ("- USDA"). The
model misses such initials where no sentence holds them. ``source_credits`` makes an ORG span of
a word in capitals of two to six letters standing last on its line after a spaced dash (a full
stop may follow it) when the line has lower-case words before the dash or nothing but the dash:
an all-caps headline ("SOCCER - JAPAN WIN") is the caps reader's. A time zone or a statistic
(``Lexicon.abbreviations``: "GMT"), a gazetteer term (a place: "UAE") and a word already in a
span are left alone.
"""

from __future__ import annotations

import re

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_INITIALS = re.compile(r"[A-Z]{2,6}")
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def source_credits(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with the initials credited after a dash as ORG spans (module docstring)."""
    covered = {k for s in spans for k in range(s.start, s.end)}
    out = list(spans)
    for k in range(1, len(toks)):
        word = toks.text[k]
        if (
            k in covered
            or not _INITIALS.fullmatch(word)
            or word in lexicon.abbreviations
            or word in lexicon.terms
            or toks.text[k - 1] not in _DASHES
            or not toks.space[k - 1]
            or not _last_on_line(toks, k)
        ):
            continue
        line_start = _line_start(toks, k - 1)
        before = toks.body[toks.idx[line_start] : toks.idx[k - 1]] if line_start < k - 1 else ""
        if before.strip() == "" or any(c.islower() for c in before):
            out.append(token_span(toks, k, k + 1, "ORG", "model"))
    return out


def _is_line_end(toks: DocTokens, k: int) -> bool:
    return k >= len(toks) or "\n" in toks.text[k] or (k > 0 and "\n" in toks.body[toks.end[k - 1] : toks.idx[k]])


def _last_on_line(toks: DocTokens, k: int) -> bool:
    after = k + 1
    if after < len(toks) and toks.text[after] == "." and not _is_line_end(toks, after):
        after += 1
    return _is_line_end(toks, after)


def _line_start(toks: DocTokens, k: int) -> int:
    """First token of the line holding token ``k``."""
    while k > 0 and not _is_line_end(toks, k):
        k -= 1
    return k + 1 if k > 0 or "\n" in toks.text[0] else 0
