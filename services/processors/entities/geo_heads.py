"""Geographic features named after a place: "Gulf of Mexico", "Horn of Africa".

A geographic head (``lexicon.geo_heads``: "Gulf", "Horn", "Sea"...) and "of" before a place
make one LOC with it; the model finds the place alone, or the head as a name of its own.
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import PLACE_LABELS, NewsSpan
from services.processors.entities.tokens import DocTokens


def geo_of_places(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """A geographic head and "of" before a place make one LOC with it ("Gulf of
    Mexico", "Horn of Africa"): the model finds the place alone, or the head as a name."""
    heads = lexicon.geo_heads
    text = toks.text
    merged: list[tuple[int, NewsSpan]] = []
    for span in spans:
        k = span.start
        if span.label in PLACE_LABELS and k >= 2 and text[k - 1] == "of" and text[k - 2] in heads:
            merged.append((k - 2, span))
    if not merged:
        return spans
    absorbed = {k for k, _ in merged}
    joined = {id(span) for _, span in merged}
    out = [s for s in spans if id(s) not in joined and not any(s.start <= k < s.end for k in absorbed)]
    for k, span in merged:
        out.append(NewsSpan(k, span.end, toks.idx[k], span.end_char, "LOC", span.source))
    return out
