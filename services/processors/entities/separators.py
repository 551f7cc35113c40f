"""Cutting a model span at separators no name holds.

The model runs names together: "Simon Parke ( England", "Nicol v Eyles", "Romania - Cosmin
Contra", two rows of a table ("Slovak Republic\\nArgentina"), the items of a list ("Harnshire ,
Dunshire"), two people joined by "and" ("Laurent Cabannes and Laurent Benezech").
``split_at_separators`` cuts a span at a bracket, a spaced "v"/"vs" or dash, a line break or a
list comma (a date or time span at a spaced dash only: "March 2 - Brazil");
``split_pairs_of_people`` cuts the parts at an "and" between two full names.
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.tokens import DocTokens

#: Labels of model spans cut at separators.
_SPLIT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
#: Labels of model spans cut at spaced dashes only (a dateline's date runs into the story).
_TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
_VERSUS = frozenset({"v", "v.", "vs", "vs."})
_DASHES = frozenset({"-", "\u2013", "\u2014"})

#: A part of a span: ``(start, end, label)``.
Part = tuple[int, int, str]


def split_at_separators(toks: DocTokens, start: int, end: int, label: str) -> list[Part]:
    """A name span cut at a bracket, a spaced "v"/"vs" or dash, a line break or a comma inside
    it: the model runs "Simon Parke ( England", "Nicol v Eyles", "Romania - Cosmin Contra", two
    rows of a table ("Slovak Republic\\nArgentina") and the items of a list ("Harnshire ,
    Dunshire") together, and no name holds such a token (a comma stays in a firm's name with
    "&" or "and": "Bodman , Longely & Dahling"; a hyphen inside a name is unspaced). Each part
    keeps the label; parts without a letter are dropped."""
    if label in _TEMPORAL_LABELS and end - start >= 2:
        return _split_at_dashes(toks, start, end, label)
    if label not in _SPLIT_LABELS or end - start < 2:
        return [(start, end, label)]
    text, space = toks.text, toks.space
    parts: list[Part] = []
    part_start = start
    # "Harnshire , Dunshire": a list; a firm's name may hold a comma ("Bodman , Longely & Dahling").
    commas = not any(text[k] == "&" or toks.lower[k] == "and" for k in range(start, end))
    for k in range(start + 1, end):
        word = text[k]
        spaced = space[k - 1] and space[k]
        if (
            word in _BRACKETS
            or (spaced and (toks.lower[k] in _VERSUS or word in _DASHES))
            or _is_line_break(word)
            or (commas and word == ",")
        ):
            parts.append((part_start, k, label))
            part_start = k + 1
    if not parts:
        return [(start, end, label)]
    parts.append((part_start, end, label))
    return [(a, b, lab) for a, b, lab in parts if any(toks.alpha[i] for i in range(a, b))]


def _split_at_dashes(toks: DocTokens, start: int, end: int, label: str) -> list[Part]:
    """A date run over a dateline's dash into the first words of the story ("March 2 - Brazil"):
    parts at each spaced dash, all keeping the temporal label, so that a gazetteer term or a
    company with its designators can take the words after the dash (the label is not reported)."""
    text, space = toks.text, toks.space
    cuts = [k for k in range(start + 1, end - 1) if text[k] in _DASHES and space[k - 1] and space[k]]
    if not cuts:
        return [(start, end, label)]
    bounds = [start, *cuts, end]
    return [(bounds[0], cuts[0], label)] + [(a + 1, b, label) for a, b in zip(cuts, bounds[2:], strict=True)]


def split_pairs_of_people(toks: DocTokens, parts: list[Part], lexicon: Lexicon) -> list[Part]:
    """Two full names joined by "and" in one model span are two people ("Laurent Cabannes
    and Laurent Benezech" tagged ORG): each side opens with a common given name and has a
    surname after it. Other parts are kept as they are."""
    given = lexicon.given_names
    text, lower = toks.text, toks.lower
    out: list[Part] = []
    for a, b, label in parts:
        pair = next(
            (k for k in range(a + 2, b - 2) if lower[k] == "and" and text[a] in given and text[k + 1] in given),
            None,
        )
        if pair is None:
            out.append((a, b, label))
        else:
            out.extend(((a, pair, "PERSON"), (pair + 1, b, "PERSON")))
    return out


def _is_line_break(word: str) -> bool:
    return "\n" in word and word.isspace()
