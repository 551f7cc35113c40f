"""Names in ALL-CAPS headlines and datelines: "PUTIN WARNS NATO", "MOSCOW (Reuters) -".

The statistical model reads case, so a line in capitals loses most of its names. This module
finds such text, restores its case from the article itself, runs the model's entity recogniser
(its ``ner`` component alone) and the gazetteer on the restored copy, and maps what they find
back to the original tokens. Offsets therefore always index the original body.

Regions (token ranges, one line at most):

- a **headline**: a line whose cased words are mostly in capitals (at least
  ``_MIN_CAPS_WORDS`` words of two letters or more that are not known acronyms, and at least
  ``_HEADLINE_SHARE`` of its cased words);
- a **dateline**: one to four capitalised words opening a line and followed by "(", ",", a dash,
  a colon or a number ("MOSCOW (Reuters) -", "KYIV, Ukraine -", "LONDON 1996-08-30"); a line
  holding only such words and a date ("RIO DE JANEIRO 1996-12-06") is a dateline even though
  its capitals would make it a headline (a day or month opens none); a name
  the recogniser finds over the whole dateline is the place the story was filed from (GPE), and
  so is the run of a bare dateline (the place, an optional ", Country" and a date in digits:
  "AMARILLO 1996-12-06") when the recogniser finds nothing in it, and so is the country after
  its comma ("PARAMARIBO , Surinam 1996-08-30").

Case is restored word by word (same length, so character offsets carry over unchanged):
a word the article writes in capitals elsewhere or that the lexicon knows in capitals (an
acronym: NATO, BBC) stays; a word the article writes capitalised in mid-sentence more often than
in lower case ("Leicestershire"), a lexicon term, a common given name, the first word of a
headline and a dateline's words are capitalised; any other word is lower-cased ("WARNS" ->
"warns"). The model then sees "Putin warns NATO over Ukraine arms".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, cast

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import FIXED_PLACE_SOURCES, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.pipeline import Pipe
    from spacy.tokens import Doc

_MIN_CAPS_WORDS = 2
_HEADLINE_SHARE = 0.7
_MAX_DATELINE_WORDS = 4
#: Tokens after the dateline run that the recogniser also sees, for context.
_DATELINE_CONTEXT = 30
_DATELINE_ENDS = frozenset({"(", ",", "-", "\u2013", "\u2014", ":", "/"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: A date written in digits ("1996-12-06", "06/12/1996", "12.6.96"); the separators repeat at most twice.
_DATE = re.compile(r"\d{1,4}(?:[-/.]\d{1,4}){1,2}")
_DATE_JOINTS = frozenset({",", "-", "/", "."})
_MAX_BARE_DATELINE_TAIL = 8
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


@dataclass(frozen=True)
class CapsRegion:
    """Tokens ``[start, end)`` written in capitals; the recogniser reads ``[start, context_end)``."""

    start: int
    end: int
    context_end: int
    headline: bool


@dataclass(frozen=True)
class CapsEntity:
    """An entity found on the restored copy: original token range, label, gazetteer surface if any."""

    start: int
    end: int
    label: str
    surface: str | None = None
    dateline: bool = False


def is_caps_word(word: str) -> bool:
    """A word of two letters or more, all in capitals ("NATO", "MOSCOW", "U.S.")."""
    return word.isupper() and sum(ch.isalpha() for ch in word) >= 2


def _cased(word: str) -> bool:
    return word.lower() != word.upper()


def find_regions(toks: DocTokens, acronyms: frozenset[str], calendar: frozenset[str] = frozenset()) -> list[CapsRegion]:
    """The headline and dateline regions of ``toks`` (module docstring), in order; ``calendar``
    holds the day and month names in capitals, which open no dateline ("SUNDAY , DECEMBER 8")."""
    text = toks.text
    regions: list[CapsRegion] = []
    for start, end in toks.line_ranges():
        run = _dateline_run(toks, start, end)
        if start < run < end and text[start] not in calendar and _date_tail(toks, run, end):
            # "RIO DE JANEIRO 1996-12-06": a place and a date, whatever its share of capitals.
            regions.append(CapsRegion(start, run, end, headline=False))
            continue
        cased = [text[k] for k in range(start, end) if _cased(text[k])]
        caps = [w for w in cased if w.isupper()]
        names = [w for w in caps if is_caps_word(w) and w not in acronyms]
        if len(names) >= _MIN_CAPS_WORDS and len(caps) >= _HEADLINE_SHARE * len(cased):
            regions.append(CapsRegion(start, end, end, headline=True))
            continue
        if (
            run > start
            and run < end
            and any(text[k] not in acronyms for k in range(start, run))
            and (text[run] in _DATELINE_ENDS or text[run][:1].isdigit())
        ):
            regions.append(CapsRegion(start, run, min(end, run + _DATELINE_CONTEXT), headline=False))
    return regions


def _dateline_run(toks: DocTokens, start: int, end: int) -> int:
    """End of the capitalised words opening a line; "AL-AIN" and "ST. LOUIS" are one run."""
    text, words, k = toks.text, 0, start
    while k < end and words < _MAX_DATELINE_WORDS and is_caps_word(text[k]):
        words += 1
        k += 1
        joint = k + 1 < end and not toks.space[k - 1] and text[k] in ("-", ".") and is_caps_word(text[k + 1])
        if joint:
            k += 1
    return k


class CaseRestorer:
    """Restores the case of caps regions from the article's own usage (module docstring)."""

    def __init__(self, lexicon: Lexicon) -> None:
        terms = lexicon.terms
        self._acronyms = frozenset(s for s in (*terms, *lexicon.agencies) if " " not in s and is_caps_word(s))
        self._known_names = frozenset(s for s in terms if s[:1].isupper()) | lexicon.given_names

    @property
    def acronyms(self) -> frozenset[str]:
        """Single words the lexicon knows in capitals."""
        return self._acronyms

    def restore(self, toks: DocTokens, regions: list[CapsRegion]) -> dict[int, str]:
        """Token index -> restored word, for the caps words of ``regions`` (same lengths)."""
        inside = {k for r in regions for k in range(r.start, r.end)}
        lower_uses: dict[str, int] = {}
        title_uses: dict[str, int] = {}
        caps_seen: set[str] = set()
        text = toks.text
        for k, word in enumerate(text):
            if k in inside or not toks.alpha[k]:
                continue
            if word.islower():
                lower_uses[word] = lower_uses.get(word, 0) + 1
            elif word.isupper():
                caps_seen.add(word)
            elif word[:1].isupper() and not toks.sent_start[k]:
                key = word.lower()
                title_uses[key] = title_uses.get(key, 0) + 1
        restored: dict[int, str] = {}
        for region in regions:
            for k in range(region.start, region.end):
                word = text[k]
                if not word.isupper():
                    continue
                if word in caps_seen or word in self._acronyms:
                    continue
                lower = word.lower()
                title = title_case(word)
                if len(lower) != len(word) or len(title) != len(word):
                    continue  # a case change that moves offsets ("ß"); leave the word as written
                capitalise = (
                    title_uses.get(lower, 0) > lower_uses.get(lower, 0)
                    or (lower not in lower_uses and title in self._known_names)
                    or not region.headline
                    or k == region.start
                )
                restored[k] = title if capitalise else lower
        return restored


