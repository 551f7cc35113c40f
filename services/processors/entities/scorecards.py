"""Cricket scorecards: the batting, bowling and did-not-bat lines of a sports report.

A scorecard names its players by layout, in lines the model reads poorly (it calls a bowler
after "b" a club, and runs a name into the figures). In a sports report
(:func:`sports.is_sports_report`) a line that parses whole as one of these is read by layout:

- a **batting line** is ``batsman dismissal runs [numbers...]``, the dismissal one of
  "c FIELDER b BOWLER", "c & b BOWLER", "st KEEPER b BOWLER", "lbw b BOWLER", "b BOWLER",
  "hit wicket b BOWLER", "run out [( FIELDER )]", "not out", "retired [hurt]", "absent
  [hurt]": "N. Tarrant c Kell b Marrow 113", "R. Olade not out 45";
- a **bowling line** is ``[Bowling :] bowler figures [( note )] , ...``, the figures overs,
  maidens, runs and wickets ("10-0-50-0", "6.5-1-23-4"); a wrapped list may open with the
  figures of the bowler that closed the line before, and close with a bowler whose figures
  wrap;
- a **did-not-bat line** is ``Did not bat : name , name ...`` ("Yet to bat" too);
- an **extras or total line** is ``Extras|Total [( note )] number`` and names nobody.

The players of such a line become PERSON and every other span touching the line is dropped
(an extras line thus loses the model's "Extras" person). A player is a run of at most
``_MAX_PLAYER_WORDS`` capitalised words, an initial ("M.") among them; pieces written without
a space between them are one word ("Ata-ur-Rehman", "O'Brien").
"""

from __future__ import annotations

import re

from services.processors.entities.spans import NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

_MAX_PLAYER_WORDS = 4
#: Longest line read as a scorecard line, in tokens.
_MAX_LINE_TOKENS = 60
#: Most tokens of a bracketed note without names ("( lb-25 w-4 nb-3 )", "( for 8 wickets , innings closed )").
_MAX_NOTE_TOKENS = 10
#: Most pieces of one figure as the tokenizer splits it ("10", "-", "0", "-", "50", "-", "0").
_MAX_FIGURE_PIECES = 7
_MAX_RUNS_DIGITS = 3
#: Overs, maidens, runs and wickets: "10-0-50-0", "6.5-1-23-4".
_FIGURES = re.compile(r"\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}")
#: Dismissals that name no bowler: "not out", "run out", "retired hurt", "absent hurt".
_UNNAMED_DISMISSALS = frozenset({("not", "out"), ("run", "out"), ("retired", "hurt"), ("retired", "out")})
_SINGLE_DISMISSALS = frozenset({"retired", "absent"})
_NOT_BATTING = (("did", "not", "bat"), ("yet", "to", "bat"))
_NO_NAME_LABELS = frozenset({"extras", "total"})
#: Pieces that join a name's parts written without spaces ("Ata-ur-Rehman", "O'Brien").
_GLUE = frozenset({"-", "'", "\u2019"})

#: Token ranges of one parsed line's players, or None when the line is no scorecard line.
Players = list[tuple[int, int]] | None


