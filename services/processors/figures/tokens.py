"""Tokens: the body cut into words, digit runs and single symbols, with offsets.

The figure scanner works on tokens rather than on one large regex, so that every pattern is a
bounded look at a few neighbouring tokens. ``adjacent`` says whether a token touches the one
before it (no whitespace), which is how "B-52", "3bn" and "three-day" are recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.processors.figures.lexicon import lexicon

# Alternatives: digit groups split by spaces, thin or no-break spaces ("40 000", "40\u202f000"; every group is
# exactly three digits not followed by a fourth, so a failed group is given up at once); digit
# runs with ".," groups; a leading-dot decimal (".08"); a word (letters, one inner apostrophe;
# vulgar fractions are no letters, so "45¾p" is 45, ¾ and p, where "km²" stays one word);
# any other non-space character alone. No quantifier is nested over overlapping classes, and
# backtracking into the first alternative is bounded by three digits: linear time.
_TOKEN = re.compile(
    r"(?<![\w.,])[1-9]\d{0,2}(?:[ \u202f\u00a0\u2009]\d{3}(?![\d/]))+(?:\.\d+)?|\d+(?:[.,]\d+)*|(?<![\w.])\.\d+(?![.\d])|[^\W\d_¼-¾⅐-⅟↉]+(?:['’][^\W\d_¼-¾⅐-⅟↉]+)?|\S"
)
# A decimal comma, as continental Europe writes it: "1,2", "2,75" and "1.234,5" (dots group thousands).
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+,\d{1,2}")
# What makes such a comma decimal: a percent sign or word, a scale word or a currency (any in the
# lexicon) right after ("€1,2 million", "3,5 Prozent", "2,75%"), or a currency sign or ISO code
# just before ("€2,50", "EUR 2,50"). "1,200" never matches (three digits group thousands) and
# "items 1,2 and 3" has no cue, so lists stay lists.
_CUE_AFTER = re.compile(r"[ \u00a0]?(?:[%‰€$£¥₹₽]|[^\W\d_]{1,12}\b\.?)")
_CUE_WORDS = frozenset(
    """percent pct prozent procent million millions billion billions trillion bn mn mln bln tn m
    mio mrd tsd mio. mrd. tsd. millionen milliarden millones millions milliards miljoen miljard miljoner
    miljarder thousand k euro euros eur usd dollar dollars chf franken francs kr kronor kroner
    krone yen yuan rmb gbp pounds złoty zł zloty zlotys rubel rubles roubles lei forint""".split()
)
_CUE_BEFORE = frozenset("€$£¥₹₽")
_CUE_SIGNS = _CUE_BEFORE | {"%", "‰"}
_CENT_AFTER = {"per": " cent", "por": " ciento", "pour": " cent"}
_GROUPED = re.compile(
    r"\d{1,3}(?:[, \u202f\u00a0\u2009]\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: ``text == body[start:end]``; kind is "num", "word" or "sym"."""

    text: str
    start: int
    end: int
    kind: str
    adjacent: bool

    @property
    def lower(self) -> str:
        return self.text.lower()


def word_at(tokens: list[Token], i: int) -> str:
    """The lower-cased text of tokens[i] when it is a word, else "" (also out of range)."""
    return tokens[i].lower if 0 <= i < len(tokens) and tokens[i].kind == "word" else ""


def tokenize(body: str) -> list[Token]:
    """Split ``body`` into tokens. Digit runs grouped in thousands ("1,500,000") or in the
    South Asian lakh style ("12,34,567") are one number. Digit runs whose commas are not separators
    ("1,2,3") are split at the commas; runs with two or more dots (versions, IP addresses)
    are kept whole with kind "code" so they never become figures. A comma followed by one or two
    digits is a decimal comma when a percent, scale or currency word follows or a currency sign
    precedes ("3,5 Prozent", "€1,2 million"): such a token is one number, read by ``numbers.digit_value``."""
    tokens: list[Token] = []
    prev_end = -1
    for match in _TOKEN.finditer(body):
        text, start = match.group(), match.start()
        if text[0].isdigit() or (text[0] == "." and len(text) > 1):
            if _table_cells(body, text, match.end()):
                for cell in _SPACE_GROUP_CELL.finditer(text):
                    cell_start = start + cell.start()
                    touching = cell.start() == 0 and start == prev_end
                    tokens.append(Token(cell.group(), cell_start, start + cell.end(), "num", touching))
            elif _DECIMAL_COMMA.fullmatch(text) and _decimal_cue(body, start, match.end()):
                tokens.append(Token(text, start, match.end(), "num", start == prev_end))
            elif text.count(".") >= 2:
                tokens.append(Token(text, start, match.end(), "code", start == prev_end))
            elif _GROUPED.fullmatch(text):
                tokens.append(Token(text, start, match.end(), "num", start == prev_end))
            else:
                _split_commas(text, start, prev_end, tokens)
        else:
            kind = "word" if text[0].isalpha() else "sym"
            tokens.append(Token(text, start, match.end(), kind, start == prev_end))
        prev_end = match.end()
    return tokens


