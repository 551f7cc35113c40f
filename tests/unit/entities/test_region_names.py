"""Untagged names after a region noun and "of", on sentences written for the test."""

from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.region_names import region_names
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _names(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    toks = DocTokens.of(nlp(text))
    given = []
    for words, label in spans:
        n = len(words.split())
        start = next(k for k in range(len(toks)) if " ".join(toks.text[k : k + n]) == words)
        given.append(NewsSpan(start, start + n, toks.idx[start], toks.end[start + n - 1], label, "model"))
    return [(toks.span_text(s.start, s.end), s.label) for s in region_names(toks, given, load_lexicon())]


def test_an_untagged_name_after_town_of_is_a_place(nlp):
    found = _names(
        nlp,
        "The brawl was in the mining town of Kessendorp 56 miles east of the capital .",
        [("Kessendorp 56 miles", "QUANTITY")],
    )
    assert ("Kessendorp", "GPE") in found


def test_a_tagged_name_or_a_capitalised_head_is_left_alone(nlp):
    found = _names(nlp, "He works for the Bank of Tarvia in the village of Ostermark .", [("Ostermark", "ORG")])
    assert found == [("Ostermark", "ORG")]
