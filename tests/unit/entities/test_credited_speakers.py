"""Speakers credited by employer after "said", on spans set by hand over sentences written for the test."""

import pytest

from services.processors.entities.credited_speakers import credited_speakers
from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _labels(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    toks = DocTokens.of(nlp(text))
    given = []
    for words, label in spans:
        n = len(words.split())
        start = next(k for k in range(len(toks)) if " ".join(toks.text[k : k + n]) == words)
        given.append(NewsSpan(start, start + n, toks.idx[start], toks.end[start + n - 1], label, "model"))
    return [(toks.span_text(s.start, s.end), s.label) for s in credited_speakers(toks, given, load_lexicon())]


def test_a_name_after_said_and_an_employers_possessive_is_a_person(nlp):
    text = '" Rates will rise , " said Tarvex Bank \'s Orsolya Kemeny .'
    labels = _labels(nlp, text, [("Tarvex Bank", "ORG"), ("Orsolya Kemeny", "ORG")])
    assert labels == [("Tarvex Bank", "ORG"), ("Orsolya Kemeny", "PERSON")]


def test_without_a_speech_verb_or_with_a_company_word_it_stays(nlp):
    text = "Tarvex Bank 's Kessel Unit grew , and analysts said Dunmore 's Varro Holdings fell ."
    labels = _labels(
        nlp, text, [("Tarvex Bank", "ORG"), ("Kessel Unit", "ORG"), ("Dunmore", "ORG"), ("Varro Holdings", "ORG")]
    )
    assert ("Kessel Unit", "ORG") in labels
    assert ("Varro Holdings", "ORG") in labels


@pytest.mark.parametrize(
    ("unit", "label"),
    [("Global Markets", "ORG"), ("Asset Management", "ORG"), ("Tarvex Securities", "ORG"), ("Mark Price", "PERSON")],
)
def test_a_unit_of_the_employer_is_no_speaker(nlp, unit, label):
    # A name of dictionary words only, or one sharing a word with the employer, is a unit of it;
    # a common given name still opens a person's name.
    text = f'" Rates will rise , " said Tarvex Bank \'s {unit} .'
    labels = _labels(nlp, text, [("Tarvex Bank", "ORG"), (unit, "ORG")])
    assert (unit, label) in labels