def title_case(word: str) -> str:
    """Capital after every non-letter, lower case elsewhere: "AL-AIN" -> "Al-Ain",
    "WASHINGTON/LONDON" -> "Washington/London"."""
    out, after_letter = [], False
    for ch in word:
        out.append(ch.lower() if after_letter else ch)
        after_letter = ch.isalpha()
    return "".join(out)


class CapsReader:
    """Finds entities in caps regions with the pipeline's recogniser and a phrase matcher."""

    def __init__(self, nlp: Language, matcher: PhraseMatcher, lexicon: Lexicon) -> None:
        self._nlp = nlp
        self._ner = cast("Pipe", nlp.get_pipe("ner"))  # typed as a callable, but a Pipe: it has .pipe
        self._matcher = matcher
        self._restorer = CaseRestorer(lexicon)
        self._calendar = frozenset(w.upper() for w in (*lexicon.day_words, *lexicon.months))

    def read(self, toks: DocTokens) -> tuple[list[CapsRegion], list[CapsEntity], list[CapsEntity]]:
        """Regions, the recogniser's entities and the gazetteer's matches inside them."""
        regions = find_regions(toks, self._restorer.acronyms, self._calendar)
        if not regions:
            return [], [], []
        restored = self._restorer.restore(toks, regions)
        body = toks.body
        docs: list[Doc] = []
        for region in regions:
            base = toks.idx[region.start]
            pieces, at = [], base
            for k in range(region.start, region.end):
                word = restored.get(k)
                if word is not None:
                    pieces.append(body[at : toks.idx[k]])
                    pieces.append(word)
                    at = toks.end[k]
            pieces.append(body[at : toks.end[region.context_end - 1]])
            docs.append(self._nlp.make_doc("".join(pieces)))
        model: list[CapsEntity] = []
        gazetteer: list[CapsEntity] = []
        strings = self._nlp.vocab.strings
        for region, doc in zip(regions, self._ner.pipe(docs), strict=True):
            base = toks.idx[region.start]
            for ent in doc.ents:
                mapped = _map(toks, region, base + ent.start_char, base + ent.end_char)
                if mapped is None:
                    continue
                label = ent.label_
                dateline = not region.headline and mapped == (region.start, region.end) and label in _NAME_LABELS
                if dateline:
                    label = "GPE"  # a dateline names the place the story was filed from
                model.append(CapsEntity(*_after_dash(toks, *mapped), label, dateline=dateline))
            if not region.headline and _bare_dateline(toks, region):
                found = {k for e in model for k in range(e.start, e.end)}
                if found.isdisjoint(range(region.start, region.end)):
                    model.append(CapsEntity(region.start, region.end, "GPE", dateline=True))
                country = _dateline_country(toks, region)
                if country is not None and found.isdisjoint(range(*country)):
                    model.append(CapsEntity(*country, "GPE", dateline=True))
            for match_id, start, end in self._matcher(doc):
                span = doc[start:end]
                mapped = _map(toks, region, base + span.start_char, base + span.end_char)
                if mapped is not None:
                    gazetteer.append(CapsEntity(*mapped, label="", surface=strings[match_id]))
        return regions, model, gazetteer


