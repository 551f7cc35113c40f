"""Companies the wire marks: "<Airbus Industrie>", "<Metropolitan Life Insurance Co.>".

Reuters-style wire puts angle brackets around a company it names in full. The marks say where
the name starts and ends and what it is, better than any reading of the words: the model may
take part of it ("Airbus" of "Airbus Industrie"), or a person in it ("Henry Ansbacher" of
"Henry Ansbacher Holdings Plc"). ``marked_companies`` makes each marked name one ORG span
(source "markup") in place of the spans it overlaps. The ranges come from
:func:`markup.marked_names` on the body (the view the rules read has the marks blanked).
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processors.entities.spans import NewsSpan, supersede, token_span
from services.processors.entities.tokens import DocTokens


def marked_companies(toks: DocTokens, spans: list[NewsSpan], marked: Sequence[tuple[int, int]]) -> list[NewsSpan]:
    """``spans`` with each marked name (a character range falling on token edges) an ORG span;
    spans sharing a token with one are dropped."""
    found = []
    for start_char, end_char in marked:
        if not toks.idx or start_char >= end_char or end_char > len(toks.body):
            continue
        start, last = toks.token_at(start_char), toks.token_at(end_char - 1)
        if toks.idx[start] != start_char or toks.end[last] != end_char:
            continue  # the tokenizer split a word across a mark; leave the model's reading
        found.append(token_span(toks, start, last + 1, "ORG", "markup"))
    return sorted(supersede(spans, found), key=lambda s: s.start) if found else spans
