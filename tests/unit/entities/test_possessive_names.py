from services.processors.entities.possessive_names import possessive_company_names
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _span(toks: DocTokens, start: int, end: int, label: str = "ORG") -> NewsSpan:
    return NewsSpan(start, end, toks.idx[start], toks.end[end - 1], label, "model")


def _texts(toks: DocTokens, spans: list[NewsSpan]) -> list[tuple[str, str]]:
    return [(toks.span_text(s.start, s.end), s.label) for s in spans]


def test_a_short_name_takes_the_possessive_of_its_full_name(nlp):
    toks = DocTokens.of(nlp.make_doc("Harlow 's Bancshares Inc agreed . Harlow 's was the prize ."))
    spans = [_span(toks, 0, 4), _span(toks, 6, 7)]
    assert _texts(toks, possessive_company_names(toks, spans)) == [
        ("Harlow 's Bancshares Inc", "ORG"),
        ("Harlow 's", "ORG"),
    ]


def test_a_possessive_without_such_a_full_name_stays_outside(nlp):
    toks = DocTokens.of(nlp.make_doc("Tarvex Bancorp agreed . Tarvex 's profit rose ."))
    spans = [_span(toks, 0, 2), _span(toks, 4, 5)]
    assert _texts(toks, possessive_company_names(toks, spans)) == [("Tarvex Bancorp", "ORG"), ("Tarvex", "ORG")]


def test_only_organisations_take_the_possessive(nlp):
    # A person who shares the company's first word keeps a bare name.
    toks = DocTokens.of(nlp.make_doc("Harlow 's Bancshares Inc agreed . Harlow 's son spoke ."))
    spans = [_span(toks, 0, 4), _span(toks, 6, 7, "PERSON")]
    assert _texts(toks, possessive_company_names(toks, spans))[1] == ("Harlow", "PERSON")


def test_a_possessive_closing_a_span_makes_no_short_name(nlp):
    # "Tarvex 's" with nothing after it in the span is no full name with a possessive inside.
    toks = DocTokens.of(nlp.make_doc("Tarvex 's agreed . Tarvex 's profit rose ."))
    spans = [_span(toks, 0, 2), _span(toks, 4, 5)]
    assert _texts(toks, possessive_company_names(toks, spans))[1] == ("Tarvex", "ORG")


def test_the_stage_extends_the_short_name_in_an_article(run):
    entities, _ = run(
        "Shareholders of Harlow 's Bancshares Inc approved the merger on Friday . "
        "Harlow 's was the prize in Missouri , analysts said ."
    )
    assert any(m.text == "Harlow 's" for e in entities.values() for m in e.mentions)
