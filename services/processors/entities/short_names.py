"""A company's short name: "Newmont Mining Corp" ... "Newmont said".

A story names a company in full once ("Newmont Mining Corp", "Russ Berrie and Co Inc") and
then by its short form, which the model, reading the word alone, often calls a place or a
person ("Newmont" as GPE, "Russ Berrie" as PERSON). ``company_short_forms`` takes every ORG
span ending in a company designator (``data/bodies.json``: "Corp", "Inc", "Plc", "AG"...),
drops the designators (and an "and"/"&" before them) and reads the leading words of the rest
as the company's short forms ("Newmont", "Newmont Mining"), and so are those of the rest after
a short prefix in capitals ("LM Ericsson AB" -> "Ericsson"; a country is no prefix: "US
Steel"), and so are those of the rest after a founder's given name ("Henry Ansbacher Holdings
Plc" -> "Ansbacher"). Any span of the article written exactly so (or, for a form of two words or
more, so in capitals: an all-caps headline) becomes an ORG, and untagged occurrences become ORG
spans.

A leading word that is a common given name ("John Lewis Plc": not "John"), a title word, or a
lexicon term ("China Steel Corp": "China" stays the country; "British Airways Plc": "British"
stays a demonym) is no short form; gazetteer and title spans are never relabelled. A span of
designators alone after a name and "and" closes that name: the model's "Russ Berrie" (PERSON)
"and" "Co Inc" (ORG) is one ORG, and a name the model stops right before untagged
designators takes them ("Dow Chemical" "Co" -> "Dow Chemical Co"; "National Amusements" ","
"Inc" -> "National Amusements, Inc"), but not a date the model ran
into the name ("March 4 - Williams" DATE + "Cos" -> "Williams Cos"). A name of two words or
more closing with a designator is an ORG whatever the model called it ("Kloof Gold Mining Co"
as PERSON, "March 9 - Southern Co" as DATE: without the date), and a name, "of", a place and
designators make one ("Gold Fields of South Africa Ltd", which the model reads as a person and
a place).
"""

from __future__ import annotations

from collections.abc import Sequence

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.neighbours import trim_neighbours
from services.processors.entities.repeats import organisation_everywhere
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens

_MAX_SHORT_WORDS = 4
#: Longest prefix in capitals a company's name may open with ("LM Ericsson AB", "PT Timor").
_MAX_PREFIX_LETTERS = 3
_JOINERS = frozenset({"and", "&", ",", "."})


