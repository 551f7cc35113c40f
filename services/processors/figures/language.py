"""Language: whether a body is English, so that English word readings are used only on English.

``is_english(tokens)`` reads at most PROBE_WORDS word tokens and says True while ENGLISH_SHARE_MIN
of them are English function words. Text of fewer than MIN_WORDS words is English unless it has
SHORT_WORDS_MIN words or more, a function word of another language and not one of English ("Die
Regierung schickte 200 Soldaten"; short English text, "Some 500 local residents filed
complaints", is the common case). Text of fewer than RELIABLE_WORDS words below the share is
English unless it holds more function words of another language than of English (a short
English sentence or a table of names can fall below the share by chance). German, French or Spanish news shares a few short
words with English ("in", "an", "die", "was") but stays far below the share English reaches
(about a third of its words).

``guess_language(tokens)`` names the language: "en" when ``is_english`` says so, else the one of
LANGUAGES ("fr", "de", "es", "it", "nl", "pt", "pl") whose own function words are most frequent
in the probe, or "" when none shows (the caller then reads numbers as English does).
"""

from __future__ import annotations

from services.processors.figures.tokens import Token

PROBE_WORDS = 400
MIN_WORDS = 8
SHORT_WORDS_MIN = 4
ENGLISH_SHARE_MIN = 0.12
RELIABLE_WORDS = 40
ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a in is was for that on with by at from as it he she his her they their this
    which an or not but be been were are has have had will would said its who after than more""".split()
)


# Function words of each language that English does not use (none is an English word, so that
# English text never counts them: Polish "i", "w", "z", Portuguese "a", "o", Italian "per" are left out).
FUNCTION_WORDS_BY_LANGUAGE = {
    "de": frozenset(
        "der die das den dem des und ist nicht mit von für auf eine einer sich im zu wurde wird auch".split()
    ),
    "fr": frozenset("le la les et est du une dans pour sur des au aux que qui avec sont de en".split()),
    "es": frozenset("el los las y del por para con una que de la en al se lo".split()),
    "it": frozenset("il lo gli della che una di del con sono la le al".split()),
    "nl": frozenset("het een van de zijn werd wordt voor heeft bij naar ook en".split()),
    "pt": frozenset("os das dos não uma com para pelo pela são também foi de da em que".split()),
    "pl": frozenset("się nie jest że oraz przez dla został została są był była które który także".split()),
}
LANGUAGES = tuple(FUNCTION_WORDS_BY_LANGUAGE)
# The words is_english counts as another language's.
OTHER_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS_BY_LANGUAGE.values())


def is_english(tokens: list[Token]) -> bool:
    """True when the words of ``tokens`` read as English (see the module docstring)."""
    words = 0
    hits = 0
    foreign = 0
    for token in tokens:
        if token.kind != "word":
            continue
        words += 1
        hits += token.lower in ENGLISH_FUNCTION_WORDS
        foreign += token.lower in OTHER_FUNCTION_WORDS
        if words >= PROBE_WORDS:
            break
    if words < MIN_WORDS:
        # a short text is English unless it has a function word of another language and none of English
        return words < SHORT_WORDS_MIN or hits > 0 or foreign == 0
    if hits >= ENGLISH_SHARE_MIN * words:
        return True
    # below RELIABLE_WORDS a low share is chance ("Tenants pay rents about one-quarter lower than
    # asked.", a leaderboard of names): another language must show more of its function words
    return words < RELIABLE_WORDS and foreign <= hits


def guess_language(tokens: list[Token]) -> str:
    """The language of ``tokens``: "en", one of LANGUAGES, or "" (see the module docstring)."""
    if is_english(tokens):
        return "en"
    counts = dict.fromkeys(LANGUAGES, 0)
    words = 0
    for token in tokens:
        if token.kind != "word":
            continue
        words += 1
        for language, function_words in FUNCTION_WORDS_BY_LANGUAGE.items():
            counts[language] += token.lower in function_words
        if words >= PROBE_WORDS:
            break
    best = max(LANGUAGES, key=lambda language: counts[language])  # the first of a tie
    return best if counts[best] > 0 else ""


# Prepositions that join a scaled amount to what it counts or its currency in Romance languages:
# "2 millions de personnes", "3 millions d'euros", "5 miliardi di euro", "2 billones de euros".
LINK_WORDS = frozenset(("de", "di", "d'", "d’"))


def linked_word(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """(word, token index) joined by "de"/"di" at tokens[index] or elided into it ("d'euros" is one
    token: "euros"), or None. The caller reads it only in a body that is not English."""
    if index >= len(tokens) or tokens[index].kind != "word":
        return None
    word = tokens[index].text
    if word[:2].lower() in LINK_WORDS and len(word) > 2:
        return word[2:], index
    if word.lower() in LINK_WORDS and index + 1 < len(tokens) and tokens[index + 1].kind == "word":
        return tokens[index + 1].text, index + 1
    return None