_SPACE_GROUP_CELL = re.compile(r"[^ \u202f\u00a0\u2009]+")
_NEXT_CELL = re.compile(r"[ \t\u00a0]+[\d.]")
_LINE_END = re.compile(r"[ \t]{0,80}(?:\r?\n|\Z)")
MAX_SPACE_GROUPS = 3  # "1 000 000" groups a million; see _table_cells for more groups


def _table_cells(body: str, text: str, end: int) -> bool:
    """True when the digits grouped by spaces in ``text`` are cells of a table row, not one
    number: another number follows on the same line ("113 114 113.7 112"), three groups or more
    of three digits each close their line, as cells of a row do and a number of a hundred million
    or more in running text, which a word, unit or full stop follows, does not ("Wheat 121 130
    121"; "12 500 euros", "1 234 567 residents", "a crowd of 121 500" stay one number), or the
    groups would make a number no news copy writes in digits ("219 216 220 216")."""
    groups = text.split()
    if len(groups) < 2:
        return False
    if _NEXT_CELL.match(body, end) is not None:
        return True
    if len(groups) >= 3 and len(groups[0]) == 3 and _LINE_END.match(body, end) is not None:
        return True
    # "1 414 021 100" is one number; "219 216 220 216" (three digits first, no group led by a
    # zero, a hundred billion or more) a row of cells
    return len(groups) > MAX_SPACE_GROUPS and len(groups[0]) == 3 and not any(g.startswith("0") for g in groups[1:])


def _decimal_cue(body: str, start: int, end: int) -> bool:
    if start > 0 and body[start - 1] in _CUE_BEFORE:
        return True
    code = body[max(0, start - 4) : start]
    if len(code) == 4 and code[3] == " " and code[:3].isupper() and (start == 4 or not body[start - 5].isalnum()):
        if code[:3].lower() in lexicon().currencies:
            return True  # "EUR 2,50", "CHF 3,20": an ISO code just before
    cue = _CUE_AFTER.match(body, end)
    if cue is None:
        return False
    word = cue.group().strip(" \u00a0").lower()
    if word in _CENT_AFTER:
        tail = _CENT_AFTER[word]  # "3,5 per cent", "3,5 por ciento", "3,5 pour cent"
        return body[cue.end() : cue.end() + len(tail)].lower() == tail
    bare = word.rstrip(".")  # "Mio." or a word closing the sentence
    if word in _CUE_WORDS or bare in _CUE_WORDS or word in _CUE_SIGNS:
        return True
    # a currency name or code; one- and two-letter ones ("p", "Y", "rm") and "won" are too often else
    return len(bare) >= 3 and bare != "won" and bare in lexicon().currencies


def is_decimal_comma(text: str) -> bool:
    """True for a number written with a decimal comma ("1,2", "1.234,5"); such text only reaches
    a "num" token when ``tokenize`` found a cue for it."""
    return _DECIMAL_COMMA.fullmatch(text) is not None


def _split_commas(text: str, start: int, prev_end: int, out: list[Token]) -> None:
    offset = start
    for index, piece in enumerate(text.split(",")):
        if index:
            out.append(Token(",", offset, offset + 1, "sym", True))
            offset += 1
        if piece:
            kind = "num" if _GROUPED.fullmatch(piece) else "code"
            out.append(Token(piece, offset, offset + len(piece), kind, offset == prev_end or index > 0))
        offset += len(piece)
