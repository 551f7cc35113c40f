"""Wire tickers: "<AMR>", "<BAC>", "<VOD.L>" after a company's name are no mention.

Reuters-style wire gives a listed company's ticker in angle brackets right after its name
("AMR Corp <AMR>", "BankAmerica <BAC> Corp"). The ticker names the company only as a code, and
the model or a repeat rule may tag it ("AMR" as ORG) or run a name over it ("BAC> Corp").
``drop_tickers`` cuts every span at a ticker (the code and its brackets): the part before it
stays (a name may not straddle a ticker), and a part of designators only ("Corp") is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def ticker_tokens(toks: DocTokens) -> frozenset[int]:
    """Indices of the tokens of every ticker ("<", the code, ">"): a code of one token in
    brackets, written in capitals (points allowed: "VOD.L")."""
    text = toks.text
    marked: set[int] = set()
    for k in range(1, len(text) - 1):
        if text[k - 1] == "<" and text[k + 1] == ">" and _is_code(text[k]):
            marked.update((k - 1, k, k + 1))
    return frozenset(marked)


def drop_tickers(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` cut at tickers: the first part outside the tickers that is more than
    designators stays, with the span's label; a span with no such part is dropped."""
    marked = ticker_tokens(toks) if "<" in toks.text else frozenset()
    if not marked:
        return spans
    designators = lexicon.company_designators
    out = []
    for span in spans:
        if marked.isdisjoint(range(span.start, span.end)):
            out.append(span)
            continue
        part = _first_name_part(toks, span.start, span.end, marked, designators)
        if part is not None:
            start, end = part
            out.append(replace(span, start=start, end=end, start_char=toks.idx[start], end_char=toks.end[end - 1]))
    return out


def _first_name_part(
    toks: DocTokens, start: int, end: int, marked: frozenset[int], designators: frozenset[str]
) -> tuple[int, int] | None:
    k = start
    while k < end:
        while k < end and k in marked:
            k += 1
        part_start = k
        while k < end and k not in marked:
            k += 1
        if part_start < k and not all(toks.text[j] in designators for j in range(part_start, k)):
            return part_start, k
    return None


def _is_code(word: str) -> bool:
    letters = word.replace(".", "")
    return 0 < len(letters) <= 7 and letters.isalpha() and letters.isupper()
