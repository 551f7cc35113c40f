"""A speaker credited by employer after "said": "said Budapest Bank 's Sandor Tolonics .".

Market reports quote dealers and analysts as ``said <employer> 's <name>``; the model often
runs the name into the employer's kind and tags it an organisation. A span of two or three
capitalised words (not of the gazetteer or a title, not closing with a body head or a company
designator) becomes PERSON, and so does every span of the article with the same words, when:

- a possessive stands right before it and an ORG span right before the possessive,
- a speech verb (``_SPEECH_VERBS``) stands right before that ORG span, and
- punctuation closes the name ("... 's Sandor Tolonics ." or ", adding").

A unit of the employer is no speaker: a name of dictionary words only ("'s Global Markets .",
"'s Asset Management ."), unless it opens with a common given name ("Mark Price"), or one
sharing a word with the employer ("Tarvex Bank 's Tarvex Securities").
"""

from __future__ import annotations

from services.processors.entities.common_nouns import english_words, is_dictionary_word
from services.processors.entities.lexicon import Lexicon
from services.processors.entities.person_relabels import is_candidate, relabel_people
from services.processors.entities.spans import POSSESSIVES, NewsSpan
from services.processors.entities.tokens import DocTokens

_SPEECH_VERBS = frozenset({"said", "says", "told", "added", "noted", "warned", "according"})
_CLOSERS = frozenset({".", ",", ";", ":", '"', "'", ")", "--"})


def credited_speakers(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` with speakers credited by employer made PERSON (module docstring)."""
    org_at_end = {s.end: s for s in spans if s.label == "ORG"}
    return relabel_people(toks, spans, lambda s: _eligible(toks, s, lexicon), lambda s: _credited(toks, s, org_at_end))


def _eligible(toks: DocTokens, span: NewsSpan, lexicon: Lexicon) -> bool:
    """A candidate name (person_relabels) that is no unit of dictionary words ("Global Markets")."""
    words = toks.text[span.start : span.end]
    return is_candidate(toks, span, lexicon) and (
        words[0] in lexicon.given_names or not all(is_dictionary_word(w, english_words()) for w in words)
    )


def _credited(toks: DocTokens, span: NewsSpan, org_at_end: dict[int, NewsSpan]) -> bool:
    if span.start < 1 or toks.text[span.start - 1] not in POSSESSIVES:
        return False
    employer = org_at_end.get(span.start - 1)
    if employer is None or employer.start < 1 or toks.lower[employer.start - 1] not in _SPEECH_VERBS:
        return False
    if not set(toks.text[employer.start : employer.end]).isdisjoint(toks.text[span.start : span.end]):
        return False  # a unit named after its parent ("Tarvex Bank 's Tarvex Securities")
    return span.end < len(toks) and toks.text[span.end] in _CLOSERS
