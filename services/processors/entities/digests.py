"""Press digests: the newspaper named on a line of its own under a rule of dashes.

A wire press digest summarises the day's papers one after another, each under a rule and its
title::

    - - - -
    JAKARTA POST
    Speaker of the House of Representatives ...

A line right after a rule (a line of at least ``_MIN_RULE_DASHES`` dashes and nothing else)
that holds one to ``_MAX_TITLE_WORDS`` capitalised words and nothing else is the paper's title,
an ORG; spans the model made of its words give way ("JAKARTA" as a place, "MEDIA" and
"INDONESIA" as two).
"""

from __future__ import annotations

from services.processors.entities.spans import NewsSpan, supersede, token_span
from services.processors.entities.tokens import DocTokens

_MIN_RULE_DASHES = 3
_MAX_TITLE_WORDS = 4
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def newspaper_titles(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with each digest title made one ORG span (module docstring)."""
    lines = toks.line_ranges()
    titles: list[tuple[int, int]] = []
    for (rule_start, rule_end), (start, end) in zip(lines, lines[1:], strict=False):
        if (
            rule_end - rule_start >= _MIN_RULE_DASHES
            and all(toks.text[k] in _DASHES for k in range(rule_start, rule_end))
            and end - start <= _MAX_TITLE_WORDS
            and all(toks.alpha[k] and toks.text[k][:1].isupper() for k in range(start, end))
        ):
            titles.append((start, end))
    if not titles:
        return spans
    return supersede(spans, [token_span(toks, a, b, "ORG", "model") for a, b in titles])