def company_short_forms(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with the short forms of the article's companies made ORG (module docstring)."""
    spans = _take_designators(toks, _join_designators(toks, _comma_designators(toks, spans, lexicon), lexicon), lexicon)
    spans = _designated_companies(toks, _join_places(toks, spans, lexicon), lexicon)
    short = _short_forms(toks, spans, lexicon)
    # An all-capitals headline writes the short form in capitals ("HENRY ANSBACHER HAS 51 PCT").
    short |= {tuple(word.upper() for word in form) for form in short if len(form) >= 2}
    return organisation_everywhere(
        toks, spans, short, lambda span, _words: span.source not in ("gazetteer", "title"), free_left=False
    )


def _join_designators(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """A span of designators only ("Co Inc") after a name and "and"/"&" closes that name:
    "Russ Berrie" (PERSON) "and" "Co Inc" (ORG) is one ORG, "Russ Berrie and Co Inc"."""
    designators = lexicon.company_designators
    text = toks.text
    by_end = {s.end: s for s in spans}
    merged: dict[int, NewsSpan] = {}
    dropped: set[int] = set()
    for span in spans:
        if not all(text[k] in designators for k in range(span.start, span.end)) or span.start < 2:
            continue
        if text[span.start - 1] not in ("and", "&"):
            continue
        name = by_end.get(span.start - 1)
        if name is None or name.source in ("gazetteer", "title") or name.start in dropped:
            continue
        joined = NewsSpan(name.start, span.end, name.start_char, span.end_char, "ORG", name.source)
        merged[name.start] = joined
        dropped.add(span.start)
    if not merged:
        return spans
    out = []
    for span in spans:
        if span.start in dropped:
            continue
        out.append(merged.get(span.start, span))
    return out


def _comma_designators(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """Capitalised designators after a name and a comma close that name: "National Amusements"
    "," "Inc" (untagged, or a span of designators only) -> "National Amusements, Inc" (ORG);
    gazetteer and title spans excepted."""
    designators = lexicon.company_designators
    text, n = toks.text, len(toks)
    owner = {k: s for s in spans for k in range(s.start, s.end)}
    joined: dict[int, NewsSpan] = {}
    absorbed: set[int] = set()
    for span in spans:
        k = span.end
        if span.source in ("gazetteer", "title") or k + 1 >= n or text[k] != "," or k in owner:
            continue
        end = k + 1
        while end < n and text[end] in designators and text[end][:1].isupper():
            end += 1
        if end == k + 1:
            continue
        others = {owner[j] for j in range(k + 1, end) if j in owner}
        if any(o.end > end or not all(text[j] in designators for j in range(o.start, o.end)) for o in others):
            continue
        joined[span.start] = _company(toks, span.start, end, span.source, lexicon)
        absorbed.update(o.start for o in others)
    if not joined:
        return spans
    return [joined.get(s.start, s) for s in spans if s.start not in absorbed]


def _take_designators(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """A name the model stops right before untagged designators takes them and is an ORG:
    "The Dow Chemical" + "Co" -> "Dow Chemical Co" (gazetteer and title spans excepted)."""
    designators = lexicon.company_designators
    covered = {k for s in spans for k in range(s.start, s.end)}
    text, n = toks.text, len(toks)
    out = []
    for span in spans:
        end = span.end
        while end < n and end not in covered and text[end] in designators and text[end][:1].isupper():
            end += 1
        if end > span.end and span.source not in ("gazetteer", "title"):
            span = _company(toks, span.start, end, span.source, lexicon)
        out.append(span)
    return out


def _join_places(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """A name, "of", a place and untagged designators are one company: "Gold Fields" (PERSON)
    "of" "South Africa" (GPE) "Ltd" -> "Gold Fields of South Africa Ltd" (ORG); the name is
    no gazetteer or title span."""
    designators = lexicon.company_designators
    text, n = toks.text, len(toks)
    by_start = {s.start: s for s in spans}
    covered = {k for s in spans for k in range(s.start, s.end)}
    joined: dict[int, NewsSpan] = {}
    absorbed: set[int] = set()
    for span in spans:
        if span.source in ("gazetteer", "title") or span.end + 1 >= n or text[span.end] != "of":
            continue
        place = by_start.get(span.end + 1)
        if place is None or place.label not in ("GPE", "LOC"):
            continue
        end = place.end
        while end < n and end not in covered and text[end] in designators and text[end][:1].isupper():
            end += 1
        if end == place.end:
            continue
        joined[span.start] = NewsSpan(span.start, end, span.start_char, toks.end[end - 1], "ORG", span.source)
        absorbed.add(place.start)
    if not joined:
        return spans
    return [joined.get(s.start, s) for s in spans if s.start not in absorbed]


def _designated_companies(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """A name of two words or more closing with a capitalised designator is a company, whatever
    the model called it: "Kloof Gold Mining Co" (PERSON) -> ORG (gazetteer and title spans
    excepted)."""
    designators = lexicon.company_designators
    text = toks.text
    out = []
    for span in spans:
        last = text[span.end - 1]
        if (
            span.label != "ORG"
            and span.end - span.start >= 2
            and last in designators
            and last[:1].isupper()
            and span.source not in ("gazetteer", "title")
        ):
            span = _company(toks, span.start, span.end, span.source, lexicon)
        out.append(span)
    return out


def _company(toks: DocTokens, start: int, end: int, source: str, lexicon: Lexicon) -> NewsSpan:
    """The ORG span of tokens ``[start, end)`` without a date the model ran into the name
    ("March 4 - Williams Cos"): the name starts after the date and its dash."""
    start, end = trim_neighbours(toks, start, end, "ORG", lexicon)
    while start < end - 1 and toks.punct[start]:
        start += 1
    return NewsSpan(start, end, toks.idx[start], toks.end[end - 1], "ORG", source)


def _short_forms(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> set[tuple[str, ...]]:
    designators = lexicon.company_designators
    short: set[tuple[str, ...]] = set()
    for span in spans:
        if span.label != "ORG":
            continue
        words = toks.text[span.start : span.end]
        end = len(words)
        while end > 0 and (words[end - 1] in designators or words[end - 1] in _JOINERS):
            end -= 1
        if end == len(words) or end == 0:
            continue
        # "LM Ericsson AB" -> "Ericsson": a short prefix in capitals before the company's name
        # ("US Steel Corp" is not "Steel": a country is no prefix).
        first = words[0]
        if (
            end >= 2
            and first.isupper()
            and first.isalpha()
            and len(first) <= _MAX_PREFIX_LETTERS
            and first not in lexicon.terms
        ):
            _add_forms(words[1:end], short, lexicon)
        # "Henry Ansbacher Holdings Plc" -> "Ansbacher": a founder's full name opening a longer
        # name; the article calls the company by the surname.
        if end >= 2 and first in lexicon.given_names and words[1][:1].isupper():
            _add_forms(words[1:end], short, lexicon)
        _add_forms(words[:end], short, lexicon)
    return short


def _add_forms(words: Sequence[str], short: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    """The leading words of a company's name without designators as its short forms."""
    end = len(words)
    if end:
        for width in range(1, min(end, _MAX_SHORT_WORDS) + 1):
            word = words[width - 1]
            if not (word[:1].isupper() and any(ch.isalpha() for ch in word)):
                break
            form = tuple(words[:width])
            first = form[0]
            if width == 1 and (first in lexicon.given_names or first.lower() in lexicon.title_heads):
                continue
            if " ".join(form) in lexicon.terms or " ".join(form) in lexicon.countries:
                continue
            short.add(form)
