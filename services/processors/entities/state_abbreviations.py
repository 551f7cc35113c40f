"""US state abbreviations in wire style: "TEMPE , Ariz .", "Tulsa , Okla .", "Iowa-S Minn cattle".

American wire copy names a state by its newspaper abbreviation after a city, in the dateline
and in the text; the model finds some ("Calif.") and misses others ("Wis", "Ariz"). Such an
abbreviation is a place (GPE):

- one of ``_CLEAR`` (no other reading in newswire: "Ariz", "Okla", "Minn", "Wis"), wherever it
  stands capitalised and tagged a proper noun;
- any abbreviation, ``_AFTER_CITY`` ones too ("Ill", "Mass", "Wash", "Pa": words or names
  elsewhere), right after a capitalised word and a comma ("Peoria , Ill", "Salem , Mass .")
  and before the end of a clause (a full stop, a comma, a line end or the end of the text).

None is a state right after a person's full or titled name ("Peter Tarvik , Ind", "Senator
Tarvik , Del ."): there it is a party or an affiliation ("Ind": independent), and the model's
place span over it is dropped.

A span of another label over the abbreviation alone is relabelled; a longer span holding it is
left as it is. A full stop the tokenizer keeps on the abbreviation ("Calif.") stays on it, as
in the model's own spans.
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.spans import PROPER_TAGS, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

#: Abbreviations with no other reading in newswire (without their full stop).
_CLEAR = frozenset(
    {"Ala", "Ariz", "Calif", "Colo", "Fla", "Kans", "Minn", "Neb", "Nebr", "Nev", "Okla", "Tenn", "Wis", "Wisc", "Wyo"}
)
#: Abbreviations that are also words or names, places only after "City ,".
_AFTER_CITY = frozenset(
    {"Ark", "Conn", "Del", "Ga", "Ida", "Ill", "Ind", "Kan", "Ky", "La", "Mass", "Md", "Mich", "Miss", "Mo", "Mont",
     "Ore", "Pa", "Penn", "Tex", "Va", "Vt", "Wash", "N.Y", "N.J", "N.C", "N.D", "N.H", "N.M", "S.C", "S.D", "R.I",
     "W.Va"}
)  # fmt: skip
_CLAUSE_ENDS = frozenset({".", ",", ";", ")"})


def state_abbreviations(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with the US state abbreviations of the text as GPE spans (module docstring)."""
    person_ends = {s.end for s in spans if s.label == "PERSON" and (s.end - s.start > 1 or s.source == "title")}
    affiliations = {k for k in range(2, len(toks)) if k - 1 in person_ends and _is_abbreviation(toks, k)}
    if affiliations:
        spans = [s for s in spans if not (s.end - s.start == 1 and s.start in affiliations and s.label == "GPE")]
    found = [k for k in range(len(toks)) if k not in affiliations and _is_state(toks, k)]
    if not found:
        return spans
    by_start = {(s.start, s.end): i for i, s in enumerate(spans)}
    covered = {k for s in spans for k in range(s.start, s.end)}
    out = list(spans)
    for k in found:
        i = by_start.get((k, k + 1))
        if i is not None:
            if out[i].label != "GPE":
                out[i] = replace(out[i], label="GPE", source="model", term=None, role=None)
        elif k not in covered:
            out.append(token_span(toks, k, k + 1, "GPE", "model"))
    return out


def _bare(word: str) -> str:
    return word[:-1] if word.endswith(".") else word


def _is_abbreviation(toks: DocTokens, k: int) -> bool:
    """Whether token ``k`` is a state abbreviation after a comma."""
    word = _bare(toks.text[k])
    return (word in _CLEAR or word in _AFTER_CITY) and toks.text[k - 1] == ","


def _is_state(toks: DocTokens, k: int) -> bool:
    word = _bare(toks.text[k])
    if word in _CLEAR:
        return toks.tag[k] in PROPER_TAGS or _after_city(toks, k)
    return word in _AFTER_CITY and _after_city(toks, k) and _clause_ends(toks, k)


def _after_city(toks: DocTokens, k: int) -> bool:
    return k >= 2 and toks.text[k - 1] == "," and toks.text[k - 2][:1].isupper() and toks.alpha[k - 2]


def _clause_ends(toks: DocTokens, k: int) -> bool:
    after = k + 1
    if after >= len(toks):
        return True
    word = toks.text[after]
    return word in _CLAUSE_ENDS or "\n" in word
