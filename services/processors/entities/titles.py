"""Titles before names: "Russian Foreign Minister Sergei Lavrov", "North Korean leader Kim".

A title is a head noun from ``data/titles.json`` (lower-case allowed, or capitalised-only heads
such as "Gen."; honorifics mark a name without being a role), optionally preceded by
modifiers (portfolio, rank, a nationality, "Russia's"), and followed by a run of capitalised
proper nouns (hyphenated parts and particles such as "bin" or "al-" included; a title word right after a
lone given name is its surname: "Prime Minister John Major"). The run is the person;
the modifiers and head are the role; an organisation the model finds before the title keeps its
own entity ("HSBC economist Frederic Neumann"). A head inside a longer non-PERSON model entity ("General
Motors") is not a title, unless the run after it opens with a common given name and has a
second word ("General Antoine Lahd", tagged ORG whole by the model).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import POSSESSIVES, PROPER_TAGS
from services.processors.entities.tokens import DocTokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAX_HEAD_TOKENS = 3
_MAX_NAME_TOKENS = 4
_MAX_ROLE_PREFIX = 6
_FUNCTION_MODIFIERS = frozenset({"and", "&", "of", "de"})
_ROLE_WORD_TAGS = PROPER_TAGS | {"JJ", "NNPS"}


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
            h.lower() for h in (*lexicon.title_heads_capitalised, *lexicon.honorifics)
        }

    def find(self, doc: Doc | DocTokens, place_tokens: set[int]) -> list[Title]:
        """Every title + name in ``doc``; ``place_tokens`` are the gazetteer's token indices."""
        toks = doc if isinstance(doc, DocTokens) else DocTokens.of(doc)
        model_label = {i: ent for ent in toks.ents for i in range(ent[0], ent[1])}
        lexicon = self._lexicon
        text, lower = toks.text, toks.lower
        openers = self._head_openers
        titles: list[Title] = []
        i = 0
        n = len(toks)
        while i < n:
            if lower[i] not in openers:
                i += 1
                continue
            head_end = self._title_head(toks, i)
            if head_end is None:
                i += 1
                continue
            name_end = self._name_run(toks, head_end, place_tokens)
            ent = model_label.get(head_end - 1)
            swallowed = (
                ent is not None
                and ent[2] != "PERSON"
                and ent[1] > head_end
                and not self._full_name(toks, head_end, name_end)
            )
            if name_end == head_end or swallowed:
                i = head_end
                continue
            zone_start = self._role_start(toks, i, place_tokens)
            role_start = zone_start
            while role_start < i and text[role_start].lower() in _FUNCTION_MODIFIERS:
                role_start += 1
            # Gazetteer words (a nationality) and a body the person speaks for ("Foreign
            # Ministry spokesperson") keep their own entities; only the title words are cleared.
            zone = i
            while (
                zone > role_start
                and (zone - 1) not in place_tokens
                and text[zone - 1] not in POSSESSIVES
                and text[zone - 1] not in lexicon.body_heads
                and not self._employer(toks, zone - 1, model_label)
            ):
                zone -= 1
            honorific = text[i] in lexicon.honorifics
            role = None if honorific else toks.span_text(role_start, head_end)
            titles.append(Title(zone, head_end, head_end, name_end, role))
            i = name_end
        return titles

    def _employer(self, toks: DocTokens, k: int, model_label: dict[int, tuple[int, int, str]]) -> bool:
        """Whether token ``k`` before a title belongs to an organisation the model found ("HSBC
        economist Frederic Neumann"); portfolio words it tags ORG ("Foreign Affairs Minister")
        are the title's."""
        ent = model_label.get(k)
        return ent is not None and ent[2] == "ORG" and toks.lower[k] not in self._lexicon.title_modifiers

    def _full_name(self, toks: DocTokens, start: int, end: int) -> bool:
        """Whether ``[start, end)`` reads as a person's full name: a common given name and at
        least one more word ("General Antoine Lahd", which the model tags ORG whole; "General
        Motors" and "General Electric Co" are no such name)."""
        return end - start >= 2 and toks.text[start] in self._lexicon.given_names

    def _title_head(self, toks: DocTokens, i: int) -> int | None:
        lexicon = self._lexicon
        if toks.lower[i] not in self._head_openers:
            return None
        for width in range(_MAX_HEAD_TOKENS, 0, -1):
            if i + width > len(toks):
                continue
            text = toks.span_text(i, i + width)
            if width > 1 and text.lower() not in self._multiword_heads:
                continue
            if (
                text in lexicon.title_heads_capitalised
                or text.lower() in lexicon.title_heads
                or (width == 1 and text in lexicon.honorifics)
            ):
                return i + width
        return None

    def _name_run(self, toks: DocTokens, start: int, place_tokens: set[int]) -> int:
        lexicon = self._lexicon
        text, tag, n = toks.text, toks.tag, len(toks)
        k = start
        count = 0
        while k < n and count < _MAX_NAME_TOKENS:
            word = text[k]
            if k > start and toks.sent_start[k]:
                break
            hyphen_joint = (
                k > start
                and word == "-"
                and not toks.space[k - 1]
                and not toks.space[k]
                and k + 1 < n
                and toks.alpha[k + 1]
            )
            particle = (
                k > start
                and toks.lower[k] in lexicon.name_particles
                and k + 1 < n
                and text[k + 1][:1].isupper()
                and tag[k + 1] in PROPER_TAGS
            )
            if hyphen_joint or particle:
                k += 2
                count += 1
                continue
            if k > start and hyphened_particle(toks, k, lexicon.name_particles):
                k += 3  # "al-Sabah", "el-Baz": the particle, a bare hyphen and the name
                count += 1
                continue
            capitalised = word[:1].isupper() and tag[k] in PROPER_TAGS and not toks.punct[k]
            if capitalised and self._rank_surname(toks, start, k):
                return k + 1
            if (
                not capitalised
                or k in place_tokens
                or word in lexicon.day_words  # "Foreign Minister Ana Vell Monday": the day is no name
                or word in lexicon.body_heads
                or word.lower() in lexicon.title_heads
                or word in lexicon.title_heads_capitalised
            ):
                break
            k += 1
            count += 1
        return k

    def _rank_surname(self, toks: DocTokens, start: int, k: int) -> bool:
        """Whether the title word at ``k`` is the surname of the given name before it ("Prime
        Minister John Major are ...", "Gen. Peter General"): the run so far is one common given
        name, and no capitalised name follows the title word, which would make it a new title."""
        lexicon = self._lexicon
        word = toks.text[k]
        if k != start + 1 or toks.text[start] not in lexicon.given_names:
            return False
        if word.lower() not in lexicon.title_heads and word not in lexicon.title_heads_capitalised:
            return False
        after = k + 1
        return after >= len(toks) or not (
            toks.text[after][:1].isupper() and toks.tag[after] in PROPER_TAGS and not toks.sent_start[after]
        )

    def _role_start(self, toks: DocTokens, head: int, place_tokens: set[int]) -> int:
        modifiers = self._lexicon.title_modifiers
        text, tag = toks.text, toks.tag
        j = head
        while j > 0 and head - j < _MAX_ROLE_PREFIX:
            word = text[j - 1]
            possessive_of_place = word in POSSESSIVES and (j - 2) in place_tokens
            proper_word = word[:1].isupper() and tag[j - 1] in _ROLE_WORD_TAGS and not toks.sent_start[j - 1]
            if word.lower() in modifiers or (j - 1) in place_tokens or possessive_of_place or proper_word:
                j -= 1
            else:
                break
        return j


def hyphened_particle(toks: DocTokens, k: int, particles: frozenset[str]) -> bool:
    """Whether token ``k`` opens a particle joined to a name by a bare hyphen ("al-Sabah")."""
    return (
        k + 2 < len(toks)
        and toks.lower[k] in particles
        and toks.text[k + 1] == "-"
        and not toks.space[k]
        and not toks.space[k + 1]
        and toks.alpha[k + 2]
        and toks.text[k + 2][:1].isupper()
    )
