"""Names that open with a place are no people: "Bangladesh Lamps", "Budapest Bank".

The model reads a short run of capitalised words as a person's name, and a listed company
often is such a run ("blue chips like Bangladesh Lamps , Chittagong Cement and Atlas
Bangladesh"). ``place_led_names`` makes a PERSON span of two to four words an ORG when its first
word is a country of the gazetteer (by any of its names) and no common given
name ("Georgia Smith", "Chad Evans" stay people: ``_GIVEN_PLACE_NAMES``); the title rule's people are left alone.
The other PERSON items of a list holding such a name ("A , B and C", items next to each other
with only a comma or "and" between) are companies too, unless they open with a given name.
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

_MIN_WORDS = 2
_MAX_WORDS = 4
_LIST_GLUE = frozenset({",", "and", ", and"})
#: Places that are also given names, which the given-name list leaves out as too ambiguous.
_GIVEN_PLACE_NAMES = frozenset(
    {
        "Georgia",
        "Chad",
        "Jordan",
        "India",
        "Israel",
        "Victoria",
        "Florence",
        "Sydney",
        "Austin",
        "Madison",
        "Paris",
        "Lincoln",
        "Houston",
        "Adelaide",
        "Charlotte",
        "Chelsea",
        "Dallas",
        "Phoenix",
        "Regina",
        "Sofia",
        "Lourdes",
        "Carolina",
        "Virginia",
        "Kingston",
        "Denver",
        "Trinidad",
        "Kenya",
        "Jamaica",
        "America",
        "Cuba",
    }
)


def place_led_names(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with place-led PERSON spans and their list mates made ORG (module docstring)."""
    ordered = sorted(spans, key=lambda s: s.start)
    flipped = {i for i, span in enumerate(ordered) if _place_led(toks, span, lexicon)}
    if not flipped:
        return spans
    for i in sorted(flipped):
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(ordered) and _listed_together(
                toks, ordered[min(j, j + step)], ordered[max(j, j + step)]
            ):
                j += step
                if j in flipped:
                    continue
                if not _company_shaped(toks, ordered[j], lexicon):
                    break
                flipped.add(j)
    return [replace(s, label="ORG", term=None, role=None) if i in flipped else s for i, s in enumerate(ordered)]


def _place_led(toks: DocTokens, span: NewsSpan, lexicon: Lexicon) -> bool:
    if not _company_shaped(toks, span, lexicon):
        return False
    first = toks.text[span.start]
    term = lexicon.terms.get(first)
    # Countries only: many cities are given names somewhere ("Milan Rapajic", "Florence Kelly").
    return first not in _GIVEN_PLACE_NAMES and term is not None and term.canonical in lexicon.countries


def _company_shaped(toks: DocTokens, span: NewsSpan, lexicon: Lexicon) -> bool:
    """A model PERSON span of a few capitalised words not opening with a common given name."""
    words = span.end - span.start
    return (
        span.label == "PERSON"
        and span.source != "title"
        and _MIN_WORDS <= words <= _MAX_WORDS
        and all(toks.alpha[k] and toks.text[k][:1].isupper() for k in range(span.start, span.end))
        and toks.text[span.start] not in lexicon.given_names
    )


def _listed_together(toks: DocTokens, left: NewsSpan, right: NewsSpan) -> bool:
    """Whether only a comma or "and" stands between two spans."""
    between = " ".join(toks.text[left.end : right.start])
    return between in _LIST_GLUE
