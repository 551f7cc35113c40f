"""Two organisations joined by "and" / "or" in one span: "grab Mercantile or Commerce".

The model often reads a pair of short company names as one name. A pair is told from a single
name with a conjunction inside ("Procter and Gamble", "Russ Berrie and Co") by the rest of the
article: an ORG span of the form ``A and B`` / ``A or B`` (one conjunction, capitalised words
on both sides) is split into ``A`` and ``B`` when each side, on its own, begins another span
of the article (any named label: "Mercantile Bancorp Inc.", "Commerce Bancshares Inc.") or
stands alone as one elsewhere. A list of firms each closing with a company designator is cut at
every comma or conjunction that follows a designator, with no need of other mentions
("acquire Tarvik Traditions Ltd and Lusa Marketing & Promotions Inc"). Other spans are left as
they are.
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_CONJUNCTIONS = frozenset({"and", "or", "&"})
#: Tokens that may separate two designated firms of a list.
_LIST_JOINS = frozenset({"and", "or", ","})


def split_coordinated_organisations(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with ``A and B`` organisation spans split when A and B are named apart (module docstring)."""
    text = toks.text
    named = [tuple(text[s.start : s.end]) for s in spans]
    out: list[NewsSpan] = []
    for span in spans:
        firms = _designated_firms(text, span, lexicon.company_designators)
        if len(firms) > 1:
            out.extend(token_span(toks, a, b, "ORG", span.source) for a, b in firms)
            continue
        parts = _sides(text, span)
        if parts is None:
            out.append(span)
            continue
        (a0, a1), (b0, b1) = parts
        left, right = tuple(text[a0:a1]), tuple(text[b0:b1])
        whole = tuple(text[span.start : span.end])
        if _named_apart(left, whole, named) and _named_apart(right, whole, named):
            out.append(token_span(toks, a0, a1, "ORG", span.source))
            out.append(token_span(toks, b0, b1, "ORG", span.source))
        else:
            out.append(span)
    return out


def _designated_firms(text, span: NewsSpan, designators: frozenset[str]) -> list[tuple[int, int]]:
    """The firms of an ORG span that is a list of designated names ("A Ltd and B Inc"), else one part."""
    if span.label != "ORG" or text[span.end - 1] not in designators:
        return [(span.start, span.end)]
    parts: list[tuple[int, int]] = []
    part_start = span.start
    for k in range(span.start + 2, span.end - 1):
        nxt = text[k + 1]
        if (
            text[k] in _LIST_JOINS
            and text[k - 1] in designators
            and nxt[:1].isupper()
            and nxt not in designators
            and k - 1 > part_start
        ):
            parts.append((part_start, k))
            part_start = k + 1
    parts.append((part_start, span.end))
    return parts


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
