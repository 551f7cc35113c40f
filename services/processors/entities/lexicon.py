"""The news lexicon: every list the entity stage uses, loaded from ``data/*.json``.

One ``Lexicon`` holds the gazetteer terms (surface form -> label, canonical name, linked
country), the canonical-name table keyed by name key, the titles, government-body heads,
caption residue and quotation cues. It is immutable and built once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from services.processors.entities.names import DATA_DIR, coarse_type, name_key


@dataclass(frozen=True)
class Term:
    """A known surface form: its label, the canonical name it stands for and its country, if linked."""

    label: str
    canonical: str
    country: str | None = None


@dataclass(frozen=True)
class Canonical:
    """A canonical entity of the lexicon: name, label, all known surface forms, linked country."""

    name: str
    label: str
    aliases: tuple[str, ...]
    country: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """All lists, indexed for the news layer and the resolver (see module docstring)."""

    terms: dict[str, Term]
    canonicals: dict[tuple[str, str], Canonical]
    title_heads: frozenset[str]
    title_heads_capitalised: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    name_particles: frozenset[str]
    given_names: frozenset[str]
    non_person_words: frozenset[str]
    body_heads: frozenset[str]
    residue: frozenset[str]
    cue_verbs: frozenset[str]
    cue_phrases: tuple[tuple[str, ...], ...]
    region_words: frozenset[str] = field(default_factory=frozenset)
    locative_prepositions: frozenset[str] = field(default_factory=frozenset)
    #: Common nouns that make the proper noun right after them an organisation ("group",
    #: "brokerage", "carmaker"), from ``data/bodies.json``.
    org_nouns: frozenset[str] = field(default_factory=frozenset)
    #: Plural nouns for people of a body ("officials", "shareholders"), from ``data/bodies.json``.
    member_nouns: frozenset[str] = field(default_factory=frozenset)
    #: Words that close a company's full name ("Corp", "Inc", "Plc"), from ``data/bodies.json``.
    company_designators: frozenset[str] = field(default_factory=frozenset)
    #: Heads of geographic names written "Head of Place" ("Gulf of Mexico"), from ``data/bodies.json``.
    geo_heads: frozenset[str] = field(default_factory=frozenset)
    #: Neighbours a span must not swallow (``data/neighbours.json``): day words, months,
    #: percentage and money words ("percent", "pounds") as lower-case token tuples, and every
    #: agency surface form.
    day_words: frozenset[str] = field(default_factory=frozenset)
    months: frozenset[str] = field(default_factory=frozenset)
    amount_words: tuple[tuple[str, ...], ...] = ()
    agencies: frozenset[str] = field(default_factory=frozenset)
    #: Abbreviations in capitals that name nothing: time zones, sports statistics ("GMT", "RBI").
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    #: Names of countries: the gazetteer's canonical names and ``data/countries.json``.
    countries: frozenset[str] = field(default_factory=frozenset)

    def canonical(self, label: str, key: str) -> Canonical | None:
        """The canonical entry whose name or alias has this key, for this label's coarse type."""
        return self.canonicals.get((coarse_type(label), key))


def _read(name: str) -> dict[str, Any]:
    path = DATA_DIR / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"entity lexicon file {path} is unreadable: {exc}") from exc
    data.pop("_doc", None)
    return data


