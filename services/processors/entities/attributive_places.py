"""A place written before a club noun: "the Yorkshire club", "the Lancashire side".

Sports copy names a club by its place ("Bowyer , who moved to the Yorkshire club"), and the
model, seeing one capitalised word between "the" and a noun, reads a person. A one-word PERSON
span right after "the" and right before a lower-case club noun (``_CLUB_NOUNS``) becomes a GPE,
unless the article writes the word as the surname of a longer person's name ("the Marsh side"
after "Rod Marsh" stays a person). Other labels are left alone.
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

_CLUB_NOUNS = frozenset({"club", "side", "team", "county", "outfit", "squad"})


def attributive_places(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with one-word "persons" between "the" and a club noun made places (module docstring)."""
    n = len(toks)
    surnames = {toks.text[s.end - 1] for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    return [
        replace(s, label="GPE")
        if s.label == "PERSON"
        and s.end - s.start == 1
        and s.source != "title"
        and s.start > 0
        and toks.lower[s.start - 1] == "the"
        and s.end < n
        and toks.text[s.end] in _CLUB_NOUNS
        and toks.text[s.start] not in surnames
        else s
        for s in spans
    ]
