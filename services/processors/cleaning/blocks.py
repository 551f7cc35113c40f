"""Splitting input text into blocks: one per line, or one per paragraph for hard-wrapped copy."""

from __future__ import annotations

from dataclasses import dataclass

from services.processors.cleaning.signals import is_sentence, normalise, stopword_density

WRAP_MIN, WRAP_MAX = 45, 100  # line lengths typical of copy hard-wrapped at a fixed column
MAX_BLOCKS = 20_000  # beyond this, the remaining lines are folded into the last block


@dataclass(frozen=True)
class Block:
    """One block of input with the shape signals every later step reads."""

    position: int
    text: str
    norm: str
    n_words: int
    sentence: bool
    density: float
    labelled: bool  # a label separator (':' or '|') within the first 40 characters


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Copy wrapped at a fixed column: most lines mid-length and ending mid-sentence."""
    filled = [ln for ln in lines if ln]
    if len(filled) < 4 or len(filled) == len(lines):
        return False  # without blank lines there is no paragraph structure to rebuild
    wrapped = sum(1 for ln in filled if WRAP_MIN <= len(ln) <= WRAP_MAX and ln[-1] not in ".!?\"”’:")
    return wrapped / len(filled) >= 0.5


def split_lines(content: str) -> list[str]:
    """Non-empty blocks of ``content``, whitespace collapsed, in order."""
    lines = [" ".join(ln.split()) for ln in content.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if _is_hard_wrapped(lines):
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


def make_block(position: int, text: str) -> Block:
    """A block with its signals computed."""
    norm = normalise(text)
    norm_words = norm.split()
    n_words = len(text.split())
    head = text[:40]
    return Block(
        position=position,
        text=text,
        norm=norm,
        n_words=n_words,
        sentence=is_sentence(text, n_words),
        density=stopword_density(norm_words),
        labelled=":" in head or "|" in head,
    )


def split_blocks(content: str) -> list[Block]:
    """The blocks of ``content``; ``position`` is the index among them."""
    return [make_block(i, text) for i, text in enumerate(split_lines(content))]
