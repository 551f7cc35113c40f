"""Scoped organisations: "Foreign Ministry" names a different body in every country.

An ORG name made only of a government-body head and generic words (``data/generic_bodies.json``:
"Foreign Ministry", "Ministry of Defence", "Supreme Court", "Central Bank", "Parliament") is
*generic*. A generic mention belongs to the country the text gives it, looked for in this order:

1. a country or demonym opening the mention ("Russian Foreign Ministry") or "of <country>"
   closing it ("Supreme Court of Ukraine"); the rest is the name;
2. one written just before it ("Russia's Foreign Ministry", "the Ukrainian Defence Ministry");
3. "of <country>" or "in <country or its capital>" just after it ("the Supreme Court of
   Ukraine", "the Foreign Ministry in Moscow");
4. the country of the same name's closest earlier scoped mention in the article;
5. the article's main country: mentioned at least twice and more often than any other (its
   name, capital and seats of power and the demonyms listed as entities count, not those used
   as adjectives).

With no country at all it stays unscoped, one body under its name as before. The resolver makes
the entity id from the name and the country, so two countries' ministries never share an id.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from services.processors.entities.lexicon import Lexicon, Term
from services.processors.entities.names import DATA_DIR, name_key
from services.processors.entities.spans import NewsSpan

_MAX_TERM_WORDS = 3
_LOOK_BEHIND = 60
_LOOK_AHEAD = 40
_POSSESSIVE_ENDS = ("'s", "\u2019s", "'", "\u2019")
_MIN_DOMINANT_MENTIONS = 2


@dataclass(frozen=True)
class Scope:
    """A generic organisation mention: its name without the country words, and its country."""

    name: str
    country: str | None


@lru_cache(maxsize=1)
def _generic_keys(heads: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads((DATA_DIR / "generic_bodies.json").read_text(encoding="utf-8"))
    head_keys = frozenset(name_key(h) for h in heads)
    return head_keys, head_keys | frozenset(name_key(w) for w in raw["words"])


def is_generic(name: str, lexicon: Lexicon) -> bool:
    """Whether an ORG name has only body heads and generic words, and at least one head."""
    head_keys, generic = _generic_keys(lexicon.body_heads)
    words = name_key(name).split()
    return bool(words) and all(w in generic for w in words) and any(w in head_keys for w in words)


def _country_of(surface: str, lexicon: Lexicon) -> str | None:
    """The country a written country name or demonym stands for (a capital or a city does not)."""
    term: Term | None = lexicon.terms.get(surface)
    if term is None:
        return None
    if term.label == "GPE" and term.canonical in lexicon.countries:
        return term.canonical
    if term.label == "NORP":
        return term.country
    return None


def _leading_country(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(country, rest) when ``text`` opens with a country or demonym, possibly possessive."""
    words = text.split()
    for width in range(min(_MAX_TERM_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[:width])
        for end in _POSSESSIVE_ENDS:
            if head.endswith(end):
                head = head[: -len(end)]
                break
        country = _country_of(head, lexicon)
        if country is not None:
            return country, " ".join(words[width:])
    return None


def _trailing_country(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(country, rest) when ``text`` ends in "of <country>" ("Supreme Court of Ukraine")."""
    words = text.split()
    for at in range(len(words) - 2, 0, -1):
        if words[at] == "of":
            rest = words[at + 2 :] if words[at + 1] == "the" else words[at + 1 :]
            country = _country_of(" ".join(rest), lexicon) if len(rest) <= _MAX_TERM_WORDS else None
            return (country, " ".join(words[:at])) if country is not None else None
    return None


def _country_before(body: str, start: int, lexicon: Lexicon) -> str | None:
    before = body[max(0, start - _LOOK_BEHIND) : start].split()
    if not before:
        return None
    last = before[-1]
    for end in _POSSESSIVE_ENDS:
        if last.endswith(end) and len(last) > len(end):
            before[-1] = last[: -len(end)]
            break
    for width in range(min(_MAX_TERM_WORDS, len(before)), 0, -1):
        country = _country_of(" ".join(before[-width:]), lexicon)
        if country is not None:
            return country
    return None


def _country_after(body: str, end: int, lexicon: Lexicon) -> str | None:
    """The country of "of <country>" or "in <country or its capital>" right after a mention."""
    after = body[end : end + _LOOK_AHEAD].split()
    if len(after) < 2 or after[0] not in ("of", "in"):
        return None
    words = after[2:] if after[1] == "the" else after[1:]
    for width in range(min(_MAX_TERM_WORDS, len(words)), 0, -1):
        candidate = " ".join(words[:width]).rstrip(".,;:)")
        country = _country_of(candidate, lexicon)
        if country is None and after[0] == "in":
            term = lexicon.terms.get(candidate)
            country = term.country if term is not None and term.label == "GPE" else None
        if country is not None:
            return country
    return None


def dominant_country(body: str, spans: list[NewsSpan], lexicon: Lexicon) -> str | None:
    """The country the article mentions most (by itself, its capital, seats of power or listed
    demonyms): at least ``_MIN_DOMINANT_MENTIONS`` times and more than any other, else None."""
    counts: Counter[str] = Counter()
    for span in spans:
        term = span.term
        if term is None:
            continue
        country = term.canonical if term.canonical in lexicon.countries else term.country
        if country is not None:
            counts[country] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_DOMINANT_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def scopes(body: str, spans: list[NewsSpan], lexicon: Lexicon) -> dict[int, Scope]:
    """Position in ``spans`` -> scope, for every generic ORG span (module docstring)."""
    found: dict[int, Scope] = {}
    pending: list[tuple[int, str]] = []
    for position, span in enumerate(spans):
        if span.label != "ORG" or span.term is not None:
            continue
        text = body[span.start_char : span.end_char]
        leading = _leading_country(text, lexicon) or _trailing_country(text, lexicon)
        name = leading[1] if leading else text
        if not is_generic(name, lexicon):
            continue
        country = (
            (leading[0] if leading else None)
            or _country_before(body, span.start_char, lexicon)
            or _country_after(body, span.end_char, lexicon)
        )
        if country is None:
            pending.append((position, name))
        else:
            found[position] = Scope(name, country)
    if pending:
        dominant = dominant_country(body, spans, lexicon)
        for position, name in pending:
            key = name_key(name)
            earlier = [p for p, s in found.items() if p < position and name_key(s.name) == key and s.country]
            by_start = sorted(earlier, key=lambda p: spans[p].start_char)
            country = found[by_start[-1]].country if by_start else dominant
            found[position] = Scope(name, country)
    return found
