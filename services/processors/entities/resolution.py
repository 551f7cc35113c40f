"""Resolution: from the news layer's spans to one entity per real-world referent.

Rules, in order:

1. canonical names: a gazetteer term or a lexicon alias ("DPRK", "Democratic People's Republic
   of Korea", "US", "Putin") stands for its canonical entity; other mentions are grouped by their
   name key, which folds spelling and transliteration variants ("Sergey"/"Sergei");
2. within the article, a short PERSON mention ("Lavrov", "Kim") resolves to the longer name
   it begins or ends ("Sergei Lavrov", "Kim Jong Un"); when several fit, the one mentioned most
   recently before it (else the first one mentioned after it);
3. within the article, an all-capital ORG acronym resolves to the ORG whose initials it spells;
4. demonyms (NORP), capitals (GPE), seats of power (ORG) and seat sites (FAC: "the White House")
   link to their country's id;
5. titles attached to a person are kept as its roles;
6. a generic organisation name ("Foreign Ministry", "Supreme Court") is scoped by the country
   it belongs to (:mod:`scopes`): its id is made from the name and the country, its name reads
   "Foreign Ministry (Russia)" and its country_id links the country.

Ids come from :func:`names.entity_id` on the canonical name, so they agree across articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from events.models import Mention
from services.processors.entities.lexicon import Canonical, Lexicon
from services.processors.entities.names import coarse_type, entity_id, name_key
from services.processors.entities.scopes import scopes
from services.processors.entities.spans import NewsSpan

_ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})


@dataclass(frozen=True)
class Resolved:
    """One resolved entity of an article, before salience is attached."""

    id: str
    name: str
    label: str
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    country_id: str | None


@dataclass
class _Group:
    key: str
    canonical: Canonical | None = None
    country: str | None = None
    fixed_label: str | None = None
    name_hint: str | None = None
    scope: str | None = None
    spans: list[NewsSpan] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return self.key.split()

    def first(self) -> int:
        return min(s.start_char for s in self.spans)


def resolve(body: str, spans: list[NewsSpan], lexicon: Lexicon) -> list[Resolved]:
    """Resolve the spans of one article (offsets into ``body``) to entities, in order of first mention."""
    groups: dict[tuple[str, str], _Group] = {}
    scoped = scopes(body, spans, lexicon)
    for position, span in enumerate(spans):
        text = body[span.start_char : span.end_char]
        key = name_key(text)
        if not key:
            continue
        label, canonical, country, fixed, hint = span.label, None, None, None, None
        scope = scoped.get(position)
        if scope is not None and scope.country is not None:
            name = _strip_article(scope.name)
            group = groups.setdefault(
                ("org", f"{name_key(name)} @{name_key(scope.country)}"), _Group(key=name_key(name), scope=scope.country)
            )
            group.country = scope.country
            group.name_hint = group.name_hint or f"{name} ({scope.country})"
            group.spans.append(span)
            continue
        if span.term is not None:
            hint = span.term.canonical
            label, fixed, country = span.term.label, span.term.label, span.term.country
            canonical = lexicon.canonical(label, name_key(span.term.canonical))
            key = name_key(span.term.canonical)
        else:
            canonical = lexicon.canonical(label, key)
            if canonical is not None:
                fixed, country, key = canonical.label, canonical.country, name_key(canonical.name)
        group = groups.setdefault((coarse_type(label), key), _Group(key=key))
        group.canonical = group.canonical or canonical
        group.country = group.country or country
        group.fixed_label = group.fixed_label or fixed
        group.name_hint = group.name_hint or hint
        group.spans.append(span)

    _merge_short_names([g for (coarse, _), g in groups.items() if coarse == "person"])
    _merge_acronyms([g for (coarse, _), g in groups.items() if coarse == "org"])
    live = sorted((g for g in groups.values() if g.spans), key=_Group.first)
    return [_build(body, g) for g in live]


def _merge_short_names(people: list[_Group]) -> None:
    for short in sorted(people, key=lambda g: len(g.tokens)):
        if short.canonical is not None:
            continue
        n = len(short.tokens)
        longer = [
            g
            for g in people
            if len(g.tokens) > n and g.spans and (g.tokens[:n] == short.tokens or g.tokens[-n:] == short.tokens)
        ]
        if not longer:
            continue
        for span in list(short.spans):
            before = [
                (max(s.start_char for s in g.spans if s.start_char < span.start_char), i)
                for i, g in enumerate(longer)
                if any(s.start_char < span.start_char for s in g.spans)
            ]
            if before:
                target = longer[max(before)[1]]
            else:
                target = min(longer, key=_Group.first)
            target.spans.append(span)
        short.spans.clear()


def _merge_acronyms(orgs: list[_Group]) -> None:
    for short in orgs:
        if len(short.tokens) != 1 or not short.spans or short.canonical is not None:
            continue
        acronym = short.key
        if not 2 <= len(acronym) <= 6:
            continue
        matches = [
            g
            for g in orgs
            if g is not short and g.spans and "".join(t[0] for t in g.tokens if t not in _ACRONYM_STOPWORDS) == acronym
        ]
        if len(matches) == 1:
            matches[0].spans.extend(short.spans)
            short.spans.clear()


def _strip_article(text: str) -> str:
    return text[4:] if text[:4] in ("the ", "The ") else text


def _build(body: str, group: _Group) -> Resolved:
    spans = sorted(group.spans, key=lambda s: s.start_char)
    texts = [body[s.start_char : s.end_char] for s in spans]
    if group.fixed_label is not None:
        label = group.fixed_label
    else:
        label = Counter(s.label for s in spans).most_common(1)[0][0]
    if group.canonical is not None:
        name = group.canonical.name
        known_aliases: tuple[str, ...] = group.canonical.aliases
    elif group.name_hint is not None:
        name = group.name_hint
        known_aliases = ()
    else:
        longest = max(len(name_key(t).split()) for t in texts)
        full = [_strip_article(t) for t in texts if len(name_key(t).split()) == longest]
        name = Counter(full).most_common(1)[0][0]
        known_aliases = ()
    aliases = tuple(dict.fromkeys(a for a in (*texts, *known_aliases) if a != name))
    roles = tuple(dict.fromkeys(s.role for s in spans if s.role))
    country_id = entity_id("GPE", name_key(group.country)) if group.country else None
    id_key = name_key(name) if group.scope is None else f"{group.key} @{name_key(group.scope)}"
    return Resolved(
        id=entity_id(label, id_key),
        name=name,
        label=label,
        mentions=tuple(Mention(start=s.start_char, end=s.end_char, text=t) for s, t in zip(spans, texts, strict=True)),
        aliases=aliases,
        roles=roles,
        country_id=country_id,
    )
