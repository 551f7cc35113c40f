"""A person's name the model cut short, extended: surnames, particles, given names, nicknames.

``extend_people``: a model PERSON runs on over a hyphened particle and surname ("Osama
el-Baz") and up to ``_MAX_PERSON_EXTENSION`` following capitalised proper nouns; a one-word
PERSON in a list takes the given name before it ("... , Romesh Kaluwitharana ,").

``join_nicknames``: a nickname in quotes inside a person's name is part of it: Roberto " Hands
of Stone " Duran, Hector " Macho " Camacho.
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import PROPER_TAGS, NewsSpan, supersede, token_span
from services.processors.entities.titles import hyphened_particle
from services.processors.entities.tokens import DocTokens

_MAX_PERSON_EXTENSION = 2
#: Most words of a nickname in quotes inside a person's name ("Hands of Stone").
_MAX_NICKNAME_WORDS = 4
#: Tokens that separate the items of a list of names ("Sanath Jayasuriya , Romesh Kaluwitharana").
_LIST_SEPARATORS = frozenset({",", ";"})


def extension_stops(lexicon: Lexicon) -> frozenset[str]:
    """Words (by text) that end an extension of a person's name whatever their tag: caption
    residue, government-body heads, day words and agencies. Compute once per lexicon."""
    return frozenset(lexicon.residue | lexicon.body_heads | lexicon.day_words | lexicon.agencies)


def extend_people(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon, stops: frozenset[str]) -> list[NewsSpan]:
    """``spans`` with each model PERSON extended (module docstring) over tokens no span covers;
    ``stops`` is :func:`extension_stops` of ``lexicon``. Extended spans keep their role."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    title_heads = lexicon.title_heads
    text, n = toks.text, len(toks)
    out = []
    for span in spans:
        if span.label == "PERSON" and span.source == "model":
            end = span.end
            # "Osama el-Baz", "Hassan al-Turabi": a particle hyphened to the surname.
            while (
                end - span.end < 3 * _MAX_PERSON_EXTENSION
                and covered.isdisjoint(range(end, end + 3))
                and hyphened_particle(toks, end, lexicon.name_particles)
            ):
                end += 3
            while (
                end < n
                and end - span.end < _MAX_PERSON_EXTENSION
                and end not in covered
                and not toks.sent_start[end]
                and toks.tag[end] in PROPER_TAGS
                and toks.alpha[end]
                and text[end][:1].isupper()
                and len(text[end]) > 1
                and text[end] not in stops
                and toks.lower[end] not in title_heads
            ):
                end += 1
            start = span.start
            # "Sanath Jayasuriya , Romesh Kaluwitharana , ...": a list item's given name the
            # model left out, between a separator and the surname it tagged
            if (
                start >= 2
                and end - start == 1
                and text[start - 2] in _LIST_SEPARATORS
                and start - 1 not in covered
                and toks.tag[start - 1] in PROPER_TAGS
                and toks.alpha[start - 1]
                and text[start - 1][:1].isupper()
                and not text[start - 1].isupper()
                and text[start - 1] not in stops
                and text[start - 1] not in lexicon.terms
                and toks.lower[start - 1] not in title_heads
            ):
                start -= 1
            if end != span.end or start != span.start:
                covered.update(range(start, end))
                span = token_span(toks, start, end, "PERSON", "model", role=span.role)
        out.append(span)
    return out


def join_nicknames(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """A nickname in quotes inside a person's name is part of it: Roberto " Hands of
    Stone " Duran, Hector " Macho " Camacho. The first name must open a PERSON or ORG span (the
    model reads such names as either) or be a common given name; the nickname is
    at most ``_MAX_NICKNAME_WORDS`` capitalised words (and "of", "the"); the surname a
    capitalised word. The whole name is added as a model PERSON; spans overlapping it give way."""
    text, n = toks.text, len(toks)
    person_starts = {s.start for s in spans if s.label in ("PERSON", "ORG")}
    names: list[tuple[int, int]] = []
    for k in range(1, n - 3):
        if text[k] != '"' or not toks.alpha[k - 1] or not text[k - 1][:1].isupper():
            continue
        close = k + 1
        while (
            close < n
            and close - k <= _MAX_NICKNAME_WORDS
            and ((toks.alpha[close] and text[close][:1].isupper()) or toks.lower[close] in ("of", "the"))
        ):
            close += 1
        surname = close + 1
        if (
            close == k + 1
            or close >= n - 1
            or text[close] != '"'
            or not toks.alpha[surname]
            or not text[surname][:1].isupper()
        ):
            continue
        start = k - 1
        if start > 0 and toks.alpha[start - 1] and text[start - 1][:1].isupper() and start - 1 in person_starts:
            start -= 1
        if start in person_starts or text[start] in lexicon.given_names:
            names.append((start, surname + 1))
    if not names:
        return spans
    return supersede(spans, [token_span(toks, a, b, "PERSON", "model") for a, b in names])
