"""The news layer: corrections to the statistical model's entities for wire copy.

Given a parsed ``Doc`` it returns the article's named-entity spans after these rules, each
driven by a list in ``data/``:

1. caption residue, possessives and a leading "the" or adverb are trimmed from model spans
   ("Kim Jong-un X" -> "Kim Jong-un", "the Foreign Ministry" -> "Foreign Ministry"); a name
   that really starts with "The" ("The Washington Post") comes from the gazetteer untrimmed;
2. gazetteer terms (agencies and state media, international bodies, countries and their official
   names, capitals, seats of power, demonyms) get their lexicon label;
3. a title before a capitalised name ("Russian Foreign Minister Sergei Lavrov", "leader Kim")
   makes the name a PERSON with that title as its role, and the title words stop being an ORG;
4. a capitalised run ending in a government-body noun ("Foreign Ministry", "Ministry of Defence")
   is an ORG;
5. a PERSON cut short by the model is extended over the following capitalised proper nouns;
6. a capitalised run opening with a common given name ("Marta Novak" tagged ORG, or untagged)
   is a PERSON, and so is a surname or known person tagged as something else (or untagged);
7. a word tagged PRODUCT after a locative preposition, or any name before "region"/"province",
   is a place (GPE);
8. one sense per article: a name written the same way gets the label most of its tagged
   occurrences have, and untagged occurrences of a PERSON or ORG name are tagged too.

Overlaps are settled longest-first; on equal length the gazetteer beats a government-body
match, which beats the model. Title names are fixed before anything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from services.processors.entities.lexicon import Lexicon, Term
from services.processors.entities.names import name_key

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

#: Labels the stage reports; numeric and temporal labels belong to the figures stage.
NAMED_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_MAX_HEAD_TOKENS = 3
_MAX_NAME_TOKENS = 4
_MAX_ROLE_PREFIX = 6
_MAX_BODY_PREFIX = 6
_MAX_PERSON_EXTENSION = 2
_FUNCTION_MODIFIERS = frozenset({"and", "&", "of", "de"})
_MISPLACED_LABELS = frozenset({"PRODUCT", "LANGUAGE", "WORK_OF_ART"})
_PLACE_FIXABLE = frozenset({"PRODUCT", "LANGUAGE", "WORK_OF_ART", "ORG", "NORP", "PERSON"})
#: Adverbs, conjunctions and interjections the model sometimes glues to the front of a name.
_LEADING_JUNK_TAGS = frozenset({"RB", "RBR", "RBS", "CC", "UH"})
_RELABELLED_AS_PERSON = frozenset({"ORG", "PRODUCT", "NORP", "FAC", "LOC", "WORK_OF_ART", "LANGUAGE", "EVENT", "LAW"})
_PRIORITY = {"title": 4, "gazetteer": 3, "body": 2, "model": 1, "surname": 1, "repeat": 1, "given-name": 1}


@dataclass(frozen=True)
class NewsSpan:
    """One entity span of the article: token range, character range, label and provenance.

    ``term`` is the lexicon entry when the span came from the gazetteer; ``role`` is the title
    attached to a PERSON ("Russian Foreign Minister").
    """

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    source: str
    term: Term | None = None
    role: str | None = None


@dataclass(frozen=True)
class _Title:
    zone_start: int
    zone_end: int
    name_start: int
    name_end: int
    role: str | None


class NewsLayer:
    """Applies the rules above; build once per pipeline (it compiles the gazetteer matcher)."""

    def __init__(self, nlp: "Language", lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._terms: dict[str, Term] = {}
        for surface, term in lexicon.terms.items():
            self._terms[surface] = term
            self._matcher.add(surface, [nlp.make_doc(surface)])
        self._multiword_heads = {h for h in lexicon.title_heads if " " in h or "-" in h}
        self._head_openers = {h.split()[0].split("-")[0] for h in lexicon.title_heads} | {
            h.lower() for h in (*lexicon.title_heads_capitalised, *lexicon.honorifics)}

    def spans(self, doc: "Doc") -> list[NewsSpan]:
        """The corrected named-entity spans of ``doc``, sorted by position."""
        gazetteer = self._gazetteer(doc)
        titles = self._titles(doc, gazetteer)
        blocked: set[int] = set()
        forced: list[NewsSpan] = []
        for title in titles:
            blocked.update(range(title.zone_start, title.zone_end))
            blocked.update(range(title.name_start, title.name_end))
            forced.append(self._span(doc, title.name_start, title.name_end, "PERSON", "title", role=title.role))
        name_tokens = {i for span in forced for i in range(span.start, span.end)}

        candidates: list[NewsSpan] = []
        for span in gazetteer:
            if not name_tokens.intersection(range(span.start, span.end)):
                candidates.append(span)
        for span in (*self._model(doc), *self._bodies(doc)):
            if not blocked.intersection(range(span.start, span.end)):
                candidates.append(span)
        selected = _select(forced, candidates)
        selected = self._extend_people(doc, selected)
        selected = self._given_names(doc, selected)
        selected = self._relabel(doc, selected)
        selected = _one_sense_per_article(doc, selected)
        return [s for s in sorted(selected, key=lambda s: s.start) if s.label in NAMED_LABELS]

    # --- sources ---------------------------------------------------------------------------

    def _span(self, doc: "Doc", start: int, end: int, label: str, source: str,
              term: Term | None = None, role: str | None = None) -> NewsSpan:
        return NewsSpan(start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text),
                        label, source, term, role)

    def _model(self, doc: "Doc") -> list[NewsSpan]:
        out = []
        for ent in doc.ents:
            start, end = self._trim(doc, ent.start, ent.end)
            if start < end:
                out.append(self._span(doc, start, end, ent.label_, "model"))
        return out

    def _trim(self, doc: "Doc", start: int, end: int) -> tuple[int, int]:
        residue = self._lexicon.residue
        while start < end and (doc[start].is_punct or doc[start].text in _POSSESSIVES
                               or doc[start].tag_ in _LEADING_JUNK_TAGS or doc[start].lower_ == "the"):
            start += 1
        while end > start:
            text = doc[end - 1].text
            lone_capital = len(text) == 1 and text.isupper() and end - 1 > start
            if text in _POSSESSIVES or text in residue or lone_capital or doc[end - 1].is_punct:
                end -= 1
            else:
                break
        return start, end

    def _gazetteer(self, doc: "Doc") -> list[NewsSpan]:
        matches = [doc[start:end] for _, start, end in self._matcher(doc)]
        out = []
        for span in filter_spans(matches):
            term = self._terms[span.text]
            out.append(self._span(doc, span.start, span.end, term.label, "gazetteer", term=term))
        return out

    def _titles(self, doc: "Doc", gazetteer: list[NewsSpan]) -> list[_Title]:
        place_tokens = {i: s for s in gazetteer for i in range(s.start, s.end)}
        model_label = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        titles: list[_Title] = []
        i = 0
        n = len(doc)
        while i < n:
            head_end = self._title_head(doc, i)
            if head_end is None:
                i += 1
                continue
            name_end = self._name_run(doc, head_end, place_tokens)
            ent = model_label.get(head_end - 1)
            swallowed = ent is not None and ent.label_ != "PERSON" and ent.end > head_end
            if name_end == head_end or swallowed:
                i = head_end
                continue
            zone_start = self._role_start(doc, i, place_tokens)
            role_start = zone_start
            while role_start < i and doc[role_start].text.lower() in _FUNCTION_MODIFIERS:
                role_start += 1
            # Gazetteer words (a nationality) and a body the person speaks for ("Foreign
            # Ministry spokesperson") keep their own entities; only the title words are cleared.
            zone = i
            while (zone > role_start and (zone - 1) not in place_tokens and doc[zone - 1].text not in _POSSESSIVES
                   and doc[zone - 1].text not in self._lexicon.body_heads):
                zone -= 1
            honorific = doc[i].text in self._lexicon.honorifics
            role = None if honorific else doc[role_start:head_end].text
            titles.append(_Title(zone, head_end, head_end, name_end, role))
            i = name_end
        return titles

    def _title_head(self, doc: "Doc", i: int) -> int | None:
        lexicon = self._lexicon
        if doc[i].lower_ not in self._head_openers:
            return None
        for width in range(_MAX_HEAD_TOKENS, 0, -1):
            if i + width > len(doc):
                continue
            text = doc[i:i + width].text
            if width > 1 and text.lower() not in self._multiword_heads:
                continue
            if (text in lexicon.title_heads_capitalised or text.lower() in lexicon.title_heads
                    or (width == 1 and text in lexicon.honorifics)):
                return i + width
        return None

    def _name_run(self, doc: "Doc", start: int, place_tokens: dict[int, NewsSpan]) -> int:
        lexicon = self._lexicon
        k = start
        count = 0
        while k < len(doc) and count < _MAX_NAME_TOKENS:
            tok = doc[k]
            if k > start and tok.is_sent_start:
                break
            hyphen_joint = (k > start and tok.text == "-" and not doc[k - 1].whitespace_ and not tok.whitespace_
                            and k + 1 < len(doc) and doc[k + 1].is_alpha)
            particle = (k > start and tok.lower_ in lexicon.name_particles and k + 1 < len(doc)
                        and doc[k + 1].text[:1].isupper() and doc[k + 1].tag_ in _PROPER_TAGS)
            if hyphen_joint or particle:
                k += 2
                count += 1
                continue
            capitalised = tok.text[:1].isupper() and tok.tag_ in _PROPER_TAGS and not tok.is_punct
            if (not capitalised or k in place_tokens or tok.text in lexicon.body_heads
                    or tok.text.lower() in lexicon.title_heads or tok.text in lexicon.title_heads_capitalised):
                break
            k += 1
            count += 1
        return k

    def _role_start(self, doc: "Doc", head: int, place_tokens: dict[int, NewsSpan]) -> int:
        modifiers = self._lexicon.title_modifiers
        j = head
        while j > 0 and head - j < _MAX_ROLE_PREFIX:
            tok = doc[j - 1]
            possessive_of_place = tok.text in _POSSESSIVES and (j - 2) in place_tokens
            proper_word = tok.text[:1].isupper() and tok.tag_ in _PROPER_TAGS | {"JJ", "NNPS"} and not tok.is_sent_start
            if tok.text.lower() in modifiers or (j - 1) in place_tokens or possessive_of_place or proper_word:
                j -= 1
            else:
                break
        return j

    def _bodies(self, doc: "Doc") -> list[NewsSpan]:
        heads = self._lexicon.body_heads
        out = []
        for i, tok in enumerate(doc):
            if tok.text not in heads:
                continue
            start = i
            while (start > 0 and i - start < _MAX_BODY_PREFIX and doc[start - 1].text[:1].isupper()
                   and doc[start - 1].tag_ in _PROPER_TAGS | {"JJ"} and doc[start - 1].is_alpha):
                start -= 1
            end = i + 1
            if start == i:
                end = self._of_complement(doc, i + 1)
            if start < i or end > i + 1:
                out.append(self._span(doc, start, end, "ORG", "body"))
        return out

    @staticmethod
    def _of_complement(doc: "Doc", k: int) -> int:
        if k >= len(doc) or doc[k].text != "of":
            return k
        j = k + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        end = j
        while end < len(doc) and end - j < 5 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        # "Ministry of Trade and Industry": one more capitalised word after "and", not a new name.
        if (end > j and end + 1 < len(doc) and doc[end].text in {"and", "&"}
                and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha
                and not (end + 2 < len(doc) and doc[end + 2].text[:1].isupper())):
            end += 2
        return end if end > j else k

    # --- post-selection fixes --------------------------------------------------------------

    def _extend_people(self, doc: "Doc", spans: list[NewsSpan]) -> list[NewsSpan]:
        covered = {i for s in spans for i in range(s.start, s.end)}
        lexicon = self._lexicon
        out = []
        for span in spans:
            if span.label == "PERSON" and span.source == "model":
                end = span.end
                while (end < len(doc) and end - span.end < _MAX_PERSON_EXTENSION and end not in covered
                       and not doc[end].is_sent_start and doc[end].tag_ in _PROPER_TAGS
                       and doc[end].is_alpha and doc[end].text[:1].isupper() and len(doc[end].text) > 1
                       and doc[end].text not in lexicon.residue
                       and doc[end].text not in lexicon.body_heads and doc[end].lower_ not in lexicon.title_heads):
                    end += 1
                if end != span.end:
                    covered.update(range(span.end, end))
                    span = self._span(doc, span.start, end, "PERSON", "model", role=span.role)
            out.append(span)
        return out

    def _given_names(self, doc: "Doc", spans: list[NewsSpan]) -> list[NewsSpan]:
        """Rule 6a: a capitalised run opening with a common given name is a PERSON."""
        given = self._lexicon.given_names
        out = []
        covered: set[int] = set()
        for span in spans:
            covered.update(range(span.start, span.end))
            if (span.source != "gazetteer" and span.label in _RELABELLED_AS_PERSON
                    and 2 <= span.end - span.start <= 4 and doc[span.start].text in given
                    and all(self._name_word(t) for t in doc[span.start + 1:span.end])):
                span = NewsSpan(span.start, span.end, span.start_char, span.end_char, "PERSON", span.source,
                                span.term, span.role)
            out.append(span)
        i = 0
        while i < len(doc) - 1:
            tok = doc[i]
            if i in covered or tok.text not in given or tok.tag_ not in _PROPER_TAGS:
                i += 1
                continue
            end = i + 1
            while (end < len(doc) and end - i < 4 and end not in covered and not doc[end].is_sent_start
                   and doc[end].tag_ in _PROPER_TAGS and self._name_word(doc[end])):
                end += 1
            if end - i >= 2:
                out.append(self._span(doc, i, end, "PERSON", "given-name"))
                covered.update(range(i, end))
            i = end
        return out

    def _name_word(self, tok: "Token") -> bool:
        lexicon = self._lexicon
        text = tok.text
        return (tok.is_alpha and len(text) > 1 and text[:1].isupper() and text not in lexicon.body_heads
                and text not in lexicon.residue and tok.lower_ not in lexicon.title_heads
                and text not in lexicon.terms)

    def _relabel(self, doc: "Doc", spans: list[NewsSpan]) -> list[NewsSpan]:
        lexicon = self._lexicon
        name_parts: set[str] = set()
        for span in spans:
            if span.label == "PERSON" and span.end - span.start >= 2:
                tokens = [t for t in doc[span.start:span.end] if t.is_alpha]
                if tokens:
                    name_parts.add(tokens[-1].text)
                    if len(tokens) >= 3:
                        name_parts.add(tokens[0].text)
        out = []
        covered: set[int] = set()
        for span in spans:
            covered.update(range(span.start, span.end))
            label = span.label
            single = span.end - span.start == 1
            if span.source != "gazetteer" and label in _RELABELLED_AS_PERSON:
                if single:
                    text = doc[span.start].text
                    if text in name_parts or lexicon.canonical("PERSON", name_key(text)) is not None:
                        label = "PERSON"
                elif self._is_family_member(doc, span, name_parts):
                    label = "PERSON"
            if label in _PLACE_FIXABLE and span.term is None and self._is_place(doc, span):
                label = "GPE"
            if label != span.label:
                span = NewsSpan(span.start, span.end, span.start_char, span.end_char, label, span.source,
                                span.term, span.role)
            out.append(span)
        for i, tok in enumerate(doc):
            if i in covered or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            known = tok.tag_ in _PROPER_TAGS and lexicon.canonical("PERSON", name_key(tok.text)) is not None
            if tok.text in name_parts or known:
                out.append(self._span(doc, i, i + 1, "PERSON", "surname"))
        return out

    def _is_family_member(self, doc: "Doc", span: NewsSpan, name_parts: set[str]) -> bool:
        """A short capitalised run ending in a surname of the article ("Marta Novak" tagged ORG)."""
        tokens = doc[span.start:span.end]
        return (len(tokens) <= 3 and tokens[-1].text in name_parts
                and all(t.is_alpha and t.text[:1].isupper() and t.text not in self._lexicon.body_heads
                        for t in tokens))

    def _is_place(self, doc: "Doc", span: NewsSpan) -> bool:
        lexicon = self._lexicon
        if span.source == "title":
            return False
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in lexicon.region_words:
            return True
        if span.label == "PERSON":
            return False
        if span.end < len(doc) and doc[span.end].lower_ in lexicon.region_words:
            return True
        if span.label not in _MISPLACED_LABELS or span.end - span.start != 1 or not doc[span.start].is_alpha:
            return False
        return span.start > 0 and doc[span.start - 1].lower_ in lexicon.locative_prepositions


def _select(forced: list[NewsSpan], candidates: list[NewsSpan]) -> list[NewsSpan]:
    """Forced spans first, then candidates longest-first (ties: higher source priority, earlier)."""
    taken: set[int] = set()
    out: list[NewsSpan] = []
    for span in forced:
        tokens = set(range(span.start, span.end))
        if not tokens & taken:
            taken |= tokens
            out.append(span)
    ranked = sorted(candidates, key=lambda s: (-(s.end - s.start), -_PRIORITY[s.source], s.start))
    for span in ranked:
        tokens = set(range(span.start, span.end))
        if not tokens & taken:
            taken |= tokens
            out.append(span)
    return out


_PROPAGATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
#: Untagged repeats are tagged only for the types the model misses most; its place recall is high.
_REPEATED_LABELS = frozenset({"PERSON", "ORG"})


def _one_sense_per_article(doc: "Doc", spans: list[NewsSpan]) -> list[NewsSpan]:
    """Rule 8: harmonise labels of identical names (majority; ties keep each) and tag repeats."""
    votes: dict[tuple[str, ...], dict[str, int]] = {}
    for span in spans:
        if span.label in _PROPAGATED_LABELS and span.source != "gazetteer":
            words = tuple(t.text for t in doc[span.start:span.end])
            if words[0][:1].isupper() and len("".join(words)) >= 3:
                counts = votes.setdefault(words, {})
                counts[span.label] = counts.get(span.label, 0) + 1
    if not votes:
        return spans
    label_of: dict[tuple[str, ...], str] = {}
    for words, counts in votes.items():
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            label_of[words] = ranked[0][0]
    out: list[NewsSpan] = []
    covered: set[int] = set()
    for span in spans:
        covered.update(range(span.start, span.end))
        words = tuple(t.text for t in doc[span.start:span.end])
        label = label_of.get(words) if span.source != "gazetteer" and span.label in _PROPAGATED_LABELS else None
        if label is not None and label != span.label:
            span = NewsSpan(span.start, span.end, span.start_char, span.end_char, label, span.source,
                            span.term, span.role)
        out.append(span)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words, label in label_of.items():
        if label in _REPEATED_LABELS:
            by_first.setdefault(words[0], []).append(words)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)
    i = 0
    while i < len(doc):
        for words in by_first.get(doc[i].text, ()):
            end = i + len(words)
            if (end <= len(doc) and not covered.intersection(range(i, end))
                    and tuple(t.text for t in doc[i:end]) == words):
                tok, last = doc[i], doc[end - 1]
                out.append(NewsSpan(i, end, tok.idx, last.idx + len(last.text), label_of[words], "repeat"))
                covered.update(range(i, end))
                i = end - 1
                break
        i += 1
    return out
