"""Merged names in ALL-CAPS headlines, re-cut at the names the article spells in mixed case.

Read in capitals, a headline's verb looks like one more word of a name: the recogniser gives
"MANCHESTER UNITED BEAT ARSENAL" as one ORG where the body writes "Manchester United beat
Arsenal". A span lying in a caps headline is replaced by the body's names it holds when

- it holds at least one name the article writes outside the caps regions ("Manchester United",
  "Arsenal"; longest name first, left to right), and not as its whole;
- one of its other words is a common word: the article writes it in lower case more often than
  capitalised in mid-sentence ("beat", "cost");
- none of its other words is a name word: one the article writes capitalised in mid-sentence
  at least once and at least as often as in lower case (such a word may belong to the name).

A headline span lying inside such a name as the headline writes it ("MANCHESTER" of
"MANCHESTER UNITED") becomes that name, with the spans it then holds. Each piece takes the label
the article gives the name. Spans with no such evidence, and the dateline's place, are kept.
"""

from __future__ import annotations

from services.processors.entities.all_caps import CapsRegion
from services.processors.entities.spans import FIXED_PLACE_SOURCES, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_MAX_NAME_WORDS = 5


def split_merged_caps_names(toks: DocTokens, regions: list[CapsRegion], spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with names in caps headlines cut at the article's names (module docstring);
    a span that is part of a name the body writes whole ("MANCHESTER" of "MANCHESTER UNITED") becomes
    that name. Other spans are returned unchanged; new spans come last."""
    heads = [r for r in regions if r.headline]
    if not heads:
        return spans
    inside = {k for r in regions for k in range(r.start, r.end)}
    names = _body_names(toks, inside, spans)
    if not names:
        return spans
    common, named = _word_uses(toks, inside)
    found = [m for r in heads for m in _occurrences(toks, r.start, r.end, names)]
    headline = {k for r in heads for k in range(r.start, r.end)}
    out: list[NewsSpan] = []
    recut: list[tuple[NewsSpan, list[NewsSpan]]] = []
    for span in spans:
        if span.source in FIXED_PLACE_SOURCES or not headline.issuperset(range(span.start, span.end)):
            out.append(span)
            continue
        inner = [m for m in found if span.start <= m.start and m.end <= span.end]
        outer = [m for m in found if m.start <= span.start and span.end <= m.end]
        if outer and (outer[0].start, outer[0].end) != (span.start, span.end):
            recut.append((span, outer))  # "MANCHESTER" of "MANCHESTER UNITED", the body's name
        elif inner and span.end - span.start >= 2 and _split(toks, span, inner, common, named):
            recut.append((span, inner))
        else:
            out.append(span)
    for span, pieces in recut:  # a piece overlapping a span it does not hold leaves the span as it was
        clash = [n for n in out if any(n.start < p.end and p.start < n.end for p in pieces)]
        if all(any(p.start <= n.start and n.end <= p.end for p in pieces) for n in clash):
            out = [n for n in out if n not in clash] + pieces
        else:
            out.append(span)
    return out


def _occurrences(toks: DocTokens, start: int, end: int, names: dict[tuple[str, ...], str]) -> list[NewsSpan]:
    """The names of ``names`` written in ``[start, end)``: longest first, left to right, disjoint."""
    lengths = sorted({len(words) for words in names}, reverse=True)
    found: list[NewsSpan] = []
    k = start
    while k < end:
        for n in lengths:
            label = names.get(tuple(toks.lower[k : k + n])) if k + n <= end else None
            if label is not None:
                found.append(token_span(toks, k, k + n, label, "repeat"))
                k += n
                break
        else:
            k += 1
    return found


def _split(
    toks: DocTokens, span: NewsSpan, inner: list[NewsSpan], common: frozenset[str], named: frozenset[str]
) -> bool:
    """Whether ``span``, holding the names ``inner`` and not only them, gives way to them: one of
    its other words is common and none is a name word."""
    if len(inner) == 1 and (inner[0].start, inner[0].end) == (span.start, span.end):
        return False
    covered = {k for m in inner for k in range(m.start, m.end)}
    rest = [toks.lower[k] for k in range(span.start, span.end) if k not in covered and toks.alpha[k]]
    return any(w in common for w in rest) and not any(w in named for w in rest)


def _body_names(toks: DocTokens, inside: set[int], spans: list[NewsSpan]) -> dict[tuple[str, ...], str]:
    """Lower-cased words -> label of the names found outside the caps regions (first label wins)."""
    names: dict[tuple[str, ...], str] = {}
    for span in spans:
        if (
            span.label in _NAME_LABELS
            and span.end - span.start <= _MAX_NAME_WORDS
            and inside.isdisjoint(range(span.start, span.end))
        ):
            names.setdefault(tuple(toks.lower[span.start : span.end]), span.label)
    return names


def _word_uses(toks: DocTokens, inside: set[int]) -> tuple[frozenset[str], frozenset[str]]:
    """(common words, name words) of the article outside the caps regions, lower-cased: a word
    written in lower case more often than capitalised in mid-sentence or in capitals, and the
    others that are written capitalised that way at least once."""
    lower_uses: dict[str, int] = {}
    upper_uses: dict[str, int] = {}
    for k, word in enumerate(toks.text):
        if k in inside or not toks.alpha[k]:
            continue
        if word.islower():
            lower_uses[word] = lower_uses.get(word, 0) + 1
        elif word[:1].isupper() and not toks.sent_start[k]:
            key = word.lower()
            upper_uses[key] = upper_uses.get(key, 0) + 1
    common = frozenset(w for w, n in lower_uses.items() if n > upper_uses.get(w, 0))
    named = frozenset(w for w in upper_uses if w not in common)
    return common, named
