"""People whose surname is also a place: "director Neil Jordan ... Jordan said".

The gazetteer reads a one-word country or city as a place wherever it stands, so a person named
after one is cut in two ("Neil" PERSON, "Jordan" place) and every later surname-only mention
becomes a place. Within one article the person reading wins:

- outside sports reports (whose result tables set a name beside its country), a one-token
  PERSON span directly followed, after one space, by a one-word place span is one PERSON span
  over both ("Neil Jordan");
- a one-word place span whose word is the last word of a PERSON span of two or more words in
  the same article is a PERSON, unless a place preposition stands right before it ("in Jordan"
  keeps the country; "Jordan said" is the person).

Spans of other labels and places not matching a person's surname are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Words after which a surname-shaped place is still read as the place.
_PLACE_PREPOSITIONS = frozenset(
    {"in", "to", "from", "into", "across", "near", "at", "toward", "towards", "via", "through", "visit", "visited"}
)


def people_named_after_places(toks: DocTokens, spans: list[NewsSpan], *, sports: bool) -> list[NewsSpan]:
    """``spans`` with given name + place pairs joined and place-shaped surnames relabelled (module docstring)."""
    text = toks.text
    ordered = sorted(spans, key=lambda s: s.start)
    merged: list[NewsSpan] = []
    skip: set[int] = set()
    for i, span in enumerate(ordered):
        if i in skip:
            continue
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if (
            nxt is not None
            and not sports
            and span.label == "PERSON"
            and span.end - span.start == 1
            and text[span.start][:1].isupper()
            and not text[span.start].isupper()
            and nxt.label in _PLACE_LABELS
            and nxt.start == span.end
            and nxt.end - nxt.start == 1
            and toks.body[toks.end[span.start] : toks.idx[nxt.start]] == " "
        ):
            merged.append(NewsSpan(span.start, nxt.end, span.start_char, nxt.end_char, "PERSON", span.source))
            skip.add(i + 1)
            continue
        merged.append(span)
    surnames = {text[s.end - 1] for s in merged if s.label == "PERSON" and s.end - s.start >= 2}
    if not surnames:
        return merged
    out: list[NewsSpan] = []
    for span in merged:
        if (
            span.label in _PLACE_LABELS
            and span.end - span.start == 1
            and text[span.start] in surnames
            and (span.start == 0 or text[span.start - 1].lower() not in _PLACE_PREPOSITIONS)
        ):
            span = replace(span, label="PERSON", term=None, role=None)
        out.append(span)
    return out
