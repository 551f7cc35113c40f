"""A place before a club noun, on spans set by hand over sentences written for the test."""

from services.processors.entities.attributive_places import attributive_places
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _labels(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    toks = DocTokens.of(nlp(text))
    given = []
    for words, label in spans:
        n = len(words.split())
        start = max(k for k in range(len(toks)) if " ".join(toks.text[k : k + n]) == words)
        given.append(NewsSpan(start, start + n, toks.idx[start], toks.end[start + n - 1], label, "model"))
    return [(toks.span_text(s.start, s.end), s.label) for s in attributive_places(toks, given)]


def test_a_one_word_person_between_the_and_a_club_noun_is_a_place(nlp):
    labels = _labels(nlp, "Dawlish , who moved to the Wexshire club in August , was fined .", [("Wexshire", "PERSON")])
    assert labels == [("Wexshire", "GPE")]


def test_a_surname_of_the_article_before_a_club_noun_stays_a_person(nlp):
    labels = _labels(
        nlp,
        "Rod Tarrant picked a young team . The Tarrant side won .",
        [("Rod Tarrant", "PERSON"), ("Tarrant", "PERSON")],
    )
    assert labels == [("Rod Tarrant", "PERSON"), ("Tarrant", "PERSON")]
