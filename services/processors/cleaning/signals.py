"""Shape signals of one text block: the cues a copy editor reads at a glance.

Every function is linear in the block length and never raises on any ``str``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")

# Terminal punctuation of a sentence (Latin, CJK full-width, Arabic, Devanagari, Armenian, Ethiopic),
# optionally followed by closing quotes/brackets.
_SENTENCE_END = re.compile(r"[.!?…:;。！？｡．؟।॥։።][\"'”’»)\]」』）]{0,3}$")
# Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
_URL_SHAPE = re.compile(
    r"^(?:https?://|www\.)\S{0,2000}$|^[\w.-]{1,200}\.[a-z]{2,6}/\S{0,2000}$"
    r"|^[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.(?:com|org|net|news|info|gov|edu|co|uk|tv|io)$",  # a bare site name
    re.IGNORECASE,
)
_NON_ASCII_NON_WORD = re.compile(r"[^\w\x00-\x7f]+")
_LOWER_WORD = re.compile(r"(?:^|(?<= ))[a-zà-ÿ]")  # a word starting in lowercase (blocks have single spaces)

MAX_SENTENCE_PROBE = 4000  # characters examined for sentence shape of a very long block
UNSPACED_SENTENCE_CHARS = 12  # a sentence in a script without spaces: this many characters or more
CHARS_PER_UNSPACED_WORD = 2  # a Chinese or Japanese word is about two characters


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
    spaced = (
        lowered.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD_AS_SPACE).decode("utf-8", "surrogatepass")
    )
    return " ".join(_NON_ASCII_NON_WORD.sub(" ", spaced).split())


def stopword_density(norm_words: list[str]) -> float:
    """Share of function words among the normalised words (0.0 for no words)."""
    if not norm_words:
        return 0.0
    return sum(map(stopwords().__contains__, norm_words)) / len(norm_words)


def ends_like_sentence(text: str) -> bool:
    """Whether the block ends with terminal punctuation (closing quotes allowed)."""
    return bool(_SENTENCE_END.search(text[-8:]))


def unspaced_chars(text: str) -> int:
    """Characters of ``text`` (in its first MAX_SENTENCE_PROBE) from scripts written without spaces."""
    return 0 if text.isascii() else len(_UNSPACED.findall(text, 0, MAX_SENTENCE_PROBE))


def word_count(text: str) -> int:
    """Words of a whitespace-collapsed block: its spaced words, plus about one word per
    CHARS_PER_UNSPACED_WORD characters of a script written without spaces (so a Chinese sentence
    counts like an English one of the same content)."""
    if not text:
        return 0
    return text.count(" ") + 1 + unspaced_chars(text) // CHARS_PER_UNSPACED_WORD


def is_sentence(text: str, n_words: int) -> bool:
    """A sentence: at least five words, terminal punctuation, and some lowercase prose (in a script
    with letter case); in a script without case, the length alone (five words, or
    UNSPACED_SENTENCE_CHARS characters of an unspaced script)."""
    if n_words < 5 or not ends_like_sentence(text):
        return False
    first = _LOWER_WORD.search(text, 0, MAX_SENTENCE_PROBE)
    if first is not None and _LOWER_WORD.search(text, first.end(), MAX_SENTENCE_PROBE) is not None:
        return True
    if text.isascii():
        return False
    probe = text[:MAX_SENTENCE_PROBE]
    if sum(1 for word in probe.split(" ") if word[:1].islower()) >= 2:
        return True  # lowercase words of a cased script the ASCII-range pattern does not cover (Cyrillic, Greek)
    if unspaced_chars(probe) >= UNSPACED_SENTENCE_CHARS:
        return True
    return not any(c.isupper() or c.islower() for c in probe)  # a script without case (Arabic, Hebrew, Hindi)


def is_url_shaped(text: str) -> bool:
    """A bare address: a link someone pasted, a link list's residue or a site's name ("BVINEWS.COM")."""
    return " " not in text and bool(_URL_SHAPE.match(text))


def is_initials(text: str) -> bool:
    """A lone run of 1-4 capitals (an editor's or photographer's initials, a stray tag)."""
    stripped = text.strip(" .,/-|")
    return 1 <= len(stripped) <= 4 and stripped.isalpha() and stripped.isupper()
