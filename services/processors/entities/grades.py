"""Grades of commodities: "Select and Choice 2-3" steers, "Nigeria 's Bonny Light" crude.

Market reports name the grades of what they trade in capitals, and the model reads them as
organisations. ``commodity_grades`` relabels them PRODUCT, by the words of ``data/grades.json``:

- a **livestock grade** is a span of grade words ("Choice", "Select"), perhaps after a
  qualifier ("Pen Select", "Few Choice"), followed by a yield grade ("2-3", "3") with at most a
  coordinated grade between ("Few Select and Choice 2-3", "Pen Select , few choice 2-3");
- a **crude grade** is a span of two words or more closing with a crude head ("Saharan Blend",
  "Bonny Light", "Arab Heavy") in an article that speaks of crude, oil or barrels; and in a
  sentence listing grades by producer ("Algeria 's Saharan Blend , Indonesia 's Minas ,
  Nigeria 's Bonny Light"), every name after a place and "'s" is a grade like its neighbours.

A name opening with a common given name is a person's ("Peter Light , an analyst at ...", in an
oil report), no grade. Gazetteer and title spans keep their label. A few passes over the spans, no parsing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from services.processors.entities.names import DATA_DIR
from services.processors.entities.spans import POSSESSIVES, NewsSpan
from services.processors.entities.tokens import DocTokens

#: Labels the model gives grades.
_RELABELLED = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})
_PLACES = frozenset({"GPE", "LOC"})
#: A yield grade after a livestock grade: "2-3", "3".
_YIELD_GRADE = re.compile(r"[1-5](?:-[1-5])?")
#: Most tokens between a grade and its yield grade ("and Choice", ", few choice").
_MAX_GAP = 4
_GAP_WORDS = frozenset({"and", "or", ",", "&"})
_MIN_CRUDE_WORDS = 2


@dataclass(frozen=True)
class GradeWords:
    """The lists of ``data/grades.json``, lower-cased."""

    livestock: frozenset[str]
    qualifiers: frozenset[str]
    crude_heads: frozenset[str]
    crude_cues: frozenset[str]


@lru_cache(maxsize=1)
def grade_words() -> GradeWords:
    """``data/grades.json``, loaded once per process."""
    raw = json.loads((DATA_DIR / "grades.json").read_text(encoding="utf-8"))
    return GradeWords(
        *(
            frozenset(w.lower() for w in raw[key])
            for key in ("livestock_grades", "qualifiers", "crude_heads", "crude_cues")
        )
    )


def commodity_grades(
    toks: DocTokens, spans: list[NewsSpan], given_names: frozenset[str] = frozenset()
) -> list[NewsSpan]:
    """``spans`` with livestock and crude grades made PRODUCT (module docstring); a crude grade
    never opens with one of ``given_names`` ("Peter Light , an analyst")."""
    words = grade_words()
    crude = not words.crude_cues.isdisjoint(toks.lower)
    grades = {
        i
        for i, s in enumerate(spans)
        if _relabelled(s)
        and (_is_livestock_grade(toks, s, words) or (crude and _is_crude_grade(toks, s, words, given_names)))
    }
    if crude:
        grades |= _listed_with_grades(toks, spans, grades)
    return [replace(s, label="PRODUCT") if i in grades else s for i, s in enumerate(spans)]


def _relabelled(span: NewsSpan) -> bool:
    return span.label in _RELABELLED and span.source not in ("gazetteer", "title")


def _is_livestock_grade(toks: DocTokens, span: NewsSpan, words: GradeWords) -> bool:
    low = toks.lower[span.start : span.end]
    if low[-1] not in words.livestock or not all(w in words.livestock or w in words.qualifiers for w in low):
        return False
    for k in range(span.end, min(len(toks), span.end + _MAX_GAP + 1)):
        word = toks.lower[k]
        if _YIELD_GRADE.fullmatch(word):
            return True
        if word not in _GAP_WORDS and word not in words.livestock and word not in words.qualifiers:
            return False
    return False


def _is_crude_grade(toks: DocTokens, span: NewsSpan, words: GradeWords, given_names: frozenset[str]) -> bool:
    return (
        span.end - span.start >= _MIN_CRUDE_WORDS
        and toks.text[span.start] not in given_names
        and toks.lower[span.end - 1] in words.crude_heads
        and toks.text[span.end - 1][:1].isupper()
    )


def _producer(toks: DocTokens, span: NewsSpan, places: set[int]) -> bool:
    """Whether ``span`` comes right after a place and "'s" ("Nigeria 's Bonny Light")."""
    return span.start >= 2 and toks.text[span.start - 1] in POSSESSIVES and (span.start - 2) in places


def _listed_with_grades(toks: DocTokens, spans: list[NewsSpan], grades: set[int]) -> set[int]:
    """Spans after a place and "'s" in a sentence where a grade is written so too."""
    places = {s.end - 1 for s in spans if s.label in _PLACES}
    sentence = _sentence_ids(toks)
    listing = {sentence[spans[i].start] for i in grades if _producer(toks, spans[i], places)}
    return {
        i for i, s in enumerate(spans) if _relabelled(s) and sentence[s.start] in listing and _producer(toks, s, places)
    }


def _sentence_ids(toks: DocTokens) -> list[int]:
    """The sentence number of every token."""
    out = []
    current = 0
    for k in range(len(toks)):
        if toks.sent_start[k] and k:
            current += 1
        out.append(current)
    return out
