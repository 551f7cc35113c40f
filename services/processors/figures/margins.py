"""Margins: sports scores written as a count ("won by five wickets", "45 runs", "four alarms").

README ("What counts as a figure"): scores are no figures. ``sport_score(tokens, first, unit,
value, floor)`` is True when a quantity whose hedge or number opens at tokens[first] and which
counts ``unit`` (the singular counted noun) is such a score:

- a noun only sport counts: wickets and runs of cricket or baseball ("by 3 runs", "scored 45
  runs", "30 home runs");
- the alarms of a fire, its grade, up to MAX_ALARMS ("went to four alarms");
- a margin of victory or defeat: "by" and a noun of a game's count, after a verb or noun of
  winning, losing or leading ("won by two goals", "beat Spain by three strokes", "a victory by
  10 points"). "Prices fell by 10 points" keeps its figure: no game is won.

Looks at a bounded number of tokens before the quantity.
"""

from __future__ import annotations

from services.processors.figures.cricket import RUN_NOUN, WICKET_NOUNS
from services.processors.figures.tokens import Token

SCORE_NOUNS = WICKET_NOUNS | {RUN_NOUN, "home run"}
# nouns a margin of a game counts; wickets and runs are scores wherever they are (SCORE_NOUNS)
MARGIN_NOUNS = frozenset("goal point stroke shot length try set game frame lap".split())
WIN_WORDS = frozenset(
    """won win wins winning beat beats beaten beating lost lose loses losing defeated defeat
    defeats victory victories win-loss led lead leads leading trailed trail trails trailing edged
    edges margin""".split()
)
MAX_ALARMS = 10
MAX_WIN_GAP = 4  # tokens between the word of winning and "by" ("beat the hosts by", "won the final by")


def sport_score(tokens: list[Token], first: int, unit: str | None, value: float | None, floor: int) -> bool:
    """True when the quantity is a sports score (see the module docstring)."""
    if unit is None:
        return False
    noun = unit.lower()
    if noun in SCORE_NOUNS:
        return True
    if noun == "alarm":
        return value is not None and value <= MAX_ALARMS
    return noun in MARGIN_NOUNS and _margin_of_a_win(tokens, first, floor)


def _margin_of_a_win(tokens: list[Token], first: int, floor: int) -> bool:
    """tokens[first] follows "by", itself a few tokens after a word of winning or losing."""
    if first - 1 < floor or tokens[first - 1].lower != "by":
        return False
    return any(tokens[k].lower in WIN_WORDS for k in range(max(floor, first - 2 - MAX_WIN_GAP), first - 1))
