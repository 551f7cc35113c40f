"""Relabelling by the article's own evidence: surnames, family members, places.

``relabel`` runs after the people's names are extended (:mod:`person_extensions`,
:mod:`given_names`):

- a surname of the article, the first part of a two-word name of the article (not over a
  place), or a known person, tagged as something a name is mistaken for
  (``RELABELLED_AS_PERSON``), is a PERSON, and so is a short
  capitalised run ending in a surname of the article ("Marta Novak" tagged ORG); a one-word
  model GPE that is a surname of the article and no known place is a PERSON too ("Duran" after
  Roberto " Hands of Stone " Duran);
- a word tagged PRODUCT after a locative preposition, or any name before "region"/"province"
  (or "state" closing a clause: "Sonora state ,") or after "region of"/"island of"/"state of",
  is a place, a GPE; an untagged run after "<region noun> of" is added as one ("the state of
  Michoacan");
- an untagged capitalised word that is a surname of the article or a known person is added as a
  PERSON (source "surname").
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.names import name_key
from services.processors.entities.spans import PLACE_LABELS, PROPER_TAGS, RELABELLED_AS_PERSON, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

#: Longest untagged name read as a place after "<region noun> of" ("the state of Michoacan").
_MAX_PLACE_WORDS = 3
_MISPLACED_LABELS = frozenset({"PRODUCT", "LANGUAGE", "WORK_OF_ART"})
_PLACE_FIXABLE = frozenset({"PRODUCT", "LANGUAGE", "WORK_OF_ART", "ORG", "NORP", "PERSON"})


def relabel(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` relabelled by the article's evidence, with untagged places and surnames added
    after them (module docstring). Gazetteer spans keep their label; titled names are no place."""
    text, alpha, tag = toks.text, toks.alpha, toks.tag
    name_parts: set[str] = set()
    # First words of two-word names: a family name written first ("Wang Donghai" ... "Wang"),
    # trusted only over a span the model calls an organisation or the like, not a place.
    first_parts: set[str] = set()
    for span in spans:
        # Words as written, a hyphenated surname whole ("Ahmed Abdel-Rahman" ... "Abdel-Rahman").
        words = [w for w in toks.span_text(span.start, span.end).split() if any(c.isalpha() for c in w)]
        if span.label == "PERSON" and len(words) >= 2:
            name_parts.add(words[-1])
            if len(words) >= 3:
                name_parts.add(words[0])
            else:
                first_parts.add(words[0])
    out = []
    covered: set[int] = set()
    for span in spans:
        covered.update(range(span.start, span.end))
        label = span.label
        word = toks.span_text(span.start, span.end)
        single = span.end - span.start == 1 or (alpha[span.start] and not any(c.isspace() for c in word))
        # A surname of the article the model reads as a place it does not know ("Duran" after
        # Roberto " Hands of Stone " Duran); a known place ("Jordan", "Washington") stays.
        if single and label == "GPE" and span.source == "model" and word in name_parts:
            if word not in lexicon.terms:
                label = "PERSON"
        if span.source != "gazetteer" and label in RELABELLED_AS_PERSON:
            if single:
                if (
                    word in name_parts
                    or (word in first_parts and label not in PLACE_LABELS)
                    or lexicon.canonical("PERSON", name_key(word)) is not None
                ):
                    label = "PERSON"
            elif _is_family_member(toks, span, name_parts, lexicon):
                label = "PERSON"
        if label in _PLACE_FIXABLE and span.term is None and _is_place(toks, span, lexicon):
            label = "GPE"
        if label != span.label:
            span = NewsSpan(
                span.start, span.end, span.start_char, span.end_char, label, span.source, span.term, span.role
            )
        out.append(span)
    i = 2
    while i < len(text):  # "the state of Michoacan", untagged: a place
        end = i
        while (
            end < len(text)
            and end - i < _MAX_PLACE_WORDS
            and end not in covered
            and tag[end] in PROPER_TAGS
            and alpha[end]
            and text[end][:1].isupper()
        ):
            end += 1
        if end > i and toks.lower[i - 1] == "of" and _before_place(lexicon, toks.lower[i - 2]):
            out.append(token_span(toks, i, end, "GPE", "model"))
            covered.update(range(i, end))
        i = max(end, i + 1)
    for i, word in enumerate(text):
        if i in covered or not word[:1].isupper() or not alpha[i]:
            continue
        known = tag[i] in PROPER_TAGS and lexicon.canonical("PERSON", name_key(word)) is not None
        if word in name_parts or known:
            out.append(token_span(toks, i, i + 1, "PERSON", "surname"))
    return out


def _is_family_member(toks: DocTokens, span: NewsSpan, name_parts: set[str], lexicon: Lexicon) -> bool:
    """A short capitalised run ending in a surname of the article ("Marta Novak" tagged ORG)."""
    text, body_heads = toks.text, lexicon.body_heads
    return (
        span.end - span.start <= 3
        and text[span.end - 1] in name_parts
        and all(
            toks.alpha[k] and text[k][:1].isupper() and text[k] not in body_heads for k in range(span.start, span.end)
        )
    )


def _is_place(toks: DocTokens, span: NewsSpan, lexicon: Lexicon) -> bool:
    """Whether ``span`` (no gazetteer term; a titled name never is) names a place by the words
    around it: "<region noun> of" or "state of" before it, a region noun after it (after a
    PERSON only one unknown word before a lower-case region noun), "state" closing a clause
    after it, or a locative preposition before a one-word PRODUCT, LANGUAGE or WORK_OF_ART."""
    lower = toks.lower
    if span.source == "title":
        return False
    if span.start >= 2 and lower[span.start - 1] == "of" and _before_place(lexicon, lower[span.start - 2]):
        return True
    region_after = span.end < len(toks) and lower[span.end] in lexicon.region_words
    if span.label == "PERSON":
        # "Qinglan port", "Wenchang city": one unknown word before a region noun, no given name.
        return (
            region_after
            and span.end - span.start == 1
            and toks.text[span.end].islower()
            and toks.text[span.start] not in lexicon.given_names
        )
    if region_after:
        return True
    # "Sonora state ,": a state of a federation; "state media", "state television" are not.
    after = span.end + 1
    if span.end < len(toks) and toks.text[span.end] == "state" and (after >= len(toks) or toks.punct[after]):
        return True
    if span.label not in _MISPLACED_LABELS or span.end - span.start != 1 or not toks.alpha[span.start]:
        return False
    return span.start > 0 and lower[span.start - 1] in lexicon.locative_prepositions


def _before_place(lexicon: Lexicon, word: str) -> bool:
    """Whether ``word`` and "of" make the name after them a place: a region noun, or "state"
    ("the state of Michoacan"; after a name, "state" is no region: "state media")."""
    return word in lexicon.region_words or word == "state"
