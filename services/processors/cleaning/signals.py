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
_NON_WORD = re.compile(r"[^\w]+")
_DIGITS = str.maketrans("0123456789", "0000000000")

MAX_SENTENCE_PROBE = 4000  # characters examined for sentence shape of a very long block


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English function words: their density separates prose from menus and link lists."""
    return frozenset((_DATA / "stopwords.txt").read_text(encoding="utf-8").split())


def normalise(text: str) -> str:
    """Lowercase, punctuation as spaces, whitespace collapsed; apostrophes split words."""
    return " ".join(_NON_WORD.sub(" ", text.lower()).replace("_", " ").split())


def repeat_form(text: str) -> str:
    """The form two copies of one furniture line share: normalised, every digit as 0."""
    return normalise(text).translate(_DIGITS)


def words(text: str) -> list[str]:
    """Whitespace-separated tokens."""
    return text.split()


def stopword_density(norm_words: list[str]) -> float:
    """Share of function words among the normalised words (0.0 for no words)."""
    if not norm_words:
        return 0.0
    stop = stopwords()
    return sum(1 for w in norm_words if w in stop) / len(norm_words)


def ends_like_sentence(text: str) -> bool:
    """Whether the block ends with terminal punctuation (closing quotes allowed)."""
    return bool(_SENTENCE_END.search(text[-8:]))


def is_sentence(text: str, n_words: int) -> bool:
    """A sentence: at least five words, some lowercase prose, terminal punctuation."""
    if n_words < 5 or not ends_like_sentence(text):
        return False
    probe = text[:MAX_SENTENCE_PROBE]
    lower = sum(1 for w in probe.split() if w[:1].islower())
    return lower >= 2


def is_title_like(text: str, n_words: int) -> bool:
    """A heading: 2-25 words, no terminal full stop, most content words capitalised or a short phrase."""
    if not 2 <= n_words <= 25 or text.endswith((".", ";", ",")):
        return False
    tokens = [w for w in text.split() if w[:1].isalpha()]
    if not tokens:
        return False
    stop = stopwords()
    content = [w for w in tokens if w.lower() not in stop]
    if not content:
        return False
    caps = sum(1 for w in content if w[:1].isupper())
    return caps / len(content) >= 0.6


def is_url_shaped(text: str) -> bool:
    """A bare address: a link someone pasted or a link list's residue."""
    return " " not in text and bool(_URL_SHAPE.match(text))


def has_letters(text: str) -> bool:
    """Whether any alphabetic character occurs (a block of only symbols is furniture)."""
    return any(c.isalpha() for c in text[:2000])


def is_initials(text: str) -> bool:
    """A lone run of 1-4 capitals (an editor's or photographer's initials, a stray tag)."""
    stripped = text.strip(" .,/-|")
    return 1 <= len(stripped) <= 4 and stripped.isalpha() and stripped.isupper()
