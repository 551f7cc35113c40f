"""Hard line wraps: the view of a body that the model and the rules read.

Agency wire keeps its column wrapping (~70 characters a line, paragraphs opened by an indented
line), so a name can straddle a line break ("Paul\\nVolcker", "International Monetary\\nFund")
and every line-based rule would read half a sentence. ``unwrap`` replaces each wrap (a single
line break inside a paragraph) by one space, so the view has the body's length and every offset
into it points into the body unchanged.

A break is a wrap only in a hard-wrapped body: its longest line is at most ``MAX_WRAP_WIDTH``
characters and the breaks that pass the tests below are at least ``MIN_WRAPPED_LINES`` and at
least ``WRAPPED_LINE_SHARE`` of its non-blank lines (wire paragraphs run two to five full lines;
a scoreboard, a table or a list of one-line items has a few long lines among many short ones).
A break is a wrap only when

- the line before it is full (``FULL_LINE_SHARE`` of the longest line): a short line is a
  headline, a dateline, a sign-off or the last line of a paragraph;
- the line before it does not end a sentence (".", "!", "?", ":" or ";", save the point of an
  initial or abbreviation such as "R." or "U.S."): text set one sentence a line is not wrapped,
  and a name never straddles a sentence end;
- the line after it is not blank and not indented (an indented line opens a paragraph);
- neither line looks like a list item (bullet or number first) or a table row (a tab, or a run
  of three spaces inside the line);
- the two lines have the same case shape: an all-capitals headline is never glued to mixed-case
  body text, or the reverse.
"""

from __future__ import annotations

import re

MAX_WRAP_WIDTH = 100
FULL_LINE_SHARE = 0.6
MIN_WRAPPED_LINES = 3
WRAPPED_LINE_SHARE = 0.4

# Bounded: one bullet, or at most three digits before ")" or ".", then a space.
_LIST_ITEM = re.compile(r"(?:[-*\u2022\u00b7\u2013\u2014>]\s|\d{1,3}[.)]\s)")
# A line's end that closes a sentence: a point after a lower-case letter, a digit, a space or a closing
# mark; or "!", "?", ":", ";", optionally followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"(?:[\sa-z0-9)\]%]\.|[!?:;])[\"'\u201d\u2019)\]]{0,2}$")
_TABLE_GAP = re.compile(r"\S(?:\t| {3})")


def unwrap(body: str) -> str:
    """``body`` with each hard wrap replaced by a space; same length, other characters unchanged.

    A body that is not hard-wrapped (long lines, too few full lines) is returned as is.
    """
    if "\n" not in body:
        return body
    lines = body.split("\n")
    lengths = [len(line.rstrip()) for line in lines]
    width = max(lengths)
    if width > MAX_WRAP_WIDTH:
        return body
    full = FULL_LINE_SHARE * width
    breaks = [
        index
        for index in range(len(lines) - 1)
        if lengths[index] >= full and lines[index + 1].strip() and _joinable(lines[index], lines[index + 1])
    ]
    if len(breaks) < max(MIN_WRAPPED_LINES, WRAPPED_LINE_SHARE * sum(1 for line in lines if line.strip())):
        return body
    chars = list(body)
    offset = 0
    ends: dict[int, int] = {}
    for index, line in enumerate(lines):
        offset += len(line)
        ends[index] = offset  # the position of the line break after line ``index``
        offset += 1
    for index in breaks:
        chars[ends[index]] = " "
    return "".join(chars)


def _joinable(line: str, following: str) -> bool:
    """Whether ``following`` continues the paragraph that ``line`` (a full line) is part of."""
    if following[0].isspace() or _SENTENCE_END.search(line.rstrip()):
        return False
    if _LIST_ITEM.match(following) or _LIST_ITEM.match(line.lstrip()):
        return False
    if _TABLE_GAP.search(line.strip()) or _TABLE_GAP.search(following.strip()):
        return False
    return _all_capitals(line) == _all_capitals(following)


def _all_capitals(line: str) -> bool:
    """A line with letters and no lower-case letter (a wire headline)."""
    return any(c.isalpha() for c in line) and not any(c.islower() for c in line)
