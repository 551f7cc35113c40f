"""An owner run into what it owns is cut off at the possessive when the article names it apart."""

from services.processors.entities.inner_possessives import split_inner_possessives
from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _run(nlp, text, marked):
    toks = DocTokens.of(nlp.make_doc(text))
    words = list(toks.text)
    spans = []
    for phrase, label, nth in marked:
        parts = phrase.split()
        hits = [k for k in range(len(words)) if words[k : k + len(parts)] == parts]
        k = hits[nth]
        spans.append(NewsSpan(k, k + len(parts), toks.idx[k], toks.end[k + len(parts) - 1], label, "model"))
    out = split_inner_possessives(toks, spans, load_lexicon())
    return sorted((toks.span_text(s.start, s.end), s.label) for s in out)


def test_an_owner_named_apart_as_a_person_is_cut_off(nlp):
    text = "Gaddafi pledged money to Tarvik 's Nation of Unity group . Tarvik thanked him ."
    out = _run(nlp, text, [("Tarvik 's Nation of Unity", "ORG", 0), ("Tarvik", "PERSON", 1)])
    assert out == [("Nation of Unity", "ORG"), ("Tarvik", "PERSON"), ("Tarvik", "PERSON")]


def test_a_rest_opening_with_a_country_is_cut_off(nlp):
    out = _run(nlp, "Hartby ' England striker Lee Kessel was fined .", [("Hartby ' England", "ORG", 0)])
    assert out == [("England", "GPE"), ("Hartby", "ORG")]


def test_a_firm_holding_a_possessive_stays_whole(nlp):
    text = "The bid for Tarvmen 's Bancshares Inc. was large . Tarvmen rose ."
    out = _run(nlp, text, [("Tarvmen 's Bancshares Inc.", "ORG", 0), ("Tarvmen", "ORG", 1)])
    assert ("Tarvmen 's Bancshares Inc.", "ORG") in out


def test_a_designated_firm_stays_whole_even_if_its_owner_word_is_a_person_elsewhere(nlp):
    text = "Holders of Harby 's Bancshares Inc approved . Harby rose ."
    out = _run(nlp, text, [("Harby 's Bancshares Inc", "ORG", 0), ("Harby", "PERSON", 1)])
    assert ("Harby 's Bancshares Inc", "ORG") in out
