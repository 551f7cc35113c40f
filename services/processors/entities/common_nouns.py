"""Capitalised common nouns the model takes for names: "Steers and heifers", "Death is".

In a market report or a quote a common noun is capitalised at the start of a line or sentence,
or as a grade in a table ("Reported sales for Fri- None"), and the model sometimes tags it a
person, organisation or place. ``drop_common_nouns`` drops a one-word model span of those
labels when both readings of the word agree that it is a common noun:

- the tagger calls it one here (NN, NNS), and
- it is an English dictionary word: its lower-case form, or its singular ("steers"), is in the
  word index the bundled spaCy model ships for its lemmatizer (WordNet's nouns, verbs,
  adjectives and adverbs). Unknown surnames the tagger also calls NN ("Haraldsson") stay;

unless the gazetteer knows the word or the article also writes it as a proper noun (NNP,
NNPS). A word in capitals only ("NATO") is left alone, but for a headline's one-word topic: a
dictionary word in capitals opening its line before a spaced dash ("WEATHER - Conditions at CIS
airports") is no name either.
"""

from __future__ import annotations

from functools import lru_cache

from services.processors.entities.lexicon import Lexicon
from services.processors.entities.pipeline import default_model_path
from services.processors.entities.spans import PROPER_TAGS, NewsSpan
from services.processors.entities.tokens import DocTokens

_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
_PLURAL_ENDINGS = ("es", "s")
_DASHES = frozenset({"-", "\u2013", "\u2014"})


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The lemmatizer word index of the bundled model (lower case); RuntimeError if it is missing."""
    from spacy.lookups import Lookups

    path = default_model_path() / "lemmatizer" / "lookups"
    if not path.is_dir():
        raise RuntimeError(f"the bundled spaCy model has no lemmatizer lookups at {path}")
    index = Lookups().from_disk(path).get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


def drop_common_nouns(toks: DocTokens, spans: list[NewsSpan], lexicon: Lexicon) -> list[NewsSpan]:
    """``spans`` without one-word names that are common nouns here (module docstring)."""
    proper = {toks.text[k] for k in range(len(toks)) if toks.tag[k] in PROPER_TAGS}
    words = english_words()
    return [
        s for s in spans if not _common_noun(toks, s, lexicon, proper, words) and not _topic(toks, s, lexicon, words)
    ]


def _topic(toks: DocTokens, span: NewsSpan, lexicon: Lexicon, words: frozenset[str]) -> bool:
    """A headline's one-word topic in capitals before a spaced dash ("WEATHER - Conditions at
    ...", "SOCCER - ..."), a dictionary word opening its line."""
    k = span.start
    word = toks.text[k]
    return (
        span.source == "model"
        and span.label in _NAME_LABELS
        and span.end - k == 1
        and (k == 0 or "\n" in toks.text[k - 1])
        and word.isupper()
        and toks.alpha[k]
        and k + 1 < len(toks)
        and toks.text[k + 1] in _DASHES
        and toks.space[k]
        and word not in lexicon.terms
        and word.lower() in words
    )


def is_dictionary_word(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` in lower case, or its singular, is in ``words``."""
    lower = word.lower()
    if lower in words:
        return True
    return any(lower.endswith(end) and lower[: -len(end)] in words for end in _PLURAL_ENDINGS)


def _common_noun(toks: DocTokens, span: NewsSpan, lexicon: Lexicon, proper: set[str], words: frozenset[str]) -> bool:
    if span.source != "model" or span.label not in _NAME_LABELS or span.end - span.start != 1:
        return False
    word = toks.text[span.start]
    return (
        toks.tag[span.start] in _COMMON_NOUN_TAGS
        and toks.alpha[span.start]
        and word[:1].isupper()
        and not word.isupper()
        and word not in lexicon.terms
        and word not in proper
        and is_dictionary_word(word, words)
    )
