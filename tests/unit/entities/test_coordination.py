"""Two organisations joined by a conjunction in one span are split when the article names them apart."""

from services.processors.entities.coordination import split_coordinated_organisations
from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _span(toks, start, end, label="ORG"):
    return NewsSpan(start, end, toks.idx[start], toks.end[end - 1], label, "model")


def _texts(toks, spans):
    return sorted((" ".join(toks.text[s.start : s.end]), s.label) for s in spans)


def test_pair_named_apart_elsewhere_is_split(nlp):
    toks = DocTokens.of(nlp("Alpha Bancorp and Beta Holdings grew . Buy Alpha or Beta now ."))
    spans = [_span(toks, 0, 2), _span(toks, 3, 5), _span(toks, 8, 11)]
    out = split_coordinated_organisations(toks, spans, load_lexicon())
    assert ("Alpha", "ORG") in _texts(toks, out) and ("Beta", "ORG") in _texts(toks, out)
    assert ("Alpha or Beta", "ORG") not in _texts(toks, out)


def test_single_name_with_a_conjunction_stays(nlp):
    toks = DocTokens.of(nlp("Gamma and Delta Co said profits rose . Gamma shares fell ."))
    spans = [_span(toks, 0, 4), _span(toks, 8, 9)]
    out = split_coordinated_organisations(toks, spans, load_lexicon())
    assert _texts(toks, out) == [("Gamma", "ORG"), ("Gamma and Delta Co", "ORG")]


def test_other_labels_and_lowercase_sides_stay(nlp):
    toks = DocTokens.of(nlp("Tom and Ann met . Tom Lee and Ann Kay left ."))
    spans = [_span(toks, 0, 3, "PERSON"), _span(toks, 5, 7, "PERSON"), _span(toks, 8, 10, "PERSON")]
    out = split_coordinated_organisations(toks, spans, load_lexicon())
    assert len(out) == 3 and out[0].end - out[0].start == 3


def test_a_list_of_designated_firms_is_split_without_other_mentions(nlp):
    toks = DocTokens.of(nlp("It will buy Tarvo Traditions Ltd and Lusa Marketing & Promotions Inc for cash ."))
    spans = [_span(toks, 3, 12)]
    assert " ".join(toks.text[3:12]) == "Tarvo Traditions Ltd and Lusa Marketing & Promotions Inc"
    out = split_coordinated_organisations(toks, spans, load_lexicon())
    assert _texts(toks, out) == [("Lusa Marketing & Promotions Inc", "ORG"), ("Tarvo Traditions Ltd", "ORG")]


def test_three_designated_firms_in_a_list(nlp):
    toks = DocTokens.of(nlp("Tarvo Corp , Lusa Holdings and Kessel Plc bid ."))
    spans = [_span(toks, 0, 8)]
    out = split_coordinated_organisations(toks, spans, load_lexicon())
    assert _texts(toks, out) == [("Kessel Plc", "ORG"), ("Lusa Holdings", "ORG"), ("Tarvo Corp", "ORG")]


def test_a_designator_after_the_conjunction_keeps_one_firm(nlp):
    toks = DocTokens.of(nlp("Tarvo Brothers Inc and Co said profits rose ."))
    spans = [_span(toks, 0, 5)]
    out = split_coordinated_organisations(toks, spans, load_lexicon())
    assert _texts(toks, out) == [("Tarvo Brothers Inc and Co", "ORG")]