class _Builder:
    def __init__(self) -> None:
        self.terms: dict[str, Term] = {}
        self.ambiguous: set[str] = set()
        self.canonicals: dict[tuple[str, str], Canonical] = {}

    def term(self, surface: str, term: Term) -> None:
        known = self.terms.get(surface)
        if known is not None and known != term:
            self.ambiguous.add(surface)
        self.terms[surface] = term

    def entity(
        self, name: str, label: str, aliases: list[str], country: str | None = None, add_terms: bool = True
    ) -> None:
        entry = Canonical(name=name, label=label, aliases=tuple(aliases), country=country)
        for surface in (name, *aliases):
            self.canonicals.setdefault((coarse_type(label), name_key(surface)), entry)
            if add_terms:
                self.term(surface, Term(label=label, canonical=name, country=country))

    def build_terms(self) -> dict[str, Term]:
        return {s: t for s, t in self.terms.items() if s not in self.ambiguous}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and index every data file; raises RuntimeError naming a file that cannot be read."""
    b = _Builder()
    agencies = _read("agencies.json")
    for name, aliases in agencies.items():
        b.entity(name, "ORG", aliases)
    for name, aliases in _read("organisations.json").items():
        b.entity(name, "ORG", aliases)
    for name, aliases in _read("platforms.json").items():
        b.entity(name, "ORG", aliases)
    countries = _read("gazetteer.json")["countries"]
    for country, entry in countries.items():
        b.entity(country, "GPE", entry["aliases"])
        for group in entry["capitals"]:
            b.entity(group[0], "GPE", group[1:], country=country)
        for group in entry["seats_of_power"]:
            b.entity(group[0], "ORG", group[1:], country=country)
        for group in entry["seat_sites"]:
            # "the White House said": newswire annotation keeps the building a place.
            b.entity(group[0], "FAC", group[1:], country=country)
        for demonym in entry["demonyms"]:
            # Every demonym of a country ("Russian", "Russians") is one NORP entity.
            b.term(demonym, Term(label="NORP", canonical=entry["demonyms"][0], country=country))
    for name, (label, variants) in _read("places.json")["places"].items():
        b.entity(name, label, variants)
    more_countries = _read("countries.json")
    also_names = set(more_countries["also_names"])
    for name in more_countries["countries"]:
        if name not in b.terms and name not in also_names:
            b.entity(name, "GPE", [])
    for country, demonyms in more_countries["demonyms"].items():
        for demonym in demonyms:
            if demonym not in b.terms:  # the gazetteer's full entries come first
                b.term(demonym, Term(label="NORP", canonical=demonyms[0], country=country))
    for name, aliases in _read("people.json").items():
        # People are resolved by key only: a surname is too ambiguous to force a label on text.
        b.entity(name, "PERSON", aliases, add_terms=False)
    titles = _read("titles.json")
    cues = _read("cues.json")
    bodies = _read("bodies.json")
    neighbours = _read("neighbours.json")
    return Lexicon(
        terms=b.build_terms(),
        canonicals=b.canonicals,
        title_heads=frozenset(h.lower() for h in titles["heads"]),
        title_heads_capitalised=frozenset(titles["heads_capitalised"]),
        title_modifiers=frozenset(m.lower() for m in titles["modifiers"]),
        honorifics=frozenset(titles["honorifics"]),
        name_particles=frozenset(titles["name_particles"]),
        given_names=frozenset(_read("given_names.json")["given_names"]),
        non_person_words=frozenset(bodies["non_person_words"]),
        body_heads=frozenset(bodies["heads"]),
        residue=frozenset(_read("residue.json")["trailing_tokens"]),
        cue_verbs=frozenset(cues["verbs"]),
        cue_phrases=tuple(tuple(p) for p in cues["phrases"]),
        region_words=frozenset(bodies["region_words"]),
        locative_prepositions=frozenset(bodies["locative_prepositions"]),
        org_nouns=frozenset(bodies["org_nouns"]),
        member_nouns=frozenset(bodies["member_nouns"]),
        company_designators=frozenset(bodies["company_designators"]),
        geo_heads=frozenset(bodies["geo_heads"]),
        day_words=frozenset((*neighbours["weekdays"], *neighbours["relative_days"])),
        months=frozenset(neighbours["months"]),
        amount_words=tuple(
            sorted(
                {tuple(w.lower().split()) for w in (*neighbours["percent_words"], *neighbours["money_words"])},
                key=len,
                reverse=True,
            )
        ),
        agencies=frozenset(s for name, aliases in agencies.items() for s in (name, *aliases)),
        abbreviations=frozenset(neighbours["abbreviations"]),
        countries=frozenset(countries) | frozenset(more_countries["countries"]),
    )
