"""Names whose apposition says they are people: "Hen Vipheak , former editor of the paper".

The model reads an unknown two- or three-word name as an organisation or a place. Written before
a comma and an apposition headed by a person's role or occupation (``data/appositions.json``:
"editor", "lawyer", "activist"...), the name is a person's: ``person_appositions`` relabels it
PERSON, and every span of the article with the same words. The apposition is ``, [a|an|the]
[at most _MAX_MODIFIERS lower-case words] noun`` and the noun closes it: "of", "at", "for",
"in", "who", "and" or punctuation comes next ("former editor of", "a lawyer for", "an
opposition activist ,"). A name of the gazetteer or a title, one with a capital-free or
non-alphabetic word, or one closing with a body head or company designator ("Tarvex Corp ,
owner of") keeps its label.
"""

from __future__ import annotations

import json
from functools import lru_cache

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.names import DATA_DIR
from services.processors.entities.person_relabels import is_candidate, relabel_people
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

_MAX_MODIFIERS = 3
_DETERMINERS = frozenset({"a", "an", "the"})
_CLOSERS = frozenset({"of", "at", "for", "in", "who", "and", ",", ".", ";", ")", "--"})


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """``data/appositions.json`` person nouns, loaded once per process."""
    raw = json.loads((DATA_DIR / "appositions.json").read_text(encoding="utf-8"))
    return frozenset(raw["person_nouns"])


def person_appositions(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with names before a person's apposition made PERSON (module docstring)."""
    return relabel_people(
        toks, spans, lambda s: is_candidate(toks, s, lexicon), lambda s: _before_person_noun(toks, s.end)
    )


def _before_person_noun(toks: DocTokens, k: int) -> bool:
    """Whether ``, [det] [modifiers] person-noun <closer>`` starts at ``k``."""
    n, text = len(toks), toks.text
    if k >= n or text[k] != ",":
        return False
    k += 1
    if k < n and toks.lower[k] in _DETERMINERS:
        k += 1
    nouns = person_nouns()
    for _ in range(_MAX_MODIFIERS + 1):
        if k >= n or not (toks.alpha[k] and text[k].islower()):
            return False
        if text[k] in nouns:
            return k + 1 < n and toks.lower[k + 1] in _CLOSERS
        k += 1
    return False
