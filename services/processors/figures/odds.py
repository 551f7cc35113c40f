"""Odds: a bookmaker's price written as two whole numbers ("9-4", "1-4 favourites", "100-1", "11/4").

README ("What counts as a figure"): odds are the price of a bet, not a quantity a newsroom
counts, so like scores and ratings they are no figure; "evens" is no number to begin with.
``odds_end(tokens, i, floor, ceiling)`` gives the last token of the odds whose first number is
tokens[i], or None. Odds are two whole numbers (no grouping comma, no decimal, the first at
most MAX_FIRST, the second at most MAX_SECOND) joined tightly by a hyphen or a slash, and:

- a word of the betting market follows right after ("1-4 favourites", "a 33-1 shot"), or
- a betting word (BETTING_CUES) is at most CUE_BEFORE tokens before or CUE_AFTER after, in the
  sentence, and nothing counted follows: no plural noun, unit, currency, percent or scale word
  and no number or symbol other than punctuation ("from 9-4 to 5-2 overnight", "at 7-2 before
  the race", "odds of 100-1.", "6-4 on with bookmakers").

"Bookmakers laid off 10-15 staff" keeps its range (a counted noun follows), and "4-2" or "2-5
on" with no betting word is left to the rest of the scanner (a score or a range).
"""

from __future__ import annotations

from services.processors.figures.lemmas import is_plural
from services.processors.figures.lexicon import lexicon
from services.processors.figures.tokens import Token

MAX_FIRST = 1000
MAX_SECOND = 100
CUE_BEFORE = 20
CUE_AFTER = 8
MARKET_WORDS = frozenset(
    "favourite favourites favorite favorites fav favs shot shots outsider outsiders against odds".split()
)
BETTING_CUES = frozenset(
    """odds bookmaker bookmakers bookie bookies betting bet bets wager wagers punter punters
    backed favourite favourites favorite favorites""".split()
)
FOLLOWERS = frozenset(
    """to from on against in with and or for by at after before this last the a an when but as
    into ahead about""".split()
)
_SCALE_WORDS = frozenset("per percent pct pc hundred thousand million billion trillion bn mn mln m k".split())
_JOINERS = ("-", "–", "/")
_PUNCTUATION = frozenset(".,;:!?)\"'’”")


def odds_end(tokens: list[Token], i: int, floor: int, ceiling: int) -> int | None:
    """Last token of the odds that open at tokens[i] (module docstring), or None."""
    if i + 2 >= ceiling or not _whole(tokens[i], MAX_FIRST):
        return None
    if i > floor and tokens[i].adjacent and tokens[i - 1].kind == "sym":
        return None  # "$5-10", "No.1-4": money or a code
    joiner, second = tokens[i + 1], tokens[i + 2]
    if joiner.text not in _JOINERS or not joiner.adjacent or not second.adjacent or not _whole(second, MAX_SECOND):
        return None
    last = i + 2
    if last + 1 < ceiling and tokens[last + 1].adjacent and tokens[last + 1].text in _JOINERS:
        return None  # "10-12-2024", "9/10/24": a date or a code
    after = tokens[last + 1] if last + 1 < ceiling else None
    if after is not None and after.lower in MARKET_WORDS:
        return last
    if after is not None and after.kind == "word" and _counts(after.lower):
        return None  # "20-30 staff", "3-5 per cent", "2-4 million": a quantity
    if after is not None and (after.kind == "num" or after.kind == "sym" and after.text not in _PUNCTUATION):
        return None  # "3-5%", "10-15 000": a quantity
    window = range(max(floor, i - CUE_BEFORE), min(ceiling, last + 1 + CUE_AFTER))
    return last if any(tokens[k].lower in BETTING_CUES for k in window) else None


def _counts(word: str) -> bool:
    """``word`` after two numbers says what they count or scale: a plural noun, a unit, a currency,
    a percent or scale word."""
    if word in FOLLOWERS:
        return False
    words = lexicon()
    return is_plural(word) or word in _SCALE_WORDS or word in words.measures or word in words.currencies


def _whole(token: Token, most: int) -> bool:
    """A bare whole number from 1 to ``most`` written in digits ("9", "100"; not "1,000", "2.5")."""
    return token.kind == "num" and token.text.isdigit() and len(token.text) <= 4 and 1 <= int(token.text) <= most
