"""Shape signals of one text block: the cues a copy editor reads at a glance.

Every function is linear in the block length and never raises on any ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")

# Terminal punctuation of a sentence (Latin, CJK full-width, Arabic, Devanagari, Armenian, Ethiopic,
# Myanmar, Khmer, Tibetan), optionally followed by closing quotes/brackets in any typographic
# convention: English ” ’, German “ ‘ and « ‹ (»Zitat.«), French » › set off by a (no-break) space
# ("effet. »").
# Invisible format characters a page may leave after the mark (zero-width space, direction marks,
# U+2063 INVISIBLE SEPARATOR) do not hide a sentence's end.
_SENTENCE_END = re.compile(
    r"(?:[.!?…:;。！？｡．؟।॥։።။។៕།][ \u00a0\u202f]?[\"'”’“‘»«›‹)\]」』）]{0,3}[\u200b-\u200f\u2060-\u2064\ufeff]{0,2}"
    r"|\w[.!?…]? ?[\U0001F600-\U0001F64F\U0001F910-\U0001F92F\U0001F970-\U0001F97A\u263A][\ufe0f]?)$"
)  # a blog's sentence may end on a smiley instead of a stop: "... und das gefällt mir 😉" (a label's 🔥 ends none)
# Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
# Thai and Lao end a sentence with a space and a paragraph with nothing: no mark tells their prose.
_UNPUNCTUATED = re.compile(r"[\u0e00-\u0eff]")
_URL_SHAPE = re.compile(
    r"^(?:https?://|www\.)\S{0,2000}$|^[\w.-]{1,200}\.[a-z]{2,6}/\S{0,2000}$"
    r"|^[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.(?:com|org|net|news|info|gov|edu|co|uk|tv|io)$",  # a bare site name
    re.IGNORECASE,
)
_NON_ASCII_NON_WORD = re.compile(r"[^\w\x00-\x7f]+")
_LOOKALIKE_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # Greek and Cyrillic, whose letters pass for Latin ones
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LOWER_WORD = re.compile(r"(?:^|(?<= ))[a-zà-ÿ]")  # a word starting in lowercase (blocks have single spaces)

MAX_SENTENCE_PROBE = 4000  # characters examined for sentence shape of a very long block
UNSPACED_SENTENCE_CHARS = 12  # a sentence in a script without spaces: this many characters or more
CHARS_PER_UNSPACED_WORD = 2  # a Chinese or Japanese word is about two characters
UNPUNCTUATED_SENTENCE_CHARS = 100  # a Thai or Lao paragraph; its headlines and menu items are shorter


ENGLISH = "English"
# The page's language is read from at most this many words of its long blocks.
LANGUAGE_PROBE_WORDS = 2000
# English stays the page's language while this share of the probed words are English function words
# (English prose: 0.3 to 0.6; German, French or Spanish prose: under 0.1).
ENGLISH_DENSITY_MIN = 0.15
# Another language is taken only when its stoplist covers this share of the probed words: prose in
# the language itself gives 0.45 to 0.55, a related language's list (Papiamento read as Aromanian)
# or a page mixing languages under 0.3, and there a wrong list would count headlines as prose.
FOREIGN_DENSITY_MIN = 0.35


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English function words: their density separates prose from menus and link lists."""
    return frozenset((_DATA / "stopwords.txt").read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def _stoplist_index() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """(language names, word -> indexes of the languages whose stoplist holds it) over jusText's
    stoplists (about 100 languages; its English and Simple English lists left out: English is
    read with our own list), normalised as blocks are. Built once per process; empty without jusText."""
    try:
        import justext  # type: ignore[import-untyped]  # trafilatura's dependency, untyped
    except ImportError:  # pragma: no cover - installed with trafilatura
        return (), {}
    names: list[str] = []
    index: dict[str, list[int]] = {}
    for name in sorted(justext.get_stoplists()):
        if name in (ENGLISH, "Simple_English"):
            continue
        for word in _normalised_stoplist(name):
            index.setdefault(word, []).append(len(names))
        names.append(name)
    return tuple(names), {word: tuple(ids) for word, ids in index.items()}


@lru_cache(maxsize=128)
def _normalised_stoplist(name: str) -> frozenset[str]:
    import justext

    return frozenset(word for entry in justext.get_stoplist(name) for word in normalise(entry).split())


def stoplist(language: str) -> frozenset[str]:
    """The function words of ``language`` (a jusText stoplist name; ENGLISH is our own list)."""
    return stopwords() if language == ENGLISH else _normalised_stoplist(language)


def page_language(token_lists: Iterable[list[str]]) -> str:
    """The language whose function words a page's long blocks use (``token_lists``: their
    normalised words, in page order; LANGUAGE_PROBE_WORDS of them are read): ENGLISH while
    ENGLISH_DENSITY_MIN of the words are English function words; else the jusText stoplist with the
    most hits among the words that are no English function word (some stoplists, drawn from
    Wikipedia, hold English words too), provided it covers FOREIGN_DENSITY_MIN of all the words;
    else ENGLISH (the former behaviour: no list fits the page)."""
    english = stopwords()
    names, index = _stoplist_index()
    probe: list[str] = []
    for tokens in token_lists:
        probe.extend(tokens[: LANGUAGE_PROBE_WORDS - len(probe)])
        if len(probe) >= LANGUAGE_PROBE_WORDS:
            break
    if not probe or not names or stopword_density(probe) >= ENGLISH_DENSITY_MIN:
        return ENGLISH
    hits = [0] * len(names)
    for token in probe:
        if token not in english:
            for i in index.get(token, ()):
                hits[i] += 1
    language = names[max(range(len(hits)), key=hits.__getitem__)]
    return language if stopword_density(probe, stoplist(language)) >= FOREIGN_DENSITY_MIN else ENGLISH


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


def stopword_density(norm_words: list[str], words: frozenset[str] | None = None) -> float:
    """Share of function words (``words``, English by default) among the normalised words (0.0 for no words)."""
    if not norm_words:
        return 0.0
    return sum(map((stopwords() if words is None else words).__contains__, norm_words)) / len(norm_words)


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
    UNSPACED_SENTENCE_CHARS characters of an unspaced script). Thai and Lao set no mark at a
    sentence's end: there UNPUNCTUATED_SENTENCE_CHARS of their letters make a sentence without one."""
    if n_words < 5:
        return False
    if not ends_like_sentence(text):
        return (
            not text.isascii()
            and len(_UNPUNCTUATED.findall(text, 0, MAX_SENTENCE_PROBE)) >= UNPUNCTUATED_SENTENCE_CHARS
        )
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


def has_disguised_words(text: str) -> bool:
    """Whether ``text`` spells words with Latin and look-alike Greek or Cyrillic letters mixed
    ("Аdvеrtіѕе wіth uѕ"): ad copy disguised from filters. No language writes one word in two
    scripts, so two such words that are at least a fifth of the words are enough."""
    if not _LOOKALIKE_LETTER.search(text):
        return False
    words = text.split()
    mixed = sum(1 for word in words if _LOOKALIKE_LETTER.search(word) and _LATIN_LETTER.search(word))
    return mixed >= 2 and mixed * 5 >= len(words)