def read_scorecards(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with the scorecard lines re-read by layout (module docstring). The caller runs
    it on a sports report only."""
    players: list[tuple[int, int]] = []
    lines: list[tuple[int, int]] = []
    for start, end in toks.line_ranges():
        if end - start > _MAX_LINE_TOKENS:
            continue
        parsed = next((p for parse in _PARSERS if (p := parse(toks, start, end)) is not None), None)
        if parsed is None:
            continue
        lines.append((start, end))
        players.extend(parsed)
    if not lines:
        return spans
    taken = {k for a, b in lines for k in range(a, b)}
    out = [s for s in spans if taken.isdisjoint(range(s.start, s.end))]
    out.extend(token_span(toks, a, b, "PERSON", "model") for a, b in players)
    return sorted(out, key=lambda s: s.start)


def _player_end(toks: DocTokens, k: int, end: int) -> int:
    """End of a player's name starting at ``k`` (``k`` if there is none)."""
    text = toks.text
    j = k
    words = 0
    while j < end and words < _MAX_PLAYER_WORDS:
        word = text[j]
        if not word[:1].isupper() or not word.replace(".", "").replace("'", "").replace("-", "").isalpha():
            break
        j += 1
        words += 1
        # Pieces written without a space are one word: "Ata", "-", "ur", "-", "Rehman".
        while j < end and not toks.space[j - 1] and (text[j] in _GLUE or toks.alpha[j]):
            j += 1
    return j


def _runs_end(toks: DocTokens, k: int, end: int) -> int:
    """Index after a batsman's runs and any further numbers (balls, minutes, fours), or ``k``."""
    j = k
    while j < end and toks.text[j].isdigit() and len(toks.text[j]) <= _MAX_RUNS_DIGITS:
        j += 1
    return j


def _named(toks: DocTokens, k: int, end: int, names: list[tuple[int, int]]) -> int:
    """Index after a player at ``k``, appended to ``names``; -1 if there is none."""
    name_end = _player_end(toks, k, end)
    if name_end == k:
        return -1
    names.append((k, name_end))
    return name_end


def _bowled_by(toks: DocTokens, k: int, end: int, names: list[tuple[int, int]]) -> int:
    """Index after "b BOWLER" at ``k``, -1 if it is not there."""
    if k >= end or toks.lower[k] != "b":
        return -1
    return _named(toks, k + 1, end, names)


def _dismissal_end(toks: DocTokens, k: int, end: int, names: list[tuple[int, int]]) -> int:
    """Index after a dismissal at ``k`` (module docstring), its players appended to ``names``;
    -1 if there is no dismissal."""
    if k >= end:
        return -1
    low = toks.lower
    if k + 1 < end and (low[k], low[k + 1]) in _UNNAMED_DISMISSALS:
        k += 2
        if low[k - 2] == "run" and k < end and toks.text[k] == "(":
            inner = _named(toks, k + 1, end, names)
            if inner < 0 or inner >= end or toks.text[inner] != ")":
                return -1
            return inner + 1
        return k
    if low[k] in _SINGLE_DISMISSALS:
        return k + 2 if k + 1 < end and low[k + 1] == "hurt" else k + 1
    if low[k] == "c":
        if k + 1 < end and low[k + 1] in ("&", "and"):
            return _bowled_by(toks, k + 2, end, names)
        fielder = _named(toks, k + 1, end, names)
        return -1 if fielder < 0 else _bowled_by(toks, fielder, end, names)
    if low[k] == "st":
        keeper = _named(toks, k + 1, end, names)
        return -1 if keeper < 0 else _bowled_by(toks, keeper, end, names)
    if low[k] == "lbw":
        return _bowled_by(toks, k + 1, end, names)
    if k + 1 < end and low[k] == "hit" and low[k + 1] == "wicket":
        return _bowled_by(toks, k + 2, end, names)
    return _bowled_by(toks, k, end, names)


def _parse_batting(toks: DocTokens, start: int, end: int) -> Players:
    """A batting line: ``batsman dismissal runs [numbers...]``."""
    names: list[tuple[int, int]] = []
    k = _named(toks, start, end, names)
    if k < 0:
        return None
    k = _dismissal_end(toks, k, end, names)
    if k < 0:
        return None
    runs_end = _runs_end(toks, k, end)
    return names if runs_end > k and runs_end == end else None


def _figures_end(toks: DocTokens, k: int, end: int) -> int:
    """Index after bowling figures at ``k`` ("10-0-50-0", as one token or split at the hyphens), or ``k``."""
    j = k
    while j < end and j - k < _MAX_FIGURE_PIECES:
        j += 1
        if _FIGURES.fullmatch("".join(toks.text[k:j])):
            return j
        if toks.space[j - 1]:
            break
    return k


def _after_note(toks: DocTokens, k: int, end: int) -> int:
    """Index after a bracketed note without capitals at ``k`` ("( 3nb )"), or ``k``."""
    text = toks.text
    if k < end and text[k] == "(":
        for j in range(k + 1, min(end, k + _MAX_NOTE_TOKENS + 2)):
            if text[j] == ")":
                return j + 1
            if text[j][:1].isupper():
                break
    return k


def _parse_bowling(toks: DocTokens, start: int, end: int) -> Players:
    """A bowling line: ``[Bowling :] bowler figures , ...``, perhaps wrapped at either end."""
    text = toks.text
    if text[end - 1] == ".":
        end -= 1
    k = start
    if k + 1 < end and toks.lower[k] == "bowling" and text[k + 1] == ":":
        k += 2
    figures = 0
    after = _figures_end(toks, k, end)  # the figures of the last bowler of the line before
    if after > k:
        figures += 1
        k = after
        if k < end:
            if text[k] != ",":
                return None
            k += 1
    names: list[tuple[int, int]] = []
    while k < end:
        k = _named(toks, k, end, names)
        if k < 0:
            return None
        if k == end:
            break  # this bowler's figures wrap to the next line
        after = _figures_end(toks, k, end)
        if after == k:
            return None
        figures += 1
        k = _after_note(toks, after, end)
        if k < end:
            if text[k] != ",":
                return None
            k += 1
    return names if figures and (names or k == end) else None


def _parse_not_batting(toks: DocTokens, start: int, end: int) -> Players:
    """A did-not-bat line: ``Did not bat : name , name ...``."""
    low = toks.lower
    for label in _NOT_BATTING:
        if tuple(low[start : start + len(label)]) == label:
            k = start + len(label)
            break
    else:
        return None
    if k < end and toks.text[k] == ":":
        k += 1
    if toks.text[end - 1] == ".":
        end -= 1
    names: list[tuple[int, int]] = []
    while k < end:
        k = _named(toks, k, end, names)
        if k < 0:
            return None
        if k < end:
            if toks.text[k] != ",":
                return None
            k += 1
    return names or None


def _parse_no_names(toks: DocTokens, start: int, end: int) -> Players:
    """An extras or total line: ``Extras|Total [( note )] number``; it names nobody."""
    if toks.lower[start] not in _NO_NAME_LABELS:
        return None
    k = _after_note(toks, start + 1, end)
    return [] if k + 1 == end and toks.text[k][:1].isdigit() else None


_PARSERS = (_parse_batting, _parse_bowling, _parse_not_batting, _parse_no_names)
