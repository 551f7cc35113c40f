"""People named after places: the surname-shaped place reads as the person within one article."""

from services.processors.entities.spans import NewsSpan
from services.processors.entities.surnames import people_named_after_places
from services.processors.entities.tokens import DocTokens


def _span(toks, start, end, label, source="model"):
    return NewsSpan(start, end, toks.idx[start], toks.end[end - 1], label, source)


def _labels(toks, spans):
    return sorted((" ".join(toks.text[s.start : s.end]), s.label) for s in spans)


def test_given_name_and_place_word_join_into_one_person(nlp):
    toks = DocTokens.of(nlp("The writer Maria Chile spoke ."))
    spans = [_span(toks, 2, 3, "PERSON"), _span(toks, 3, 4, "GPE", "gazetteer")]
    out = people_named_after_places(toks, spans, sports=False)
    assert _labels(toks, out) == [("Maria Chile", "PERSON")]


def test_sports_reports_keep_a_name_beside_its_country(nlp):
    toks = DocTokens.of(nlp("1. Smith Kenya 27:10"))
    spans = [_span(toks, 2, 3, "PERSON"), _span(toks, 3, 4, "GPE", "gazetteer")]
    out = people_named_after_places(toks, spans, sports=True)
    assert _labels(toks, out) == [("Kenya", "GPE"), ("Smith", "PERSON")]


def test_surname_repeats_become_the_person_except_after_a_place_preposition(nlp):
    toks = DocTokens.of(nlp("Tom Chad arrived . Chad said he would return to Chad soon ."))
    spans = [
        _span(toks, 0, 2, "PERSON"),
        _span(toks, 4, 5, "GPE", "gazetteer"),
        _span(toks, 10, 11, "GPE", "gazetteer"),
    ]
    out = people_named_after_places(toks, spans, sports=False)
    assert [s.label for s in sorted(out, key=lambda s: s.start)] == ["PERSON", "PERSON", "GPE"]


def test_places_without_a_matching_person_stay_places(nlp):
    toks = DocTokens.of(nlp("Tom Brown flew to Chad . Chad said nothing ."))
    spans = [_span(toks, 0, 2, "PERSON"), _span(toks, 4, 5, "GPE"), _span(toks, 6, 7, "GPE")]
    out = people_named_after_places(toks, spans, sports=False)
    assert [s.label for s in out] == ["PERSON", "GPE", "GPE"]


def test_two_words_across_a_line_break_are_not_joined(nlp):
    toks = DocTokens.of(nlp("Reporting by Maria\nChile is calm ."))
    spans = [_span(toks, 2, 3, "PERSON"), _span(toks, 4, 5, "GPE", "gazetteer")]
    out = people_named_after_places(toks, spans, sports=False)
    assert _labels(toks, out) == [("Chile", "GPE"), ("Maria", "PERSON")]


def test_article_about_a_person_named_after_a_country(run):
    body = (
        "The film director Neil Jordan said on Friday that the premiere went well.\n\n"
        "Jordan said the cast had worked for a year. Critics praised Jordan 's script."
    )
    entities, _ = run(body)
    people = {m.text for e in entities.values() if e.type == "PERSON" for m in e.mentions}
    places = {m.text for e in entities.values() if e.type in {"GPE", "LOC"} for m in e.mentions}
    assert "Neil Jordan" in people and "Jordan" in people
    assert "Jordan" not in places
