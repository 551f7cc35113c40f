"""Lexicon: the vocabulary data files of the figures stage, loaded once.

data/measures.tsv   surface -> (unit lemma, category) for physical and time units
data/currencies.tsv surface -> (ISO code, where it stands: prefix, suffix or both); a fourth
                    column "cased" makes the surface a currency only as written ("DM", not "dm")
data/categories.tsv kind -> word set (people nouns, weapons, casualty verbs, ...)
data/sources.tsv    kind -> word set (source nouns, adjectives and reporting verbs)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")


def _rows(name: str) -> list[list[str]]:
    path = _DATA / name
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            raise ValueError(f"{path}:{number}: expected tab-separated fields, got {line!r}")
        rows.append(fields)
    return rows


@dataclass(frozen=True)
class Lexicon:
    measures: dict[str, tuple[str, str]]
    currencies: dict[str, tuple[str, str]]
    cased_currencies: dict[str, str]  # lower-case key -> the only spelling that is the currency ("DM", "Y")
    words: dict[str, frozenset[str]]
    sources: dict[str, frozenset[str]]


@cache
def lexicon() -> Lexicon:
    """The loaded lexicon; raises ValueError naming the file and line of a malformed row."""
    measures = {row[0]: (row[1], row[2]) for row in _rows("measures.tsv")}
    rows = _rows("currencies.tsv")
    currencies = {row[0].lower(): (row[1], row[2]) for row in rows}
    cased = {row[0].lower(): row[0] for row in rows if len(row) > 3 and row[3] == "cased"}
    words = {row[0]: frozenset(row[1].split()) for row in _rows("categories.tsv")}
    sources = {row[0]: frozenset(row[1].split()) for row in _rows("sources.tsv")}
    return Lexicon(measures, currencies, cased, words, sources)
