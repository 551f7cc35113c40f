"""Merged names in ALL-CAPS headlines re-cut at the names the article spells in mixed case."""

from services.processors.entities.all_caps import CaseRestorer, find_regions
from services.processors.entities.caps_splits import split_merged_caps_names
from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.spans import NewsSpan, token_span
from services.processors.entities.tokens import DocTokens


def _split(nlp, text: str, spans: list[tuple[str, str]], body: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Runs the rule on ``text`` with headline spans and body spans given by their words."""
    toks = DocTokens.of(nlp(text))
    regions = find_regions(toks, CaseRestorer(load_lexicon()).acronyms)
    given = [_span(toks, words, label, first=True) for words, label in spans]
    given += [_span(toks, words, label, first=False) for words, label in body]
    out = split_merged_caps_names(toks, regions, given)
    return {(toks.span_text(s.start, s.end), s.label) for s in out}


def _span(toks: DocTokens, words: str, label: str, first: bool) -> NewsSpan:
    n = len(words.split())
    starts = [k for k in range(len(toks) - n + 1) if " ".join(toks.text[k : k + n]) == words]
    k = starts[0] if first else starts[-1]
    return token_span(toks, k, k + n, label, "model")


_TEXT = (
    "HOCKEY - TORONTO MAPLE LEAFS EDGE OTTAWA 3-2\n\nTORONTO 1996-11-02\n\n"
    "The Toronto Maple Leafs edge past Ottawa on most nights, and they did edge them again.\n"
)


def test_a_merged_headline_span_is_cut_at_the_body_names(nlp):
    out = _split(
        nlp,
        _TEXT,
        [("TORONTO MAPLE LEAFS EDGE OTTAWA", "ORG")],
        [("Toronto Maple Leafs", "ORG"), ("Ottawa", "GPE")],
    )
    assert ("TORONTO MAPLE LEAFS", "ORG") in out
    assert ("OTTAWA", "GPE") in out
    assert not [s for s in out if "EDGE" in s[0]]


def test_a_headline_span_inside_a_body_name_grows_to_that_name(nlp):
    out = _split(nlp, _TEXT, [("TORONTO", "GPE")], [("Toronto Maple Leafs", "ORG")])
    assert ("TORONTO MAPLE LEAFS", "ORG") in out
    assert ("TORONTO", "GPE") not in out


def test_names_side_by_side_without_a_common_word_are_kept_whole(nlp):
    text = "BASKETBALL - NEW YORK KNICKS\n\nNEW YORK 1996-11-02\n\nThe Knicks play in New York on Sunday.\n"
    out = _split(nlp, text, [("NEW YORK KNICKS", "ORG")], [("Knicks", "ORG"), ("New York", "GPE")])
    assert out >= {("NEW YORK KNICKS", "ORG")}


def test_a_span_whose_other_word_the_body_capitalises_is_kept(nlp):
    text = (
        "HOCKEY - OTTAWA SENATORS WIN\n\nOTTAWA 1996-11-02\n\n"
        "The win took Ottawa top, and the Senators were happy to win.\n"
    )
    out = _split(nlp, text, [("OTTAWA SENATORS WIN", "ORG")], [("Ottawa", "GPE")])
    assert ("OTTAWA SENATORS WIN", "ORG") in out


def test_the_extractor_splits_a_headline_the_model_merges(run):
    entities, _ = run(
        "SOCCER - TOTTENHAM HOTSPUR BEAT CHELSEA 2-1\n\nLONDON 1996-08-30\n\n"
        "Tottenham Hotspur beat Chelsea 2-1 on Saturday, with Teddy Sheringham scoring twice.\n"
    )
    mentions = {(m.text, e.type) for e in entities.values() for m in e.mentions}
    assert not [m for m in mentions if "BEAT" in m[0]]
    assert {("TOTTENHAM HOTSPUR", "ORG"), ("CHELSEA", "ORG")} <= mentions


def test_a_headline_span_and_its_neighbour_inside_a_body_name_become_that_name(nlp):
    out = _split(nlp, _TEXT, [("TORONTO", "GPE"), ("MAPLE LEAFS", "ORG")], [("Toronto Maple Leafs", "ORG")])
    assert ("TORONTO MAPLE LEAFS", "ORG") in out
    assert not {("TORONTO", "GPE"), ("MAPLE LEAFS", "ORG")} & out
