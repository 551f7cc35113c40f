"""Race times: a bare decimal after a word that times a race is a duration ("won in a time of
21.00", "clocked 9.58", "a personal best of 10.85", "ran 10.05", "won in 9.92"), and durations are
no figures (see timeframes).

``is_race_time(tokens, first, last, floor)`` looks at most three tokens before the number on
tokens[first:last+1], which the caller has read with no unit of measure, currency or percent
(a word it took for the counted noun is no unit: "won in 22.65 ahead of"). The number
must be one digits token with a decimal point; after "ran" or "won in", which also move markets
and win elections, it must have exactly two decimals, as a timed result does ("ran 10.05"; "ran
10 miles" has its unit and stays a figure).
"""

from __future__ import annotations

from services.processors.figures.tokens import Token

# Words that time what follows whatever its form: "clocked 9.58", "a time of 21.00".
_CLOCKING = frozenset(("clocked", "clocking", "clocks", "clock"))
# Nouns before "of" that name a timed result: "a time of", "a personal best of", "a season's best of".
_TIMED_OF = frozenset(("time", "best"))
# Verbs after which only a two-decimal number is a time: "ran 10.05", "won in 9.92".
_RUN_VERBS = frozenset(("ran", "run", "runs", "running"))
_FINISH_VERBS = frozenset(("won", "win", "wins", "winning", "finished", "finish", "finishes", "finishing"))


def is_race_time(tokens: list[Token], first: int, last: int, floor: int) -> bool:
    """True when the bare number on tokens[first:last+1] is a race time after a timing cue in
    its sentence, which opens at tokens[floor]."""
    if first != last or tokens[first].kind != "num" or "." not in tokens[first].text:
        return False
    before = [tokens[k].lower for k in range(max(floor, first - 3), first)][::-1]  # nearest first
    if not before:
        return False
    if before[0] in _CLOCKING:
        return True
    if before[0] == "of" and len(before) > 1 and before[1] in _TIMED_OF:
        return True
    two_decimals = len(tokens[first].text.split(".")[1]) == 2
    if before[0] in _RUN_VERBS:
        return two_decimals
    return before[0] == "in" and len(before) > 1 and before[1] in _FINISH_VERBS and two_decimals
