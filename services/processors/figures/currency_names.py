"""Currency names before the amount: "dollar 22.5 million", "euro 3bn", as some wire copy writes.

A currency name normally follows its amount ("22.5 million dollars"); written in lower case right
before scaled digits it is the amount's currency too. Only a scaled amount qualifies ("euro 3bn",
"yen 300 billion", "dollar 5m"), so dates, times, scores, codes and plain counts after a currency
word ("against the dollar 1998", "the euro 2 years ago") are never read as money, and the name
must not be the subject of a sentence about the currency itself ("the dollar 1.2 percent higher":
a determiner before it, or a percent sign after the amount, is left to the caller to refuse).
"""

from __future__ import annotations

from services.processors.figures.language import linked_word
from services.processors.figures.lexicon import lexicon
from services.processors.figures.tokens import Token

# Names that are also common words or units before a number: "pound" (weight), "won" (a verb),
# "marks" ("marks 50 years"), "pence"/"quid" (never written first).
_NOT_BEFORE = frozenset(("pound", "pounds", "won", "marks", "pence", "quid"))
# A determiner or possessive before the name makes it the currency as a thing, not a unit.
_DETERMINERS = frozenset("the a an this that its their his her our weaker stronger weak strong".split())


def currency_name_before(tokens: list[Token], index: int, scaled: bool) -> tuple[str, int] | None:
    """(ISO code, token index) of a lower-case currency name directly before the number at
    tokens[index] ("dollar 22.5 million"), or None. ``scaled``: the number carries a scale
    word or letter ("22.5 million", "3bn", "5m"); without one nothing is read."""
    j = index - 1
    if not scaled or j < 0 or tokens[index].kind != "num" or tokens[index].adjacent:
        return None
    name = tokens[j]
    entry = lexicon().currencies.get(name.text)
    if name.kind != "word" or not name.text.islower() or len(name.text) < 3 or name.text in _NOT_BEFORE:
        return None
    if entry is None or entry[1] != "suffix":
        return None
    before = tokens[j - 1] if j >= 1 else None
    if before is not None and (before.kind == "num" or before.lower in _DETERMINERS):
        return None  # "30 dollars 20 cents", "the dollar 5bn"
    return entry[0], j


def currency_name_linked(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """(ISO code, last token) of a currency name joined by "de"/"di" or an elided "d'" at
    tokens[index] ("de euros", "d'euros"; see language.linked_word), or None. The caller reads
    it only after a scaled amount in a body that is not English ("3 millions d'euros"), since
    "de" also opens names."""
    linked = linked_word(tokens, index)
    if linked is None:
        return None
    name, last = linked
    entry = lexicon().currencies.get(name.lower())
    if entry is None or entry[1] not in ("suffix", "both") or len(name) < 3:
        return None
    return entry[0], last
