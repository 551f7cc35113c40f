"""Ships named after a vessel noun: "the aircraft carrier Carl Vinson", "the tanker Sea Empress".

A ship's name reads like a person's, a firm's or a place's, and the model tags it so; a ship is
a vehicle, a PRODUCT, and no person, organisation or place (newswire annotation lists it with
the miscellaneous names). ``vessel_names`` finds the capitalised run right after a lower-case
vessel noun (``_VESSEL_NOUNS``; "aircraft carrier", as a bare "carrier" is also an airline),
and after a plural one the names of its list too ("the carriers Vinson and Enterprise"). Every
span of the article that is such a name, or a list of them only, becomes a PRODUCT, and so
does an untagged name right after the vessel noun. A multi-word name also stands for its last
word ("the Carl Vinson" ... "the Vinson"). A name the gazetteer knows ("the tanker Iran seized
in July") or one the article makes speak ("A tanker Maranex chartered ..." ... "Maranex said")
opens a relative clause after the vessel noun, and is no ship; nor is a name after a vessel word
the tagger reads as a verb ("The company ships Tarvik Steel products", "Helicopters ferry ...").
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.spans import PROPER_TAGS, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

#: Lower-case nouns of ships written right before a ship's name.
_VESSEL_NOUNS = frozenset(
    {
        "ship",
        "ships",
        "vessel",
        "vessels",
        "warship",
        "warships",
        "frigate",
        "frigates",
        "destroyer",
        "destroyers",
        "cruiser",
        "cruisers",
        "submarine",
        "submarines",
        "tanker",
        "tankers",
        "freighter",
        "freighters",
        "trawler",
        "trawlers",
        "ferry",
        "ferries",
        "liner",
        "liners",
        "yacht",
        "yachts",
    }
)
#: A noun that names a vessel only after "aircraft" ("carrier" alone is also an airline).
_AFTER_AIRCRAFT = frozenset({"carrier", "carriers"})
_MAX_NAME_WORDS = 4
_NOUN_TAGS = frozenset({"NN", "NNS"})
_LIST_WORDS = frozenset({",", "and"})
_RELABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
#: Verbs of saying: a name the article writes right before one speaks, and a ship does not.
_SPEECH_VERBS = frozenset({"said", "says", "say", "told", "added", "denied", "announced", "declined"})


def vessel_names(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with the article's ships made PRODUCT spans (module docstring)."""
    found = _names_after_vessel_nouns(toks)
    if not found:
        return spans
    found = [(a, b) for a, b in found if not _is_other_name(toks, spans, toks.span_text(a, b))]
    if not found:
        return spans
    names = {toks.span_text(a, b) for a, b in found}
    names |= {toks.text[b - 1] for a, b in found if b - a > 1}
    out: list[NewsSpan] = []
    covered: set[int] = set()
    for span in spans:
        if span.label in _RELABELLED and _is_list_of(toks.span_text(span.start, span.end), names):
            span = replace(span, label="PRODUCT", source="vessel", term=None, role=None)
        covered.update(range(span.start, span.end))
        out.append(span)
    for a, b in found:
        if covered.isdisjoint(range(a, b)):
            out.append(token_span(toks, a, b, "PRODUCT", "vessel"))
    return out


def _names_after_vessel_nouns(toks: DocTokens) -> list[tuple[int, int]]:
    lower, n = toks.lower, len(toks)
    found: list[tuple[int, int]] = []
    for k in range(n - 1):
        word = toks.text[k]
        if not word.islower() or toks.tag[k] not in _NOUN_TAGS:
            continue  # "The company ships Tarvik Steel products": a verb names no ship
        if word not in _VESSEL_NOUNS and not (word in _AFTER_AIRCRAFT and k > 0 and lower[k - 1] == "aircraft"):
            continue
        start = k + 1
        while True:
            end = _name_end(toks, start)
            if end == start:
                break
            found.append((start, end))
            if not word.endswith("s") or end >= n or toks.text[end] not in _LIST_WORDS:
                break
            start = end + 1
            if start < n and toks.text[start] == "and":
                start += 1
    return found


def _name_end(toks: DocTokens, start: int) -> int:
    """End of the capitalised proper-noun run at ``start`` (no more than ``_MAX_NAME_WORDS``)."""
    end = start
    while (
        end < len(toks)
        and end - start < _MAX_NAME_WORDS
        and toks.tag[end] in PROPER_TAGS
        and toks.alpha[end]
        and toks.text[end][:1].isupper()
        and (end == start or not toks.sent_start[end])
    ):
        end += 1
    return end


def _is_other_name(toks: DocTokens, spans: list[NewsSpan], name: str) -> bool:
    """Whether the article reads ``name`` as something other than a ship: a gazetteer term (a
    country: "the tanker Iran seized") or a name it makes speak ("Maranex said")."""
    for span in spans:
        if toks.span_text(span.start, span.end) != name:
            continue
        if span.source == "gazetteer":
            return True
        if span.end < len(toks) and toks.lower[span.end] in _SPEECH_VERBS:
            return True
    return False


def _is_list_of(text: str, names: set[str]) -> bool:
    """Whether ``text`` is one of ``names`` or a list of them ("Vinson and Enterprise")."""
    if text in names:
        return True
    parts = [p.strip() for p in text.replace(",", " and ").split(" and ")]
    parts = [p for p in parts if p]
    return len(parts) > 1 and all(p in names for p in parts)
