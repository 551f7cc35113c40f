"""Occupation words opening a sentence before a person's name: "Broker Khurshid Alam said".

Wire copy puts a bare occupation before a name ("said broker Tariq Azmi"); at the start of a
sentence the word is capitalised and the model reads it as a given name ("Broker Tariq
Azmi"). ``occupations_before_names`` collects the article's lower-case common nouns (tag NN)
written right before a capitalised word, and cuts such a word off the start of a PERSON span
of three words or more when it opens the sentence. A word the article never writes in lower
case before a name stays ("Rose Tarvik").
"""

from __future__ import annotations

from dataclasses import replace

from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

_MIN_WORDS = 3


def occupations_before_names(toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` without a sentence-opening occupation word on a person's name (module docstring)."""
    text, lower = toks.text, toks.lower
    occupations = {
        lower[k]
        for k in range(len(toks) - 1)
        if toks.tag[k] == "NN" and text[k].isalpha() and text[k].islower() and text[k + 1][:1].isupper()
    }
    if not occupations:
        return spans
    out: list[NewsSpan] = []
    for span in spans:
        k = span.start
        opens = toks.sent_start[k] or k == 0 or "\n" in text[k - 1]
        if span.label == "PERSON" and span.end - k >= _MIN_WORDS and opens and lower[k] in occupations:
            span = replace(span, start=k + 1, start_char=toks.idx[k + 1])
        out.append(span)
    return out
