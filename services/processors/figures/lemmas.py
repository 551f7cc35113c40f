"""Lemmas: singular forms of English plural nouns, by rule plus a short irregular list."""

from __future__ import annotations

_IRREGULAR = {
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "servicemen": "serviceman",
    "policemen": "policeman",
    "lives": "life",
    "knives": "knife",
    "wives": "wife",
    "thieves": "thief",
    "halves": "half",
    "people": "people",
    "police": "police",
    "personnel": "personnel",
    "staff": "staff",
    "series": "series",
    "species": "species",
    "news": "news",
    "data": "data",
    "media": "media",
    "aircraft": "aircraft",
    "crises": "crisis",
    "analyses": "analysis",
    "bases": "base",
    "casualties": "casualty",
    "fatalities": "fatality",
    "centuries": "century",
}
_KEEP = ("ss", "us", "is", "ous", "ics")
# Adverbs and conjunctions that end in "s" like a plural ("ran 60m indoors", "swam 50m afterwards").
_NOT_PLURAL = frozenset(
    """indoors outdoors always sometimes perhaps afterwards towards backwards forwards upwards downwards
    onwards outwards inwards nowadays overseas besides whereas sideways""".split()
)


def is_plural(word: str) -> bool:
    """True when ``word`` looks like a plural noun ("troops", "children", "people")."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return True
    if lower in _NOT_PLURAL:
        return False
    return len(lower) > 2 and lower.endswith("s") and not lower.endswith(_KEEP) and lower.isalpha()


def singular(word: str) -> str:
    """The singular lemma of ``word`` (lower-cased for common nouns; names keep their case)."""
    lower = word.lower()
    keep_case = word[:1].isupper() and not word.isupper() and lower not in _IRREGULAR
    base = word if keep_case else lower
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if not is_plural(lower):
        return base
    if lower.endswith("ies") and len(lower) > 4:
        return base[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes", "zes")):
        return base[:-2]
    return base[:-1]
