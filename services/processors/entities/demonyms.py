"""Demonyms used as adjectives: "anti-Russian", "pro-Western", "Western officials", "Russian media".

A nationality or group word that modifies a noun describes the noun; it is not an entity the
article is about, so it is not listed. A demonym that names a group of people stays ("the
Russians said", "Ukrainians fled", "a Russian was detained").

A NORP span (or a GPE/LOC span of adjectives only, which the model gives some demonyms) is an
adjective when any of these holds, read from the parse of the span's last word:

- a prefix from ``data/adjectives.json`` is hyphenated to it ("anti-Russian", "pro-Western");
- it is hyphenated to a following word ("Russian-backed", "Western-led");
- it modifies a noun after it (dependency amod, compound, nmod or npadvmod: "Russian media",
  "the Ukrainian Defence Ministry" spelled as two spans), or is a predicate adjective ("the
  tanker is Russian"); a word joined by "and" to such a modifier is one too ("Russian and
  Ukrainian officials").

Any other name written inside a hyphenated modifier is one too and is not listed
(``drop_hyphenated_names``): a person, organisation or place with a prefix from the same list
hyphenated before it ("ex-England", "pre-Castro") or a lower-case word hyphenated after it
("New York-based", "Vienna-based", "Kremlin-backed"), and so is each of two one-word names
hyphenated together before a noun ("an Arafat-Netanyahu meeting"). An adjective of place made with "-ic"
that modifies a lower-case noun ("Arctic town", "Olympic champions", "Islamic state") is one
as well; with a capitalised word after it, it is part of a name ("Arctic Ocean").
"""

from __future__ import annotations

import json
from functools import lru_cache

from services.processors.entities.names import DATA_DIR
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Labels of names a hyphenated modifier may hold ("ex-England", "New York-based").
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_ADJECTIVE_TAGS = frozenset({"JJ"})
_MAX_CONJ_STEPS = 8


@lru_cache(maxsize=1)
def adjective_prefixes() -> frozenset[str]:
    """The prefixes of ``data/adjectives.json`` (lower case)."""
    raw = json.loads((DATA_DIR / "adjectives.json").read_text(encoding="utf-8"))
    return frozenset(p.lower() for p in raw["prefixes"])


def drop_adjectival_demonyms(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` without the demonyms used as adjectives (module docstring), order kept."""
    return [s for s in spans if not _is_candidate(toks, s) or not is_adjectival(toks, s.start, s.end)]


def drop_hyphenated_names(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` without the names written inside hyphenated modifiers or used as "-ic"
    adjectives of place (module docstring), order kept; a titled person stays."""
    named = {(s.start, s.end) for s in spans if s.label in _NAME_LABELS}
    return [
        s
        for s in spans
        if s.label not in _NAME_LABELS
        or s.source == "title"
        or not (
            _in_hyphenated_modifier(toks, s.start, s.end) or _ic_adjective(toks, s) or _in_name_pair(toks, s, named)
        )
    ]


def _in_name_pair(toks: DocTokens, span: NewsSpan, named: set[tuple[int, int]]) -> bool:
    """A one-word name glued by a bare hyphen to another named word, the pair modifying the noun
    after it ("an Arafat-Netanyahu meeting", "the Iran-Iraq war")."""
    if span.end - span.start != 1:
        return False
    text, n = toks.text, len(toks)
    a, b = span.start, span.end
    if _bare_hyphen(toks, b) and b + 1 < n and (b + 1, b + 2) in named:
        after = b + 2
    elif _bare_hyphen(toks, a - 1) and (a - 2, a - 1) in named:
        after = b
    else:
        return False
    return after < n and toks.alpha[after] and text[after].islower() and toks.tag[after] in _COMMON_NOUN_TAGS


def _bare_hyphen(toks: DocTokens, k: int) -> bool:
    return 0 < k < len(toks) - 1 and toks.text[k] in _HYPHENS and not toks.space[k - 1] and not toks.space[k]


def _in_hyphenated_modifier(toks: DocTokens, start: int, end: int) -> bool:
    text, n = toks.text, len(toks)
    prefixes = adjective_prefixes()
    # "ex-England": the prefix just before the name, or opening the span the model found.
    for k in (start - 2, start):
        if (
            0 <= k
            and k + 2 < n
            and k + 1 < end
            and text[k + 1] in _HYPHENS
            and toks.lower[k] in prefixes
            and not toks.space[k]
            and not toks.space[k + 1]
        ):
            return True
    return (
        end + 1 < n
        and text[end] in _HYPHENS
        and not toks.space[end - 1]
        and not toks.space[end]
        and toks.alpha[end + 1]
        and text[end + 1].islower()
    )


def _ic_adjective(toks: DocTokens, span: NewsSpan) -> bool:
    word, after = toks.text[span.start], span.end
    return (
        span.end - span.start == 1
        and word.endswith("ic")
        and word[:1].isupper()
        and after < len(toks)
        and toks.alpha[after]
        and toks.text[after].islower()
        and toks.tag[after] in _NOUN_TAGS | _ADJECTIVE_TAGS
    )


def _is_candidate(toks: DocTokens, span: NewsSpan) -> bool:
    if span.label == "NORP":
        return True
    return span.label in _PLACE_LABELS and all(toks.tag[k] == "JJ" for k in range(span.start, span.end))


def is_adjectival(toks: DocTokens, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` are used as an adjective (module docstring)."""
    text, n = toks.text, len(toks)
    prefixes = adjective_prefixes()
    # "anti-Russian": the prefix inside the span or just before it.
    for k in range(max(start - 2, 0), end - 1):
        if toks.lower[k] in prefixes and text[k + 1] in _HYPHENS and not toks.space[k] and not toks.space[k + 1]:
            return True
    last = end - 1
    if (
        last + 2 < n
        and text[last + 1] in _HYPHENS
        and not toks.space[last]
        and not toks.space[last + 1]
        and toks.alpha[last + 2]
    ):
        return True
    token = toks.doc[last]
    for _ in range(_MAX_CONJ_STEPS):
        if token.dep_ != "conj" or token.head.i >= token.i:
            break
        token = token.head
    if token.dep_ == "acomp":
        return True
    head = token.head
    return token.dep_ in _MODIFIER_DEPS and head.i >= end and head.i > token.i and toks.tag[head.i] in _NOUN_TAGS
