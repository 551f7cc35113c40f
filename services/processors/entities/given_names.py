"""Names opening with a common given name are people: "Marta Novak" tagged ORG, or untagged.

``given_names``: a span not from the gazetteer, of two to four words, labelled something a
person's name is often mistaken for (``RELABELLED_AS_PERSON``), that opens with a common given
name (``lexicon.given_names``) and goes on in name words becomes a PERSON; an untagged run of
a given name and up to three name words (proper nouns, same sentence) is added as one (source
"given-name").

A name word (:class:`NameWords`) is a capitalised alphabetic word of more than one letter that
is no government-body head, non-person word, caption residue, title, gazetteer term or day word.
"""

from __future__ import annotations

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.spans import PROPER_TAGS, RELABELLED_AS_PERSON, NewsSpan, token_span
from services.processors.entities.tokens import DocTokens

#: Word forms remembered by the name-word test (a fact of the form only); emptied when full.
_CACHE_SIZE = 50_000


class NameWords:
    """The name-word test of one lexicon, remembering its answer per word form.

    Build once per lexicon and reuse across documents: the answer depends on the word's text,
    lower case and alphabetic flag only, so the memory never changes an answer.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._cache: dict[tuple[str, str, bool], bool] = {}

    def __call__(self, toks: DocTokens, k: int) -> bool:
        """Whether token ``k`` can be a later word of a person's name (a fact of its surface only)."""
        key = (toks.text[k], toks.lower[k], toks.alpha[k])
        known = self._cache.get(key)
        if known is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            text, lower, alpha = key
            lexicon = self._lexicon
            known = self._cache[key] = (
                alpha
                and len(text) > 1
                and text[:1].isupper()
                and text not in lexicon.body_heads
                and text not in lexicon.non_person_words
                and text not in lexicon.residue
                and lower not in lexicon.title_heads
                and text not in lexicon.terms
                and text not in lexicon.day_words
            )
        return known


def given_names(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon, name_word: NameWords) -> list[NewsSpan]:
    """``spans`` with the names opening with a common given name made people (module docstring);
    ``name_word`` is the :class:`NameWords` of ``lexicon``. Added runs come after the spans."""
    given = lexicon.given_names
    text, tag, n = toks.text, toks.tag, len(toks)
    out = []
    covered: set[int] = set()
    for span in spans:
        covered.update(range(span.start, span.end))
        if (
            span.source != "gazetteer"
            and span.label in RELABELLED_AS_PERSON
            and 2 <= span.end - span.start <= 4
            and text[span.start] in given
            and all(name_word(toks, k) for k in range(span.start + 1, span.end))
        ):
            span = NewsSpan(
                span.start, span.end, span.start_char, span.end_char, "PERSON", span.source, span.term, span.role
            )
        out.append(span)
    i = 0
    while i < n - 1:
        if i in covered or text[i] not in given or tag[i] not in PROPER_TAGS:
            i += 1
            continue
        end = i + 1
        while (
            end < n
            and end - i < 4
            and end not in covered
            and not toks.sent_start[end]
            and tag[end] in PROPER_TAGS
            and name_word(toks, end)
        ):
            end += 1
        if end - i >= 2:
            out.append(token_span(toks, i, end, "PERSON", "given-name"))
            covered.update(range(i, end))
        i = end
    return out
