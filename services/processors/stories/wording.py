"""What the words around a figure say about it: the action it counts, plan or fact, the period.

``read_wording(sentence, figure_text, reported_at)`` reads a bounded window of words of the
figure's sentence. Word lists are data (``data/verbs.tsv``):

- ``action``: the class of the action word nearest the figure within ``WINDOW`` words either
  side ("were *sent*" -> deploy, "*killed*" -> kill), None when there is none;
- ``planned``: a planning cue ("will", "pledged", "set to", "plans") within ``WINDOW`` words
  before the figure, in the same clause (a comma or semicolon ends the look-back);
- ``period``: the one year the sentence places events in ("in 2024", "during March 2023", "last
  year" and "this year" read against ``reported_at``), None when it states none or names several
  years (then which one the figure belongs to is not known).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

VERBS_FILE = Path(__file__).parent / "data" / "verbs.tsv"
WINDOW = 6
PLANNED = "planned"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{0,40}|[,;:]")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_YEAR = re.compile(rf"\b(?:in|during|throughout)\s+(?:(?:{_MONTHS})\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_RELATIVE_YEAR = re.compile(r"\b(last|this|past)\s+year\b", re.IGNORECASE)
_YEAR_OFFSET = {"last": -1, "past": -1, "this": 0}


@dataclass(frozen=True)
class Wording:
    action: str | None
    planned: bool
    period: int | None


@lru_cache(maxsize=1)
def word_classes() -> dict[str, str]:
    """Word (lower-case) -> its class in ``data/verbs.tsv`` (an action class or ``planned``)."""
    table: dict[str, str] = {}
    for line in VERBS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, words = line.split("\t", 1)
        for word in words.split():
            table.setdefault(word, kind)
    return table


def read_wording(sentence: str, figure_text: str, reported_at: datetime | None) -> Wording:
    """The wording around the first occurrence of ``figure_text`` in ``sentence``; relative
    years ("last year") are left unread when ``reported_at`` (the publication time) is None."""
    at = sentence.find(figure_text)
    if at < 0:
        return Wording(action=None, planned=False, period=_period(sentence, reported_at))
    before = [w.lower() for w in _WORD.findall(sentence[max(0, at - 400) : at])][-WINDOW:]
    after = [w.lower() for w in _WORD.findall(sentence[at + len(figure_text) : at + len(figure_text) + 400])][:WINDOW]
    classes = word_classes()
    clause: list[str] = []
    for word in reversed(before):
        if word in ",;:":
            break
        clause.append(word)
    planned = any(classes.get(w) == PLANNED for w in clause)
    action = None
    for distance in range(max(len(before), len(after))):
        for word in (
            before[-1 - distance] if distance < len(before) else "",
            after[distance] if distance < len(after) else "",
        ):
            kind = classes.get(word)
            if kind is not None and kind != PLANNED:
                action = kind
                break
        if action is not None:
            break
    return Wording(action=action, planned=planned, period=_period(sentence, reported_at))


def _period(sentence: str, reported_at: datetime | None) -> int | None:
    years = {int(m.group(1)) for m in _YEAR.finditer(sentence)}
    if years:  # "in 2019 and 2020", "in 2024, after the 2018 treaty": every year named counts
        years |= {int(y) for y in _ANY_YEAR.findall(sentence)}
    if reported_at is not None:
        years |= {reported_at.year + _YEAR_OFFSET[m.group(1).lower()] for m in _RELATIVE_YEAR.finditer(sentence)}
    elif _RELATIVE_YEAR.search(sentence):
        return None  # a year relative to an unknown date: which one is not known
    return years.pop() if len(years) == 1 else None
