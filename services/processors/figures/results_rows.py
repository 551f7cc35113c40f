"""Results rows: bare numbers of a sports results line, which are scores or times, not figures.

Wire sports copy lists results one competitor a line: "Greg Rowe (Australia) 68 69 70" (the
rounds of a golfer, after a full name and the country in brackets) and "65 Jim Hale (U.S.)" (a
leaderboard line that opens with the score). README: scores are no figures, nor are times.
``results_row(tokens, first, last, sentence_first)`` is True for such a number; it looks at a
bounded number of tokens around it and only at bare numbers (no unit, currency or percent).
"""

from __future__ import annotations

from services.processors.figures.cricket import cricket_score
from services.processors.figures.tokens import Token

MAX_ROW_NUMBERS = 8  # numbers of one row between the bracket and the number looked at
MAX_BRACKET_WORDS = 4
MAX_NAME_WORDS = 4


def results_row(tokens: list[Token], first: int, last: int, sentence_first: int) -> bool:
    """True when the bare number tokens[first:last+1] is a score or time of a results line."""
    if first != last or "," in tokens[first].text:
        return False
    if tokens[first].kind != "num":
        return _wickets_of_a_total(tokens, first, sentence_first)  # "287 for eight declared"
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.text[:1].islower():
        if not _wickets_of_a_total(tokens, first, sentence_first):
            return False  # "(Britain) 300 workers": something is counted
    return (
        _after_bracketed_name(tokens, first, sentence_first)
        or _opening_a_leaderboard_line(tokens, first, sentence_first)
        or _wickets_of_a_total(tokens, first, sentence_first)
    )


def _after_bracketed_name(tokens: list[Token], first: int, sentence_first: int) -> bool:
    """The number follows "Name (Country)", other bare numbers of the row between."""
    k = first - 1
    while k >= sentence_first and first - k <= MAX_ROW_NUMBERS and (tokens[k].kind == "num" or tokens[k].text == "-"):
        k -= 1  # "70 71 71 72 - 284": the rounds, then the total
    if k < sentence_first or tokens[k].text != ")":
        return False
    opening = _bracket_start(tokens, k, sentence_first)
    if opening is None or opening - 2 < sentence_first:
        return False
    # a competitor's full name, two capitalised words at least ("Jim Hale (Australia)"); one word
    # before a bracket is a commodity or product row of a price table ("Maize (Flint) 113 114")
    return all(tokens[j].kind == "word" and tokens[j].text[:1].isupper() for j in (opening - 2, opening - 1))


def _bracket_start(tokens: list[Token], close: int, sentence_first: int) -> int | None:
    """Index of the "(" of a bracket that names a country, closed at ``close``, else None."""
    k = close - 1
    while k >= sentence_first and close - k <= MAX_BRACKET_WORDS + 3:
        if tokens[k].text == "(":
            return k if _country_like(tokens[k + 1 : close]) else None
        k -= 1
    return None


def _country_like(inside: list[Token]) -> bool:
    """The tokens of a bracket name a country or team: title-case words ("South Africa"), an
    abbreviation of single letters ("U.S."), or one code of two or three capitals ("USA"); a
    share code with letters before its dot ("BA.N") is none."""
    if not inside or len(inside) > MAX_BRACKET_WORDS * 2:
        return False
    dotted = any(token.text == "." for token in inside)
    for token in inside:
        text = token.text
        if text in (".", "-"):
            continue
        if token.kind != "word" or not text[:1].isupper():
            return False
        title = len(text) >= 2 and text[1:].islower()
        letter = len(text) == 1 and dotted
        code = not dotted and len(inside) == 1 and 2 <= len(text) <= 3 and text.isupper()
        if not (title or letter or code):
            return False
    return True


def _opening_a_leaderboard_line(tokens: list[Token], first: int, sentence_first: int) -> bool:
    """The number opens its line and is followed by a name (capitalised words) and then the
    end of the line or a bracketed country: "65 Jim Hale (U.S.)"."""
    if first != sentence_first:
        return False
    k = first + 1
    names = 0
    while k < len(tokens) and names < MAX_NAME_WORDS and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
        names += 1
        k += 1
    if names < 2:
        return False
    return k < len(tokens) and tokens[k].text == "(" and _bracket_end(tokens, k)


def _bracket_end(tokens: list[Token], opening: int) -> bool:
    """True when the "(" at ``opening`` is closed and names a country (see _country_like)."""
    for k in range(opening + 1, min(len(tokens), opening + MAX_BRACKET_WORDS * 2 + 2)):
        if tokens[k].text == ")":
            return _country_like(tokens[opening + 1 : k])
    return False


def _wickets_of_a_total(tokens: list[Token], first: int, sentence_first: int) -> bool:
    """The number is a cricket total after a team or its wickets: "Pakistan 250 for 5", "India
    287 for eight declared" (both numbers); "a fine of 250 for 5 people" counts."""
    if first - 3 >= sentence_first and tokens[first - 1].lower == "for" and cricket_score(tokens, first - 2):
        return True
    return first - 1 >= sentence_first and cricket_score(tokens, first)
