"""Splitting input text into blocks: one per line, or one per paragraph for hard-wrapped copy."""

from __future__ import annotations

from typing import NamedTuple

from services.processors.cleaning.signals import (
    ENGLISH,
    is_sentence,
    normalise,
    page_language,
    stoplist,
    stopword_density,
    word_count,
)

STAMP_LINE_WORDS = 5  # "il y a 3 h"
ABBREVIATION_CHARS = 5  # "Std.", "min."
WRAP_MIN, WRAP_MAX = 45, 100  # line lengths typical of copy hard-wrapped at a fixed column
MAX_BLOCKS = 20_000  # beyond this, the remaining lines are folded into the last block
_WRAPPED_LINE_ENDS = frozenset('.!?"”’:;')
# Soft hyphens, zero-width spaces, word joiners and byte-order marks: hints
# for where a line may break, invisible on the page. Left in, "Veröf\u00adfent\u00adlichung" is no
# word a reader can search for. Joiners that shape a script (ZWJ, ZWNJ) and direction marks stay.
_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u2060\ufeff"))
DENSITY_MIN_WORDS = 15  # shorter blocks are judged by sentence shape; density is only read beyond this


class Block(NamedTuple):
    """One block of input with the shape signals every later step reads (a tuple: cheap to build)."""

    text: str
    norm: str
    n_words: int  # signals.word_count: spaced words, plus one per two characters of an unspaced script
    sentence: bool
    density: float  # stopword density in the page's language; only for blocks of DENSITY_MIN_WORDS or more, else 0.0
    labelled: bool  # a label separator (':' or '|') within the first 40 characters
    tokens: list[str]  # norm.split(), split once here because every classifier step reads the words


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Copy wrapped at a fixed column: most lines mid-length and ending mid-sentence."""
    filled = [ln for ln in lines if ln]
    if len(filled) < 4 or len(filled) == len(lines):
        return False  # without blank lines there is no paragraph structure to rebuild
    wrapped = sum(1 for ln in filled if WRAP_MIN <= len(ln) <= WRAP_MAX and ln[-1] not in '.!?"”’:')
    return wrapped / len(filled) >= 0.5


def _join_wrapped_lines(lines: list[str]) -> list[str]:
    """Lines of a page whose story alone was hard-wrapped, joined where a sentence visibly runs on:
    a line of wrap length that ends mid-sentence followed by one that opens in lowercase. (Lists
    and headlines open in capitals, so they stay apart; this is the local form of ``_is_hard_wrapped``.)
    A short line with a number and no sentence end is a stamp under a headline ("vor 2 Stunden",
    "il y a 3 h", "hace 5 min"), not the end of a wrapped sentence, and stays apart too."""
    joined: list[str] = []
    previous = ""
    for line in lines:
        if joined and line[:1].islower() and _runs_on(previous) and not _is_stamp_line(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
        previous = line
    return joined


def _is_stamp_line(line: str) -> bool:
    """At most STAMP_LINE_WORDS words, one of them with a digit, no final stop but an abbreviation's
    ("vor 2 Std."; "... in 2019." ends a sentence)."""
    words = line.split()
    if len(words) > STAMP_LINE_WORDS or not any(c.isdigit() for c in line):
        return False
    last = words[-1]
    return last[-1] not in ".!?" or last[-1] == "." and last[:-1].isalpha() and len(last) <= ABBREVIATION_CHARS


def _runs_on(line: str) -> bool:
    """Whether ``line`` looks cut at a fixed column: wrap length, no sentence or clause end."""
    return WRAP_MIN <= len(line) <= WRAP_MAX and line[-1] not in _WRAPPED_LINE_ENDS


def split_lines(content: str) -> list[str]:
    """Non-empty blocks of ``content``, whitespace collapsed and invisible breaking hints
    (_INVISIBLE) removed, in order."""
    content = content.translate(_INVISIBLE)
    lines = [" ".join(ln.split()) for ln in content.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if not _is_hard_wrapped(lines):
        lines = _join_wrapped_lines(lines)
    else:
        paragraphs: list[str] = []
        current: list[str] = []
        for line in lines + [""]:
            if line:
                current.append(line)
            elif current:
                paragraphs.append(" ".join(current))
                current = []
        lines = paragraphs
    texts = [ln for ln in lines if ln]
    if len(texts) > MAX_BLOCKS:
        texts = texts[: MAX_BLOCKS - 1] + [" ".join(texts[MAX_BLOCKS - 1 :])]
    return texts


def make_block(text: str) -> Block:
    """A block with its signals computed (whitespace in ``text`` is collapsed first if needed)."""
    if "  " in text or "\t" in text or "\n" in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    norm = normalise(text)
    tokens = norm.split()
    n_words = word_count(text)
    head = text[:40]
    return Block(
        text, norm, n_words,
        n_words >= 5 and is_sentence(text, n_words),
        stopword_density(tokens) if n_words >= DENSITY_MIN_WORDS else 0.0,
        ":" in head or "|" in head,
        tokens,
    )  # fmt: skip


def make_blocks(texts: list[str]) -> list[Block]:
    """Blocks for ``texts`` in order (a block's position is its index). Repeated lines are analysed
    once and share one Block. Stopword density is read in the page's language (signals.page_language
    over its long blocks): a German page's prose is as dense in German function words as an English
    page's is in English ones."""
    built = {text: make_block(text) for text in dict.fromkeys(texts)}
    long_blocks = [block for block in built.values() if block.n_words >= DENSITY_MIN_WORDS]
    language = page_language(block.tokens for block in long_blocks)
    if language != ENGLISH:
        words = stoplist(language)
        for block in long_blocks:
            built[block.text] = block._replace(density=stopword_density(block.tokens, words))
    return [built[text] for text in texts]


def split_blocks(content: str) -> list[Block]:
    """The blocks of ``content``, in order."""
    return make_blocks(split_lines(content))
