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

from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from services.processors.entities.consistency import one_sense_per_article
from services.processors.entities.lexicon import Lexicon, Term
from services.processors.entities.names import name_key
from services.processors.entities.spans import NAMED_LABELS, POSSESSIVES, PROPER_TAGS, NewsSpan
from services.processors.entities.titles import TitleFinder

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

_MAX_BODY_PREFIX = 6
_MAX_PERSON_EXTENSION = 2
_MISPLACED_LABELS = frozenset({"PRODUCT", "LANGUAGE", "WORK_OF_ART"})
_PLACE_FIXABLE = frozenset({"PRODUCT", "LANGUAGE", "WORK_OF_ART", "ORG", "NORP", "PERSON"})
#: Adverbs, conjunctions and interjections the model sometimes glues to the front of a name.
_LEADING_JUNK_TAGS = frozenset({"RB", "RBR", "RBS", "CC", "UH"})
_RELABELLED_AS_PERSON = frozenset({"ORG", "PRODUCT", "NORP", "FAC", "LOC", "WORK_OF_ART", "LANGUAGE", "EVENT", "LAW"})
_PRIORITY = {"title": 4, "gazetteer": 3, "body": 2, "model": 1, "surname": 1, "repeat": 1, "given-name": 1}


class NewsLayer:
    """Applies the rules above; build once per pipeline (it compiles the gazetteer matcher)."""

    def __init__(self, nlp: "Language", lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._terms: dict[str, Term] = {}
        for surface, term in lexicon.terms.items():
            self._terms[surface] = term
            self._matcher.add(surface, [nlp.make_doc(surface)])
        self._titles = TitleFinder(lexicon)

    def spans(self, doc: "Doc") -> list[NewsSpan]:
        """The corrected named-entity spans of ``doc``, sorted by position."""
        gazetteer = self._gazetteer(doc)
        titles = self._titles.find(doc, {i for s in gazetteer for i in range(s.start, s.end)})
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
        selected = one_sense_per_article(doc, selected)
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
        while start < end and (doc[start].is_punct or doc[start].text in POSSESSIVES
                               or doc[start].tag_ in _LEADING_JUNK_TAGS or doc[start].lower_ == "the"):
            start += 1
        while end > start:
            text = doc[end - 1].text
            lone_capital = len(text) == 1 and text.isupper() and end - 1 > start
            if text in POSSESSIVES or text in residue or lone_capital or doc[end - 1].is_punct:
                end -= 1
            else:
                break
        return start, end

    def _gazetteer(self, doc: "Doc") -> list[NewsSpan]:
        strings = doc.vocab.strings
        matches = [Span(doc, start, end, label=match_id) for match_id, start, end in self._matcher(doc)]
        out = []
        for span in filter_spans(matches):
            term = self._terms[strings[span.label]]
            out.append(self._span(doc, span.start, span.end, term.label, "gazetteer", term=term))
        return out

    def _bodies(self, doc: "Doc") -> list[NewsSpan]:
        heads = self._lexicon.body_heads
        out = []
        for i, tok in enumerate(doc):
            if tok.text not in heads:
                continue
            start = i
            while (start > 0 and i - start < _MAX_BODY_PREFIX and doc[start - 1].text[:1].isupper()
                   and doc[start - 1].tag_ in PROPER_TAGS | {"JJ"} and doc[start - 1].is_alpha):
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
                       and not doc[end].is_sent_start and doc[end].tag_ in PROPER_TAGS
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
            if i in covered or tok.text not in given or tok.tag_ not in PROPER_TAGS:
                i += 1
                continue
            end = i + 1
            while (end < len(doc) and end - i < 4 and end not in covered and not doc[end].is_sent_start
                   and doc[end].tag_ in PROPER_TAGS and self._name_word(doc[end])):
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
                and text not in lexicon.non_person_words and text not in lexicon.residue
                and tok.lower_ not in lexicon.title_heads
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
            known = tok.tag_ in PROPER_TAGS and lexicon.canonical("PERSON", name_key(tok.text)) is not None
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
        if (span.start >= 2 and doc[span.start - 1].lower_ == "of"
                and doc[span.start - 2].lower_ in lexicon.region_words):
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