def _bare_dateline(toks: DocTokens, region: CapsRegion) -> bool:
    """Whether the dateline's line holds nothing but the place, an optional ", Country" and the
    date ("AMARILLO 1996-12-06", "HANOVER , Germany 1996-12-06"): the place is then the run
    whatever the recogniser makes of it."""
    end = region.context_end
    if end < len(toks) and "\n" not in toks.text[end]:
        return False
    return _date_tail(toks, region.end, end)


def _dateline_country(toks: DocTokens, region: CapsRegion) -> tuple[int, int] | None:
    """The capitalised words between the comma and the date of a bare dateline ("PARAMARIBO ,
    Surinam 1996-08-30"): the country or state the place is in, also a place."""
    k = region.end
    if k + 1 >= region.context_end or toks.text[k] != ",":
        return None
    end = k + 1
    while end < region.context_end and toks.alpha[end] and toks.text[end][:1].isupper():
        end += 1
    return (k + 1, end) if end > k + 1 else None


def _date_tail(toks: DocTokens, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a date in digits, optionally after ", Country" (a dateline's tail).

    Words in capitals count only after the comma: "SOCCER - UNITED BEAT ARSENAL 2-1" is a
    headline with a score, not "SOCCER" and a date."""
    text = toks.text
    if end - start > _MAX_BARE_DATELINE_TAIL:
        return False
    after_comma = start < end and text[start] == ","
    dated = False
    for k in range(start, end):
        word = text[k]
        if _DATE.fullmatch(word) or word.isdigit():  # the tokenizer may split "1996-12-06"
            dated = True
        elif not (
            word in _DATE_JOINTS or (toks.alpha[k] and word[:1].isupper() and (after_comma or not is_caps_word(word)))
        ):
            return False
    return dated


def _map(toks: DocTokens, region: CapsRegion, start_char: int, end_char: int) -> tuple[int, int] | None:
    """Original token range of characters ``[start_char, end_char)`` if it lies on token
    boundaries inside the region's caps tokens; None otherwise."""
    start = toks.token_at(start_char)
    end = toks.token_at(end_char - 1) + 1
    if start < region.start or end > region.end or toks.idx[start] != start_char or toks.end[end - 1] != end_char:
        return None
    return start, end


def _after_dash(toks: DocTokens, start: int, end: int) -> tuple[int, int]:
    """A headline's topic prefix is not part of the name: "CRICKET - LEICESTERSHIRE" -> the last part."""
    for k in range(end - 2, start, -1):
        if toks.text[k] in _DASHES and toks.space[k] and toks.space[k - 1]:
            return k + 1, end
    return start, end


_REPEATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_MAX_NAME_WORDS = 5


def caps_one_sense(toks: DocTokens, regions: list[CapsRegion], spans: list[NewsSpan]) -> list[NewsSpan]:
    """``spans`` with caps regions made to agree with the article's mixed-case names.

    A name found outside the regions ("Liverpool", ORG; a person's surname on its own) gives its
    label to a span of the same words in capitals ("LIVERPOOL", read as GPE on the restored
    headline), and labels those words where no span covers them yet ("LEICESTERSHIRE"); longest
    name first. New spans last.
    """
    if not regions:
        return spans
    inside = {k for r in regions for k in range(r.start, r.end)}
    names: dict[tuple[str, ...], str] = {}
    for span in spans:
        if (
            span.label in _REPEATED_LABELS
            and span.end - span.start <= _MAX_NAME_WORDS
            and inside.isdisjoint(range(span.start, span.end))
        ):
            names.setdefault(tuple(toks.lower[span.start : span.end]), span.label)
    for span in spans:  # a person's surname alone ("SABALENKA" for "Aryna Sabalenka")
        if span.label == "PERSON" and span.end - span.start >= 2 and inside.isdisjoint(range(span.start, span.end)):
            names.setdefault((toks.lower[span.end - 1],), "PERSON")
    if not names:
        return spans
    out: list[NewsSpan] = []
    for span in spans:
        label = names.get(tuple(toks.lower[span.start : span.end]))
        if (
            label is not None
            and label != span.label
            and span.start in inside
            and span.source not in FIXED_PLACE_SOURCES
        ):
            span = replace(span, label=label, term=None)
        out.append(span)
    covered = {k for s in spans for k in range(s.start, s.end)}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    for region in regions:
        k = region.start
        while k < region.end:
            for words in by_first.get(toks.lower[k], ()) if k not in covered else ():
                end = k + len(words)
                if (
                    end <= region.end
                    and tuple(toks.lower[k:end]) == words
                    and covered.isdisjoint(range(k, end))
                    and is_caps_word(toks.text[k])
                ):
                    out.append(token_span(toks, k, end, names[words], "repeat"))
                    covered.update(range(k, end))
                    k = end - 1
                    break
            k += 1
    return out
