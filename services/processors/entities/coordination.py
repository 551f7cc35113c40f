"""Two organisations joined by "and" / "or" in one span: "grab Mercantile or Commerce".

The model often reads a pair of short company names as one name. A pair is told from a single
name with a conjunction inside ("Procter and Gamble", "Russ Berrie and Co") by the rest of the
article: an ORG span of the form ``A and B`` / ``A or B`` (one conjunction, capitalised words
on both sides) is split into ``A`` and ``B`` when each side, on its own, begins another span
of the article (any named label: "Mercantile Bancorp Inc.", "Commerce Bancshares Inc.") or
stands alone as one elsewhere. Other spans are left as they are.
"""

from __future__ import annotations

from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

_CONJUNCTIONS = frozenset({"and", "or", "&"})


def split_coordinated_organisations(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with ``A and B`` organisation spans split when A and B are named apart (module docstring)."""
    text = toks.text
    named = [tuple(text[s.start : s.end]) for s in spans]
    out: list[NewsSpan] = []
    for span in spans:
        parts = _sides(text, span)
        if parts is None:
            out.append(span)
            continue
        (a0, a1), (b0, b1) = parts
        left, right = tuple(text[a0:a1]), tuple(text[b0:b1])
        whole = tuple(text[span.start : span.end])
        if _named_apart(left, whole, named) and _named_apart(right, whole, named):
            out.append(NewsSpan(a0, a1, toks.idx[a0], toks.end[a1 - 1], "ORG", span.source))
            out.append(NewsSpan(b0, b1, toks.idx[b0], toks.end[b1 - 1], "ORG", span.source))
        else:
            out.append(span)
    return out


def _sides(text, span: NewsSpan) -> tuple[tuple[int, int], tuple[int, int]] | None:
    if span.label != "ORG":
        return None
    joins = [k for k in range(span.start + 1, span.end - 1) if text[k] in _CONJUNCTIONS]
    if len(joins) != 1:
        return None
    k = joins[0]
    if not (text[span.start][:1].isupper() and text[k + 1][:1].isupper()):
        return None
    return (span.start, k), (k + 1, span.end)


def _named_apart(side: tuple[str, ...], whole: tuple[str, ...], named: list[tuple[str, ...]]) -> bool:
    """Whether another span of the article starts with ``side`` (and is not the pair itself)."""
    n = len(side)
    return any(words != whole and words[:n] == side for words in named)
