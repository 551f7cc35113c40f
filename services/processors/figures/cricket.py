"""Cricket: the words and the shape of cricket scores, which README counts as no figures.

A total is written "<runs> for <wickets>" after the team ("Pakistan 250 for 5", "India 287 for
eight declared"), and a margin or a batsman's score counts wickets or runs ("won by five
wickets", "scored 45 runs"). ``cricket_score(tokens, total)`` reads the total's shape;
results_rows and margins share the vocabulary here.
"""

from __future__ import annotations

from services.processors.figures.tokens import Token

WICKET_NOUNS = frozenset(("wicket", "wkt"))  # singular, as counted nouns are compared
RUN_NOUN = "run"
# Words after the wickets of a total: "250 for 5 declared", "287 for eight wickets".
AFTER_WICKETS = frozenset(("wickets", "wkts", "declared", "dec"))
MAX_WICKETS = 10
WICKET_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten".split())


def cricket_score(tokens: list[Token], total: int) -> bool:
    """tokens[total:total+3] read "<total> for <wickets>" after a team name."""
    if total < 1 or total + 2 >= len(tokens) or tokens[total + 1].lower != "for":
        return False
    team, runs = tokens[total - 1], tokens[total]
    if runs.kind != "num" or not runs.text.isdigit() or team.kind != "word" or not team.text[:1].isupper():
        return False
    wickets = tokens[total + 2].text.lower()
    if not (wickets.isdigit() and int(wickets) <= MAX_WICKETS or wickets in WICKET_NUMBER_WORDS):
        return False
    nxt = tokens[total + 3] if total + 3 < len(tokens) else None
    return nxt is None or nxt.kind != "word" or nxt.lower in AFTER_WICKETS or not nxt.text[:1].islower()
