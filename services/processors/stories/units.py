"""Normalised units: what a figure counts, so "11,000 soldiers" and "12,000 troops" compare.

The unit the figure stage gives is a noun phrase in lemma form ("soldier", "military engineer
and builder", "round of artillery ammunition"). Its *head* is the noun that names what is
counted: the part before " of ", the first conjunct of an "and"/"or" list, its last word. The
head's lemma is mapped through the synonym table ``data/units.tsv`` (data, not code, so it
grows without a release of logic).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from services.processors.figures.lemmas import singular

SYNONYMS_FILE = Path(__file__).parent / "data" / "units.tsv"
_SPLIT = re.compile(r"\s+(?:of|and|or)\s+|\s*[,/&]\s*")
_WORD = re.compile(r"[a-z][a-z'-]{0,40}")


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """Synonym (singular lemma) -> canonical unit, from ``data/units.tsv``."""
    table: dict[str, str] = {}
    for line in SYNONYMS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, words = line.split("\t", 1)
        for word in words.split():
            table[word] = canonical
    return table


@lru_cache(maxsize=4096)
def normalised_unit(unit: str | None) -> str | None:
    """The canonical unit of ``unit`` ("soldiers" -> "troop", "military engineer and builder" ->
    "engineer"); None when there is no unit or no word in it."""
    if not unit:
        return None
    head_phrase = _SPLIT.split(unit.strip().lower(), maxsplit=1)[0]
    words = _WORD.findall(head_phrase)
    if not words:
        return None
    head = singular(words[-1])
    return synonyms().get(head, head)


def unit_variants(unit: str) -> list[str]:
    """Every unit a figure may be stored under that counts the same as ``unit``: ``unit`` itself,
    its canonical unit and that unit's synonyms, sorted ("troop" -> ["personnel", "serviceman",
    ..., "soldier", "troop", ...]). For a store query by unit; a unit outside the table is alone."""
    canonical = normalised_unit(unit)
    same = {word for word, target in synonyms().items() if target == canonical}
    return sorted({unit, *same, *((canonical,) if canonical else ())})
