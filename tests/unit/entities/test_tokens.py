"""DocTokens / TokenReader hold exactly the Token facts the rules used to read from spaCy objects."""

import random

import pytest
from spacy.tokens import Span
from spacy.util import filter_spans

from services.processors.entities import tokens as tokens_module
from services.processors.entities.quotes import _expanded_char_token
from services.processors.entities.selection import filter_match_rows
from services.processors.entities.tokens import DocTokens, TokenReader

BODIES = [
    "",
    "Kyiv",
    '  Russian Foreign Minister Sergei Lavrov\'s visit, the U.S. said.\n\n"We will go," he told KCNA.',
    '\u00a0\u2009 Moscow\u00a0said "nothing more" \u2009 🙂 Jean-Claude  Juncker — Ministry of Trade & Industry  ',
    "A\n\nB\tC  D. E! ¿Qué? “quoted” «guillemets» „low” 's ’s",
]


def _facts(doc):
    return {
        "text": [t.text for t in doc],
        "lower": [t.lower_ for t in doc],
        "tag": [t.tag_ for t in doc],
        "idx": [t.idx for t in doc],
        "end": [t.idx + len(t.text) for t in doc],
        "space": [bool(t.whitespace_) for t in doc],
        "alpha": [t.is_alpha for t in doc],
        "punct": [t.is_punct for t in doc],
        "sent_start": [bool(t.is_sent_start) for t in doc],
    }


@pytest.mark.parametrize("body", BODIES)
def test_doc_tokens_equal_the_token_attributes(nlp, body):
    doc = nlp(body)
    reader = TokenReader(nlp.vocab)
    for toks in (DocTokens.of(doc), reader.read(doc), reader.read(doc)):  # the second read is cached
        assert toks.doc is doc
        assert toks.body == doc.text == body
        assert len(toks) == len(doc)
        assert {name: list(getattr(toks, name)) for name in _facts(doc)} == _facts(doc)
        assert toks.ents == tuple((e.start, e.end, e.label_) for e in doc.ents)


@pytest.mark.parametrize("body", BODIES)
def test_span_text_and_char_lookup_agree_with_spacy(nlp, body):
    doc = nlp(body)
    toks = DocTokens.of(doc)
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 4) + 1):
            assert toks.span_text(start, end) == doc[start:end].text
    for char in range(len(body)):
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        assert _expanded_char_token(toks, char) == (span.start, span.end)


def test_reader_cache_is_bounded(nlp, monkeypatch):
    monkeypatch.setattr(tokens_module, "CACHE_SIZE", 8)
    reader = TokenReader(nlp.vocab)
    for body in BODIES:
        doc = nlp(body)
        assert list(reader.read(doc).text) == [t.text for t in doc]
        assert len(reader._forms) <= max(8, len(doc))


def test_doc_of_another_vocabulary_is_read_without_the_cache(nlp):
    import spacy

    other = spacy.blank("en")
    reader = TokenReader(nlp.vocab)
    doc = other("Kim Jong Un said")
    assert list(reader.read(doc).text) == ["Kim", "Jong", "Un", "said"]
    assert reader._forms == {}


def test_filter_spans_rows_match_spacy(nlp):
    doc = nlp("one two three four five six seven eight nine ten eleven twelve")
    rng = random.Random(3)
    for _ in range(300):
        rows = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randrange(len(doc))
            rows.append((rng.randint(1, 3), start, rng.randint(start + 1, min(len(doc), start + 4))))
        spans = [Span(doc, start, end, label=label) for label, start, end in rows]
        assert filter_match_rows(rows) == [(s.label, s.start, s.end) for s in filter_spans(spans)]
