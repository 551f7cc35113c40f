"""Shape signals of one text block: the cues a copy editor reads at a glance.

Every function is linear in the block length and never raises on any ``str``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")

# Terminal punctuation of a sentence, optionally followed by closing quotes/brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]{0,3}$")
_URL_SHAPE = re.compile(r"^(?:https?://|www\.)\S{0,2000}$|^[\w.-]{1,200}\.[a-z]{2,6}/\S{0,2000}$", re.IGNORECASE)
_NON_ASCII_NON_WORD = re.compile(r"[^\w\x00-\x7f]+")
_LOWER_WORD = re.compile(r"(?:^|(?<= ))[a-zà-ÿ]")  # a word starting in lowercase (blocks have single spaces)

MAX_SENTENCE_PROBE = 4000  # characters examined for sentence shape of a very long block


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English function words: their density separates prose from menus and link lists."""
    return frozenset((_DATA / "stopwords.txt").read_text(encoding="utf-8").split())


# ASCII bytes that are not word characters (what the regex [\W_] matches), mapped to a space.
_ASCII_NON_WORD_AS_SPACE = bytes(c if chr(c).isalnum() else 0x20 for c in range(128)) + bytes(range(128, 256))


def normalise(text: str) -> str:
    """Lowercase, punctuation as spaces, whitespace collapsed; apostrophes split words."""
    lowered = text.lower()
    # ASCII punctuation by one C-level byte translation (UTF-8 bytes >= 0x80 pass unchanged); the
    # regex then only has the rare non-ASCII non-word characters left to replace.
    if lowered.isascii():
        return " ".join(lowered.encode("ascii").translate(_ASCII_NON_WORD_AS_SPACE).decode("ascii").split())
    spaced = lowered.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD_AS_SPACE).decode("utf-8", "surrogatepass")
    return " ".join(_NON_ASCII_NON_WORD.sub(" ", spaced).split())


def stopword_density(norm_words: list[str]) -> float:
    """Share of function words among the normalised words (0.0 for no words)."""
    if not norm_words:
        return 0.0
    return sum(map(stopwords().__contains__, norm_words)) / len(norm_words)


def ends_like_sentence(text: str) -> bool:
    """Whether the block ends with terminal punctuation (closing quotes allowed)."""
    return bool(_SENTENCE_END.search(text[-8:]))


def is_sentence(text: str, n_words: int) -> bool:
    """A sentence: at least five words, some lowercase prose, terminal punctuation."""
    if n_words < 5 or not ends_like_sentence(text):
        return False
    first = _LOWER_WORD.search(text, 0, MAX_SENTENCE_PROBE)
    return first is not None and _LOWER_WORD.search(text, first.end(), MAX_SENTENCE_PROBE) is not None


def is_url_shaped(text: str) -> bool:
    """A bare address: a link someone pasted or a link list's residue."""
    return " " not in text and bool(_URL_SHAPE.match(text))


def is_initials(text: str) -> bool:
    """A lone run of 1-4 capitals (an editor's or photographer's initials, a stray tag)."""
    stripped = text.strip(" .,/-|")
    return 1 <= len(stripped) <= 4 and stripped.isalpha() and stripped.isupper()
