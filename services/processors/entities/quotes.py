"""Direct quotations and who said them.

``quoted_spans`` finds text between quotation marks: straight ("), curly (“ ”), guillemets
(« ») and low (\u201e) marks, mixed pairs included (“...\"), never across a line break and never
longer than ``MAX_QUOTE_CHARS``. Quotes of fewer than ``MIN_QUOTE_WORDS`` words are scare
quotes ('"root cause"') and are left out.

``attribute`` finds the reporting cue nearest to the quote in the sentences around it (outside
the quote) and follows the dependency tree from the cue to its source:

- a phrase cue ("according to X", "as stated by X") -> its object;
- a verb with a subject ("X said", "said X") -> the subject;
- a participle ("..., stating" / "X reported Y saying") -> the subject of the clause it hangs on,
  or the object of a citing verb ("Reuters cited the agency, KCNA, stating" -> KCNA);
- "he"/"she" -> the person mentioned last before the quote.

The source token is mapped to the entity whose mention covers it, else a PERSON/ORG mention
inside its phrase; otherwise the phrase itself is the speaker, without an id.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from events.models import Quote
from services.processors.entities.lexicon import Lexicon
from services.processors.entities.tokens import DocTokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from services.processors.entities.resolution import Resolved

MAX_QUOTE_CHARS = 3000
MIN_QUOTE_WORDS = 3
MAX_SPEAKER_TOKENS = 6
_MARKS = re.compile('["\u201c\u201d\u00ab\u00bb\u201e\n]')
_OPEN_ONLY = frozenset("\u201c\u00ab\u201e")
_CLOSE_ONLY = frozenset("\u201d\u00bb")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_LINKS = frozenset({"advcl", "conj", "xcomp", "ccomp", "pcomp", "relcl"})
_CITING = frozenset({"cited", "cites", "citing", "quoted", "quotes", "quoting"})
_PERSONAL = frozenset({"he", "she"})
_SPEAKER_LABELS = ("PERSON", "ORG")


@dataclass(frozen=True)
class QuotedSpan:
    """Offsets of one quotation: ``open_mark``/``close_mark`` index the marks, ``start``/``end`` the trimmed text."""

    open_mark: int
    close_mark: int
    start: int
    end: int


def quoted_spans(body: str) -> list[QuotedSpan]:
    """Every quotation of at least MIN_QUOTE_WORDS words in ``body``, in order."""
    out: list[QuotedSpan] = []
    opened: int | None = None
    for match in _MARKS.finditer(body):
        i, mark = match.start(), match.group()
        if mark == "\n":
            opened = None
        elif opened is None:
            if mark not in _CLOSE_ONLY:
                opened = i
        elif mark in _OPEN_ONLY:
            opened = i
        else:
            span = _trimmed(body, opened, i)
            if span is not None:
                out.append(span)
            opened = None
    return out


def _trimmed(body: str, open_mark: int, close_mark: int) -> QuotedSpan | None:
    if close_mark - open_mark > MAX_QUOTE_CHARS:
        return None
    start, end = open_mark + 1, close_mark
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] == ","):
        end -= 1
    if len(body[start:end].split()) < MIN_QUOTE_WORDS:
        return None
    return QuotedSpan(open_mark, close_mark, start, end)


class _MentionIndex:
    """Character offset -> resolved entity, and the last PERSON before an offset."""

    def __init__(self, entities: list[Resolved]) -> None:
        rows = sorted((m.start, m.end, e) for e in entities for m in e.mentions)
        self._starts = [r[0] for r in rows]
        self._rows = rows

    def at(self, start: int, end: int) -> Resolved | None:
        i = bisect_right(self._starts, start) - 1
        while i >= 0 and self._rows[i][0] <= start:
            if self._rows[i][1] >= end:
                return self._rows[i][2]
            i -= 1
        return None

    def within(self, start: int, end: int, near: int) -> Resolved | None:
        inside = [r for r in self._rows if r[0] >= start and r[1] <= end and r[2].label in _SPEAKER_LABELS]
        if not inside:
            return None
        return min(inside, key=lambda r: abs(r[0] - near))[2]

    def last_person_before(self, offset: int) -> Resolved | None:
        i = bisect_right(self._starts, offset) - 1
        while i >= 0:
            if self._rows[i][2].label == "PERSON" and self._rows[i][1] <= offset:
                return self._rows[i][2]
            i -= 1
        return None


def attribute(doc: Doc | DocTokens, entities: list[Resolved], lexicon: Lexicon) -> tuple[Quote, ...]:
    """The article's quotations with speaker, speaker id and cue (None where not found)."""
    toks = doc if isinstance(doc, DocTokens) else DocTokens.of(doc)
    text = toks.body
    spans = quoted_spans(text)
    if not spans:
        return ()
    index = _MentionIndex(entities)
    sentences = _Sentences(toks.doc)
    cues = _CueWords(lexicon)
    quotes = []
    for span in spans:
        cue, source = _cue(toks, span, cues, sentences)
        speaker, speaker_id = None, None
        if source is not None:
            speaker, speaker_id = _speaker(toks.doc, source, span, index)
        quotes.append(
            Quote(
                text=text[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=speaker,
                speaker_id=speaker_id,
                cue=cue,
            )
        )
    return tuple(quotes)


class _Sentences:
    """Token index -> sentence bounds, computed once per doc."""

    def __init__(self, doc: Doc) -> None:
        bounds = [(s.start, s.end) for s in doc.sents]
        self._starts = [b[0] for b in bounds]
        self._bounds = bounds

    def around(self, token: int) -> tuple[int, int]:
        return self._bounds[bisect_right(self._starts, token) - 1]


class _CueWords:
    """The lexicon's cues, with the lower-case words that can open one."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.phrases = lexicon.cue_phrases
        self.verbs = lexicon.cue_verbs
        self.openers = frozenset(p[0] for p in lexicon.cue_phrases) | lexicon.cue_verbs


def _expanded_char_token(toks: DocTokens, char: int) -> tuple[int, int]:
    """``doc.char_span(char, char + 1, alignment_mode="expand")`` as (start, end) token indices."""
    i = toks.token_at(char)
    start = i + 1 if char == toks.end[i] else i
    return start, i + 1


def _cue(toks: DocTokens, span: QuotedSpan, cues: _CueWords, sentences: _Sentences) -> tuple[str | None, Token | None]:
    first_start, _ = _expanded_char_token(toks, span.open_mark)
    _, last_end = _expanded_char_token(toks, span.close_mark)
    region_start, region_end = sentences.around(first_start)[0], sentences.around(last_end - 1)[1]
    idx, lower, openers = toks.idx, toks.lower, cues.openers
    best: tuple[int, str, Token | None] | None = None
    for k in range(region_start, region_end):
        if lower[k] not in openers:  # _match_cue finds nothing for any other token
            continue
        if span.open_mark <= idx[k] <= span.close_mark:
            continue
        distance = span.open_mark - idx[k] if idx[k] < span.open_mark else idx[k] - span.close_mark
        found = _match_cue(toks, k, cues)
        if found is not None and (best is None or distance < best[0]):
            best = (distance, found[0], found[1])
    if best is None:
        return None, None
    return best[1], best[2]


def _match_cue(toks: DocTokens, k: int, cues: _CueWords) -> tuple[str, Token | None] | None:
    doc, lower, n = toks.doc, toks.lower, len(toks)
    for phrase in cues.phrases:
        if lower[k] != phrase[0]:
            continue
        end = k + len(phrase)
        if end <= n and tuple(lower[k:end]) == phrase:
            link = doc[end - 1]
            objects = [c for c in link.children if c.dep_ == "pobj"]
            source = objects[0] if objects else (doc[end] if end < n else None)
            return " ".join(phrase), source
    if lower[k] in cues.verbs:
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lower_, _verb_source(tok)
    return None


def _verb_source(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if verb.dep_ == "acl":
        return verb.head
    head = verb
    while head.dep_ in _CLAUSE_LINKS and head.head is not head:
        head = head.head
        if head.lower_ in _CITING:
            objects = [c for c in head.children if c.dep_ == "dobj"]
            if objects:
                appositions = [c for c in objects[0].children if c.dep_ == "appos"]
                return appositions[0] if appositions else objects[0]
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects[0]
    return None


def _speaker(doc: Doc, source: Token, span: QuotedSpan, index: _MentionIndex) -> tuple[str | None, str | None]:
    if span.open_mark <= source.idx <= span.close_mark:
        return None, None
    if source.lower_ in _PERSONAL:
        person = index.last_person_before(span.open_mark)
        return (person.name, person.id) if person else (None, None)
    entity = index.at(source.idx, source.idx + len(source.text))
    if entity is not None:
        return entity.name, entity.id
    left, right = source.left_edge.i, source.right_edge.i + 1
    start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text)
    if end > span.open_mark and start <= span.close_mark:  # the phrase runs into the quote
        left, right = source.i, source.i + 1
        start, end = source.idx, source.idx + len(source.text)
    entity = index.within(start, end, source.idx)
    if entity is not None:
        return entity.name, entity.id
    phrase = doc[left:right] if right - left <= MAX_SPEAKER_TOKENS else doc[source.i : source.i + 1]
    return (phrase.text.strip() or None), None
