"""A wire story's sign-off line: "-- Stephen Nisbet , International Bonds +44 171 6320".

Market reports close with a line that opens with a double dash and names the writer, the desk
and its telephone number. ``sign_offs`` reads such a line (it opens with "--" and holds a
telephone number: a token opening with "+" and a digit, or digit groups joined by hyphens) by
its commas: the part right before the number is the desk, an ORG, when all its words are
capitalised ("International Bonds", "New York Power Desk"; "Chicago newsdesk" is left to the
model); a part of two or three capitalised words before it is the writer, a PERSON ("H
McCulloch"). Spans inside those parts give way.
"""

from __future__ import annotations

import re

from services.processors.entities.spans import NewsSpan, supersede, token_span
from services.processors.entities.tokens import DocTokens

_OPENERS = frozenset({"--", "\u2014"})
_PHONE = re.compile(r"\+\d[\d-]*|\d{2,4}(?:-\d{2,4}){1,3}")
_MAX_DESK_WORDS = 5
_MAX_WRITER_WORDS = 3


def sign_offs(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with the writer and desk of each sign-off line labelled (module docstring)."""
    found: list[NewsSpan] = []
    for start, end in toks.line_ranges():
        if toks.text[start] not in _OPENERS:
            continue
        phone = next((k for k in range(start + 1, end) if _PHONE.fullmatch(toks.text[k])), None)
        if phone is None:
            continue
        parts = _comma_parts(toks, start + 1, phone)
        if not parts:
            continue
        desk = parts[-1]
        if _capitalised_run(toks, *desk) and desk[1] - desk[0] <= _MAX_DESK_WORDS:
            found.append(token_span(toks, *desk, "ORG", "model"))
        if len(parts) == 2:
            writer = parts[0]
            if _capitalised_run(toks, *writer) and 2 <= writer[1] - writer[0] <= _MAX_WRITER_WORDS:
                found.append(token_span(toks, *writer, "PERSON", "model"))
    return supersede(spans, found) if found else spans


def _comma_parts(toks: DocTokens, start: int, end: int) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    part = start
    for k in range(start, end):
        if toks.text[k] == ",":
            parts.append((part, k))
            part = k + 1
    parts.append((part, end))
    return [(a, b) for a, b in parts if a < b]


def _capitalised_run(toks: DocTokens, start: int, end: int) -> bool:
    return all(toks.alpha[k] and toks.text[k][:1].isupper() for k in range(start, end))
