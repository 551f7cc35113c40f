"""Sentences: split a cleaned body into sentence spans without a parser.

A sentence ends at a line break or at ``.!?`` (plus closing quotes/brackets) followed by
whitespace and a capital, digit or opening quote, unless the word before the stop is a known
abbreviation or a single initial. Linear in the body length.
"""

from __future__ import annotations

import re

_LINES = re.compile(r"[^\n]+")
_STOP = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[A-Z\"“‘(\d])")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no gen lt col sgt capt rep sen gov prof jr sr vs etc inc corp ltd co "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s fig approx est dept univ mt ft mio mrd tsd".split()
)


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``body``, in order, trimmed of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    for line in _LINES.finditer(body):
        start = line.start()
        for stop in _STOP.finditer(body, line.start(), line.end()):
            before = body[max(start, stop.start() - 12) : stop.start()]
            word = _LAST_WORD.search(before)
            if word and (
                word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1 and word.group(1).isupper()
            ):
                continue
            _append(body, start, stop.end(), spans)
            start = stop.end()
        _append(body, start, line.end(), spans)
    return spans


def _append(body: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
