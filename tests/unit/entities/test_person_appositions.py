"""Names before a person's apposition are people, on spans set by hand over sentences written for the test."""

import pytest

from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.person_appositions import person_appositions
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _labels(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    toks = DocTokens.of(nlp(text))
    given, seen = [], set()
    for words, label in spans:
        n = len(words.split())
        start = next(k for k in range(len(toks)) if " ".join(toks.text[k : k + n]) == words and k not in seen)
        seen.add(start)
        given.append(NewsSpan(start, start + n, toks.idx[start], toks.end[start + n - 1], label, "model"))
    return [(toks.span_text(s.start, s.end), s.label) for s in person_appositions(toks, given, load_lexicon())]


def test_a_name_before_a_role_apposition_is_a_person_everywhere(nlp):
    text = "Ren Kovalt , former editor of the weekly , was freed . The king pardoned Ren Kovalt on Friday ."
    labels = _labels(nlp, text, [("Ren Kovalt", "ORG"), ("Ren Kovalt", "ORG")])
    assert labels == [("Ren Kovalt", "PERSON"), ("Ren Kovalt", "PERSON")]


def test_a_company_or_a_thing_apposition_keeps_its_label(nlp):
    text = "Tarvex Corp , owner of the mill , and Dunmore Hills , the centre of the trade , grew ."
    labels = _labels(nlp, text, [("Tarvex Corp", "ORG"), ("Dunmore Hills", "LOC")])
    assert labels == [("Tarvex Corp", "ORG"), ("Dunmore Hills", "LOC")]


def test_the_role_must_close_the_apposition(nlp):
    labels = _labels(nlp, "Kessel Mining , an editor software maker , said .", [("Kessel Mining", "ORG")])
    assert labels == [("Kessel Mining", "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "Tarvik Holdings , a unit of Marbury Group , said profits rose .",
        "Marbury Media , publisher of the paper , said it would appeal .",
        "Tarvik Telecom , operator of the network , said it would appeal .",
        "Tarvik Books , a publisher in London , said sales rose .",
        "Tarvik Radio , a broadcaster in the north , said it would close .",
    ],
)
def test_a_company_before_a_business_apposition_stays_a_company(nlp, text):
    name = " ".join(text.split()[:2])
    assert _labels(nlp, text, [(name, "ORG")]) == [(name, "ORG")]
