"""A name's last word can say what kind of thing it names: an event or a facility.

The model reads "Fed Cup", "Greater Milwaukee Open" or "Grand Slam" as an organisation or a
place, and "National Tennis Centre" or "Changi Prison" as an organisation or a person. A span of
two words or more whose last word is an event head (``data/kind_heads.json``: "Cup", "Open",
"Championships", "Games"...) becomes an EVENT; one whose last word is a facility head
("Centre", "Stadium", "Prison", "Bridge", "Square"...) becomes a FAC. In a sports report a
name closing with a competition head ("League", "Division", "Conference"), or with one and a
sport, is a competition, an EVENT ("American League", "Major League Baseball", "Eastern
Conference"), unless a sport is written right before the head: "National Football League" is
the body that runs the sport (and "National League for Democracy" does not close with one);
a span the model stops right before a competition head is one too ("EASTERN" in "EASTERN
DIVISION"). A name of one word that is a sport is no entity ("BASEBALL - ...", "Baseball
games"). The word is compared with
its first letter capitalised ("FED CUP" in a headline counts) and must itself be capitalised
("the world cup" is not a name). Gazetteer and title spans keep their label, and so does a
span already of the head's kind. An untagged run of capitalised proper nouns closing with a
facility head becomes a FAC too ("forecast by Wall Street economists").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache

from services.processors.entities.names import DATA_DIR
from services.processors.entities.spans import PROPER_TAGS, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

#: Longest untagged name read as a facility by its head ("Brown Deer Park Golf Course").
_MAX_FACILITY_WORDS = 5
#: Labels a head word may change: the model's usual readings of event and facility names.
_RELABELLED = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"})


@dataclass(frozen=True)
class KindHeads:
    """The lists of ``data/kind_heads.json``."""

    events: frozenset[str]
    facilities: frozenset[str]
    competitions: frozenset[str]
    sports: frozenset[str]


@lru_cache(maxsize=1)
def kind_heads() -> KindHeads:
    """``data/kind_heads.json``, loaded once per process."""
    raw = json.loads((DATA_DIR / "kind_heads.json").read_text(encoding="utf-8"))
    return KindHeads(
        frozenset(raw["events"]),
        frozenset(raw["facilities"]),
        frozenset(raw["competitions"]),
        frozenset(raw["sports"]),
    )


def label_by_head(toks: DocTokens, spans: list[NewsSpan], *, sports: bool = False) -> list[NewsSpan]:
    """``spans`` with event and facility names relabelled by their last word, and in a sports
    report (``sports``) competitions by their head (module docstring)."""
    heads = kind_heads()
    out = []
    for span in spans:
        if (
            span.end - span.start == 1
            and span.source not in ("gazetteer", "title")
            and _capitalised(toks.text[span.start]) in heads.sports
        ):
            continue  # "BASEBALL - MAJOR LEAGUE RESULTS", "Baseball games": a sport is no name
        label = span.label
        last = toks.text[span.end - 1]
        if (
            sports
            and label in _RELABELLED
            and span.source not in ("gazetteer", "title")
            and span.end < len(toks)
            and toks.text[span.end][:1].isupper()
            and _capitalised(toks.text[span.end]) in heads.competitions
        ):
            label = "EVENT"  # "EASTERN DIVISION", the model's span stopping before the head
        elif (
            span.end - span.start >= 2
            and label in _RELABELLED
            and span.source not in ("gazetteer", "title")
            and last[:1].isupper()
        ):
            word = _capitalised(last)
            if word in heads.events:
                label = "EVENT"
            elif word in heads.facilities:
                label = "FAC"
            elif sports and _is_competition(toks, span, heads):
                label = "EVENT"
        out.append(replace(span, label=label, term=None) if label != span.label else span)
    return out + _untagged_facilities(toks, out, heads)


def _untagged_facilities(toks: DocTokens, spans: list[NewsSpan], heads: KindHeads) -> list[NewsSpan]:
    """Untagged runs of capitalised proper nouns closing with a facility head ("forecast by Wall
    Street economists", "at Grace Road"): new FAC spans, at most ``_MAX_FACILITY_WORDS`` words."""
    covered = {k for s in spans for k in range(s.start, s.end)}
    text, n = toks.text, len(toks)
    out: list[NewsSpan] = []
    k = 0
    while k < n:
        end = k
        while end < n and end not in covered and _proper_word(toks, end):
            end += 1
        if end - k >= 2:
            # the longest run closing with a head, from its start
            close = end
            while close - k >= 2 and text[close - 1] not in heads.facilities:
                close -= 1
            if close - k >= 2 and close - k <= _MAX_FACILITY_WORDS:
                out.append(token_span(toks, k, close, "FAC", "model"))
        k = max(end, k + 1)
    return out


def _proper_word(toks: DocTokens, k: int) -> bool:
    return toks.tag[k] in PROPER_TAGS and toks.alpha[k] and toks.text[k][:1].isupper()


def _capitalised(word: str) -> str:
    return word[:1] + word[1:].lower()


def _is_competition(toks: DocTokens, span: NewsSpan, heads: KindHeads) -> bool:
    """A name closing with a competition head, or with the head and a sport ("Major League
    Baseball"), the head not right after a sport ("American League", not "National Football
    League"; "National League for Democracy" is a party)."""
    words = [_capitalised(w) for w in toks.text[span.start : span.end]]
    for k, word in enumerate(words):
        if word in heads.competitions and (k == 0 or words[k - 1] not in heads.sports):
            rest = words[k + 1 :]
            if not rest or (len(rest) == 1 and rest[0] in heads.sports):
                return True
    return False
