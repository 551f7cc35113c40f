"""Range words by language: what joins the two ends of a range, and the pair that brackets one.

English writes "25 to 30" and "between 25 and 30"; the languages that language.guess_language
names write "2 à 3", "2 bis 3", "2 a 3", "2 tot 3", "od 2 do 3" and "entre 2 et 3", "zwischen 2
und 3", "entre 2 y 3", "tra 2 e 3", "tussen 2 en 3", "entre 2 e 3", "między 2 a 3". Only the
body's own language is read, so an English "a" or "e" never joins two numbers.
"""

from __future__ import annotations

TO_WORDS = {
    "fr": frozenset(("à",)),
    "de": frozenset(("bis",)),
    "es": frozenset(("a",)),
    "it": frozenset(("a",)),
    "nl": frozenset(("tot",)),
    "pt": frozenset(("a",)),
    "pl": frozenset(("do",)),
}
# (word before the low end, word between the ends)
BETWEEN_PAIRS = {
    "en": frozenset((("between", "and"),)),
    "fr": frozenset((("entre", "et"),)),
    "de": frozenset((("zwischen", "und"),)),
    "es": frozenset((("entre", "y"),)),
    "it": frozenset((("tra", "e"), ("fra", "e"))),
    "nl": frozenset((("tussen", "en"),)),
    "pt": frozenset((("entre", "e"),)),
    "pl": frozenset((("między", "a"),)),
}


def joins_range(word: str, language: str) -> bool:
    """True when the lower-cased ``word`` joins the ends of a range in ``language`` other than
    English ("bis" in "de"); English connectors are the caller's own."""
    return word in TO_WORDS.get(language, ())


def opens_between(word: str, language: str) -> bool:
    """True when the lower-cased ``word`` opens a bracketed range in English (in any body, as
    before) or in ``language`` ("between", "zwischen")."""
    return any(opener == word for opener, _ in _pairs(language))


def between_pair(opener: str, joiner: str, language: str) -> bool:
    """True when ``opener`` ... ``joiner`` (lower-cased) bracket a range in English or in
    ``language`` ("between ... and", "entre ... et")."""
    return (opener, joiner) in _pairs(language)


def _pairs(language: str) -> frozenset[tuple[str, str]]:
    return BETWEEN_PAIRS["en"] | BETWEEN_PAIRS.get(language, frozenset())
