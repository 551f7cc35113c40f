"""Attribution: who a figure is attributed to, from the reporting phrases of its sentence.

Recognised sources: "according to (the) X", "X said/reports/believes/indicates/...",
"..., said X", "as stated/reported by X". X is a run of capitalised words ("Reuters",
"the BBC" -> "BBC") or source nouns with their modifiers ("Western officials", "South Korean
intelligence", "Russian media", "state media"). A figure takes the nearest source before it in
its sentence, else the nearest after it. The source is linked to an entity whose mention covers
the source phrase or whose name equals it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from events.models import Entity
from services.processors.figures.lexicon import lexicon
from services.processors.figures.tokens import Token
from services.processors.figures.units import STOP

MAX_SOURCE_WORDS = 4
_SKIP_SUBJECT = frozenset("he she it they we i you this that which who there".split())


@dataclass(frozen=True, slots=True)
class Source:
    """A source phrase: its text, body offsets and the token index of its reporting cue."""

    name: str
    start: int
    end: int
    cue: int


def _is_name(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper()


def _source_back(tokens: list[Token], end: int, floor: int) -> tuple[int, int] | None:
    """Source phrase ending at tokens[end] (inclusive), read backwards."""
    vocab = lexicon().sources
    if end < floor or tokens[end].kind != "word" or tokens[end].lower in _SKIP_SUBJECT:
        return None
    head = tokens[end]
    if _is_name(head):
        first = end
        while first - 1 >= floor and end - first + 1 < MAX_SOURCE_WORDS and _is_name(tokens[first - 1]):
            first -= 1
        while first < end and tokens[first].lower in STOP:
            first += 1  # "The Kremlin" -> "Kremlin"
        return first, end
    if head.lower not in vocab["nouns"]:
        return None
    first = end
    while first - 1 >= floor and end - first + 1 < MAX_SOURCE_WORDS:
        prev = tokens[first - 1]
        if prev.kind == "word" and prev.lower not in STOP and not prev.lower.endswith("ly"):
            first -= 1
        elif prev.text == "-" and prev.adjacent and first - 2 >= floor and tokens[first - 2].kind == "word":
            first -= 2
        else:
            break
    return first, end


def _source_forward(tokens: list[Token], index: int, ceiling: int) -> tuple[int, int] | None:
    """Source phrase starting at tokens[index], read forwards ("according to the BBC")."""
    vocab = lexicon().sources
    if index < ceiling and tokens[index].lower == "the":
        index += 1
    last = index - 1
    while last + 1 < ceiling and last + 1 - index < MAX_SOURCE_WORDS + 1:
        token = tokens[last + 1]
        if token.kind == "word" and (
            _is_name(token) or token.lower in vocab["adjectives"] or token.lower in vocab["nouns"]
        ):
            last += 1
        elif token.text in ("'", "’") and last >= index:
            last += 1
        else:
            break
    while last >= index and tokens[last].lower in ("reports", "report", "'", "’", "s"):
        last -= 1
    if last < index:
        return None
    if not (_is_name(tokens[last]) or tokens[last].lower in vocab["nouns"]):
        return None
    return index, last


def find_sources(body: str, tokens: list[Token], floor: int, ceiling: int) -> list[Source]:
    """All source phrases of the sentence whose tokens are tokens[floor:ceiling]."""
    verbs = lexicon().sources["verbs"]
    sources: list[Source] = []
    for k in range(floor, ceiling):
        word = tokens[k].lower
        span = None
        if word == "according" and k + 1 < ceiling and tokens[k + 1].lower == "to":
            span = _source_forward(tokens, k + 2, ceiling)
        elif (
            word == "by"
            and k - 1 >= floor
            and tokens[k - 1].lower
            in ("stated", "reported", "cited", "quoted", "estimated", "announced", "released", "published")
        ):
            span = _source_forward(tokens, k + 1, ceiling)
        elif word in verbs and k - 1 >= floor:
            prev = k - 1
            if tokens[prev].lower in ("also", "has", "have", "had", "previously", "later", "recently"):
                prev -= 1
            span = _source_back(tokens, prev, floor)
            if span is not None and tokens[span[0]].lower in ("an", "the") and span[0] == span[1]:
                span = None
            if (
                span is None
                and word in ("said", "says", "told", "reported")
                and tokens[k - 1].text in (",", "”", '"', "’")
            ):
                span = _source_forward(tokens, k + 1, ceiling)
        if span is not None:
            first, last = span
            start, end = tokens[first].start, tokens[last].end
            sources.append(Source(body[start:end], start, end, k))
    return sources


class SourceIndex:
    """The sources of one sentence, searchable by position in O(log n)."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self._by_end = sorted(sources, key=lambda s: s.end)
        self._ends = [s.end for s in self._by_end]
        self._by_start = sorted(sources, key=lambda s: s.start)
        self._starts = [s.start for s in self._by_start]

    def choose(self, start: int, end: int) -> Source | None:
        """The nearest source ending at or before ``start``, else the nearest starting at or after ``end``."""
        index = bisect.bisect_right(self._ends, start) - 1
        if index >= 0:
            return self._by_end[index]
        index = bisect.bisect_left(self._starts, end)
        return self._by_start[index] if index < len(self._by_start) else None


def choose_source(sources: Sequence[Source], start: int, end: int) -> Source | None:
    """The nearest source before the figure span [start, end), else the nearest after it."""
    return SourceIndex(sources).choose(start, end)


def link_entity(source: Source, entities: Sequence[Entity]) -> str | None:
    """Id of the entity that covers or names the source phrase, or None."""
    wanted = source.name.lower()
    for entity in entities:
        names = {entity.name.lower(), *(alias.lower() for alias in entity.aliases)}
        if wanted in names:
            return entity.id
        for mention in entity.mentions:
            if mention.start <= source.start and mention.end >= source.end:
                return entity.id
    for entity in entities:
        for mention in entity.mentions:
            if source.start <= mention.start and mention.end == source.end and mention.text.lower() == wanted:
                return entity.id
    return None
