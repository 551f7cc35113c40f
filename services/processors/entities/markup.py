"""Wire markup: angle brackets an agency puts around company names and tickers.

Reuters-style wire marks a company it names in full as "<Williams Cos>" and gives a listed
company's ticker as "<WMB>". The marks around a name are layout, not text: ``blank_markup``
replaces them by spaces, so the model and the rules read "Williams Cos" and every offset still
points into the body unchanged. A ticker keeps its brackets: they tell the model it is no word
of the sentence (read bare, "WMB" or "AMR" is taken for a name; blanked whole, it joins the
names around it: "BankAmerica <BAC> Corp"). ``marked_names`` gives where the marked names are:
the wire has said each is one company (:mod:`marked_companies`).
"""

from __future__ import annotations

import re

MAX_MARKED_CHARS = 80

# Bounded: a ticker is one to five capitals, optionally a point and an exchange suffix.
_TICKER = re.compile(r"<[A-Z]{1,5}(?:\.[A-Z]{1,2})?>")
# Bounded: a marked name opens with a capital or a figure, holds no bracket and runs over at most
# three lines of at most MAX_MARKED_CHARS characters each (no blank line).
_MARKED = re.compile(rf"<([A-Z0-9][^<>\n]{{0,{MAX_MARKED_CHARS}}}(?:\n[^<>\n]{{1,{MAX_MARKED_CHARS}}}){{0,2}})>")


def marked_names(text: str) -> list[tuple[int, int]]:
    """Character ranges of the names the wire marks as companies (tickers excepted), in order."""
    if "<" not in text:
        return []
    return [m.span(1) for m in _MARKED.finditer(text) if not _TICKER.fullmatch(m.group())]


def blank_markup(text: str) -> str:
    """``text`` with the brackets of marked names (not of tickers) as spaces; same length."""
    if "<" not in text:
        return text
    return _MARKED.sub(lambda m: m.group() if _TICKER.fullmatch(m.group()) else f" {m.group(1)} ", text)
