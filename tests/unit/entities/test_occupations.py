from services.processors.entities.occupations import occupations_before_names
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _person(toks: DocTokens, words: str) -> NewsSpan:
    first = words.split()[0]
    start = toks.text.index(first)
    end = start + len(words.split())
    assert toks.span_text(start, end) == words
    return NewsSpan(start, end, toks.idx[start], toks.end[end - 1], "PERSON", "model")


def _names(toks: DocTokens, spans: list[NewsSpan]) -> list[str]:
    return [toks.span_text(s.start, s.end) for s in spans]


def test_an_occupation_written_before_a_name_elsewhere_is_cut_off_a_sentence_opening_person(nlp):
    toks = DocTokens.of(nlp('Shares fell, said broker Tariq Azmi.\nBroker Nadim Farooq said the mood was weak.'))
    spans = [_person(toks, "Broker Nadim Farooq")]
    assert _names(toks, occupations_before_names(toks, spans)) == ["Nadim Farooq"]


def test_a_word_never_written_in_lower_case_before_a_name_stays(nlp):
    toks = DocTokens.of(nlp("Prices rose sharply on Monday.\nRose Mary Tarvik said the mood was weak."))
    spans = [_person(toks, "Rose Mary Tarvik")]
    assert _names(toks, occupations_before_names(toks, spans)) == ["Rose Mary Tarvik"]


def test_a_two_word_person_keeps_both_words(nlp):
    toks = DocTokens.of(nlp("Shares fell, said broker Tariq Azmi.\nBroker Farooq said the mood was weak."))
    spans = [_person(toks, "Broker Farooq")]
    assert _names(toks, occupations_before_names(toks, spans)) == ["Broker Farooq"]
