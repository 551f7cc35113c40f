"""Currency names before the amount: "dollar 22.5 million", "euro 3bn", "pounds 198m", as some wire
copy and archives write.

A currency name normally follows its amount ("22.5 million dollars"); written right before the
digits it is the amount's currency too. A singular name qualifies only in lower case before a
scaled amount ("euro 3bn", "yen 300 billion", "dollar 5m"), so dates, times, scores, codes and
plain counts after it ("against the dollar 1998", "the euro 2 years ago") are never read as money,
and it must not be the subject of a sentence about the currency itself ("the dollar 1.2 percent
higher": a determiner before it, or a percent sign after the amount, is left to the caller to
refuse). A plural name is no currency as a thing, so it is read in any case, after a determiner
and before any amount that is no year ("Pounds 198m", "a dollars 240m deal", "up to pounds
2,000"), with the country written before it ("US dollars 5m", "Australian dollars 3bn").
"""

from __future__ import annotations

from services.processors.figures.language import linked_word
from services.processors.figures.lemmas import is_plural
from services.processors.figures.lexicon import lexicon
from services.processors.figures.tokens import Token

# Names that are also common words before a number: "won" (a verb), "marks" ("marks 50 years"),
# "pence"/"quid" (never written first). "pounds" is a weight only after its number ("200 pounds").
_NOT_BEFORE = frozenset(("won", "marks", "pence", "quid"))
# Singular names that no proper name or common word shares, read capitalised too ("Yen 5bn"); a
# capitalised "Rand" or "Sterling" may be a name.
_CAPITALISED = frozenset(("euro", "yen", "yuan", "dollar"))
# A determiner or possessive before the name makes it the currency as a thing, not a unit.
_DETERMINERS = frozenset("the a an this that its their his her our weaker stronger weak strong".split())


def currency_name_before(tokens: list[Token], index: int, scaled: bool) -> tuple[str, int] | None:
    """(ISO code, first token) of a currency name directly before the number at tokens[index]
    ("dollar 22.5 million", "pounds 2,000", "US dollars 5m"), or None. ``scaled``: the number
    carries a scale word or letter ("22.5 million", "3bn", "5m"); without one only a plural name
    is read, and not before a year-like number ("dollars 1998")."""
    j = index - 1
    if j < 0 or tokens[index].kind != "num" or tokens[index].adjacent:
        return None
    name = tokens[j]
    key = name.lower
    entry = lexicon().currencies.get(key)
    if name.kind != "word" or len(key) < 3 or key in _NOT_BEFORE or entry is None or entry[1] != "suffix":
        return None
    plural = is_plural(key)
    if not (name.text.islower() or (plural or key in _CAPITALISED) and name.text[1:] in (key[1:], key[1:].upper())):
        return None  # "Pounds 198m", "YEN 5BN"; "Rand 5m" may be a name
    if not scaled and (not plural or _year_like(tokens[index])):
        return None
    code, first = entry[0], j
    country = tokens[j - 1] if j >= 1 else None
    if country is not None and country.kind == "word" and f"{country.lower} {key}" in lexicon().currencies:
        code, first = lexicon().currencies[f"{country.lower} {key}"][0], j - 1  # "US dollars", "Swiss francs"
    before = tokens[first - 1] if first >= 1 else None
    if before is not None and (before.kind == "num" or not plural and before.lower in _DETERMINERS):
        return None  # "30 dollars 20 cents", "the dollar 5bn"
    return code, first


def _year_like(token: Token) -> bool:
    """True for four plain digits that may be a year ("1998"), never grouped ("1,998")."""
    return len(token.text) == 4 and token.text.isdigit() and 1000 <= int(token.text) <= 2100


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
