"""Selection among overlapping candidate spans: the longest wins, then the surest source.

``select`` settles the news layer's candidates (gazetteer terms, government bodies, the model's
spans) before any post-rule runs: forced spans (titled names) are kept first, then candidates
longest-first; on equal length the higher source priority (``PRIORITY``) wins, then the earlier
span. A span overlapping one already kept is dropped.

``filter_match_rows`` does the same for the gazetteer matcher's raw rows, as
``spacy.util.filter_spans`` does for ``Span`` objects.
"""

from __future__ import annotations

from services.processors.entities.spans import NewsSpan

#: Rank of a span's source on equal length: the gazetteer beats a government-body match
#: ("body"), which beats the model and the other rule sources.
PRIORITY = {
    "title": 4,
    "gazetteer": 3,
    "body": 2,
    "model": 1,
    "dateline": 1,
    "venue": 1,
    "surname": 1,
    "repeat": 1,
    "given-name": 1,
    "apposition": 1,
}


def select(forced: list[NewsSpan], candidates: list[NewsSpan]) -> list[NewsSpan]:
    """Forced spans first, then candidates longest-first (ties: higher source priority, earlier);
    a span sharing a token with one already kept is dropped. Kept spans in that order."""
    taken: set[int] = set()
    out: list[NewsSpan] = []
    ranked = sorted(candidates, key=lambda s: (-(s.end - s.start), -PRIORITY[s.source], s.start))
    for span in (*forced, *ranked):
        tokens = range(span.start, span.end)
        if taken.isdisjoint(tokens):
            taken.update(tokens)
            out.append(span)
    return out


def filter_match_rows(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``spacy.util.filter_spans`` on ``(match_id, start, end)`` rows: the (first) longest of
    overlapping matches wins (a match is dropped if its first or last token is taken); by start."""
    ranked = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    taken: set[int] = set()
    out = []
    for match in ranked:
        if match[1] not in taken and match[2] - 1 not in taken:
            out.append(match)
            taken.update(range(match[1], match[2]))
    return sorted(out, key=lambda m: m[1])
