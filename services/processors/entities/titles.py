"""Titles before names: "Russian Foreign Minister Sergei Lavrov", "North Korean leader Kim".

A title is a head noun from ``data/titles.json`` (lower-case allowed, or capitalised-only heads
such as "Gen."; honorifics mark a name without being a role), optionally preceded by
modifiers (portfolio, rank, a nationality, "Russia's"), and followed by a run of capitalised
proper nouns (hyphenated parts and particles such as "bin" included). The run is the person;
the modifiers and head are the role. A head inside a longer non-PERSON model entity ("General
Motors") is not a title.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import POSSESSIVES, PROPER_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAX_HEAD_TOKENS = 3
_MAX_NAME_TOKENS = 4
_MAX_ROLE_PREFIX = 6
_FUNCTION_MODIFIERS = frozenset({"and", "&", "of", "de"})


@dataclass(frozen=True)
class Title:
    """Token ranges of one title: ``zone`` holds the title words whose model entities are void
    (a nationality or a body before them keeps its own), ``name`` the person; ``role`` is the
    title text, None for a bare honorific."""

    zone_start: int
    zone_end: int
    name_start: int
    name_end: int
    role: str | None


class TitleFinder:
    """Finds titles before names; build once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._multiword_heads = {h for h in lexicon.title_heads if " " in h or "-" in h}
        self._head_openers = {h.split()[0].split("-")[0] for h in lexicon.title_heads} | {
            h.lower() for h in (*lexicon.title_heads_capitalised, *lexicon.honorifics)}

    def find(self, doc: "Doc", place_tokens: set[int]) -> list[Title]:
        """Every title + name in ``doc``; ``place_tokens`` are the gazetteer's token indices."""
        model_label = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        titles: list[Title] = []
        i = 0
        n = len(doc)
        while i < n:
            head_end = self._title_head(doc, i)
            if head_end is None:
                i += 1
                continue
            name_end = self._name_run(doc, head_end, place_tokens)
            ent = model_label.get(head_end - 1)
            swallowed = ent is not None and ent.label_ != "PERSON" and ent.end > head_end
            if name_end == head_end or swallowed:
                i = head_end
                continue
            zone_start = self._role_start(doc, i, place_tokens)
            role_start = zone_start
            while role_start < i and doc[role_start].text.lower() in _FUNCTION_MODIFIERS:
                role_start += 1
            # Gazetteer words (a nationality) and a body the person speaks for ("Foreign
            # Ministry spokesperson") keep their own entities; only the title words are cleared.
            zone = i
            while (zone > role_start and (zone - 1) not in place_tokens and doc[zone - 1].text not in POSSESSIVES
                   and doc[zone - 1].text not in self._lexicon.body_heads):
                zone -= 1
            honorific = doc[i].text in self._lexicon.honorifics
            role = None if honorific else doc[role_start:head_end].text
            titles.append(Title(zone, head_end, head_end, name_end, role))
            i = name_end
        return titles

    def _title_head(self, doc: "Doc", i: int) -> int | None:
        lexicon = self._lexicon
        if doc[i].lower_ not in self._head_openers:
            return None
        for width in range(_MAX_HEAD_TOKENS, 0, -1):
            if i + width > len(doc):
                continue
            text = doc[i:i + width].text
            if width > 1 and text.lower() not in self._multiword_heads:
                continue
            if (text in lexicon.title_heads_capitalised or text.lower() in lexicon.title_heads
                    or (width == 1 and text in lexicon.honorifics)):
                return i + width
        return None

    def _name_run(self, doc: "Doc", start: int, place_tokens: set[int]) -> int:
        lexicon = self._lexicon
        k = start
        count = 0
        while k < len(doc) and count < _MAX_NAME_TOKENS:
            tok = doc[k]
            if k > start and tok.is_sent_start:
                break
            hyphen_joint = (k > start and tok.text == "-" and not doc[k - 1].whitespace_ and not tok.whitespace_
                            and k + 1 < len(doc) and doc[k + 1].is_alpha)
            particle = (k > start and tok.lower_ in lexicon.name_particles and k + 1 < len(doc)
                        and doc[k + 1].text[:1].isupper() and doc[k + 1].tag_ in PROPER_TAGS)
            if hyphen_joint or particle:
                k += 2
                count += 1
                continue
            capitalised = tok.text[:1].isupper() and tok.tag_ in PROPER_TAGS and not tok.is_punct
            if (not capitalised or k in place_tokens or tok.text in lexicon.body_heads
                    or tok.text.lower() in lexicon.title_heads or tok.text in lexicon.title_heads_capitalised):
                break
            k += 1
            count += 1
        return k

    def _role_start(self, doc: "Doc", head: int, place_tokens: set[int]) -> int:
        modifiers = self._lexicon.title_modifiers
        j = head
        while j > 0 and head - j < _MAX_ROLE_PREFIX:
            tok = doc[j - 1]
            possessive_of_place = tok.text in POSSESSIVES and (j - 2) in place_tokens
            proper_word = tok.text[:1].isupper() and tok.tag_ in PROPER_TAGS | {"JJ", "NNPS"} and not tok.is_sent_start
            if tok.text.lower() in modifiers or (j - 1) in place_tokens or possessive_of_place or proper_word:
                j -= 1
            else:
                break
        return j
