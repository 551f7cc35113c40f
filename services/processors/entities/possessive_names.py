"""Company names with a possessive inside: "Boatmen's Bancshares" ... "Boatmen's said".

A company named after its founder or a trade often keeps a possessive in its name
("Boatmen's Bancshares", "Sainsbury's Supermarkets"), and the story then calls it by the
words up to and with the possessive ("Boatmen's was the prize"). The model tags that short
form without the possessive ("Boatmen"). ``possessive_company_names`` collects, from every
ORG span holding a possessive after at least one word and before at least one more, the
words before the possessive; an ORG span written exactly so and followed by a possessive
takes it. A possessive that opens no such full name is left outside ("Tarvex's profit").
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.spans import POSSESSIVES, NewsSpan
from services.processors.entities.tokens import DocTokens


def possessive_company_names(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with short company names extended over their possessive (module docstring)."""
    text = toks.text
    stems: set[tuple[str, ...]] = set()
    for span in spans:
        if span.label != "ORG":
            continue
        for k in range(span.start + 1, span.end - 1):
            if text[k] in POSSESSIVES:
                stems.add(tuple(text[span.start : k]))
                break
    if not stems:
        return spans
    out: list[NewsSpan] = []
    for span in spans:
        k = span.end
        if span.label == "ORG" and k < len(toks) and text[k] in POSSESSIVES and tuple(text[span.start : k]) in stems:
            span = replace(span, end=k + 1, end_char=toks.end[k], role=None)
        out.append(span)
    return out
