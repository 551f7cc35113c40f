"""One-word names the tagger reads as common nouns are dropped."""

from dataclasses import replace

from services.processors.entities.common_nouns import drop_common_nouns, english_words, is_dictionary_word
from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _one(nlp, text, word, label="PERSON", source="model"):
    toks = DocTokens.of(nlp(text))
    k = list(toks.text).index(word)
    return toks, [NewsSpan(k, k + 1, toks.idx[k], toks.end[k], label, source)]


def _kept(toks, spans):
    return [toks.span_text(s.start, s.end) for s in drop_common_nouns(toks, spans, load_lexicon())]


def test_a_capitalised_common_noun_opening_a_line_is_dropped(nlp):
    toks, spans = _one(nlp, "Prices were steady .\nDeath is a natural thing , he said .", "Death")
    assert toks.tag[spans[0].start] in ("NN", "NNS")
    assert _kept(toks, spans) == []


def test_a_word_the_article_also_writes_as_a_proper_noun_stays(nlp):
    toks, spans = _one(nlp, "Death is near , said Tom Death , whom Mr. Death 's lawyer Ann Death defended .", "Death")
    assert any(toks.text[k] == "Death" and toks.tag[k] in ("NNP", "NNPS") for k in range(len(toks)))
    assert _kept(toks, spans) == ["Death"]


def test_proper_nouns_gazetteer_words_and_other_sources_stay(nlp):
    toks, spans = _one(nlp, "Tarvik said on Monday the plan would work .", "Tarvik")
    assert _kept(toks, spans) == ["Tarvik"]
    toks, spans = _one(nlp, "Death is a natural thing , he said .", "Death", source="title")
    assert _kept(toks, spans) == ["Death"]


def test_an_unknown_word_the_tagger_calls_a_common_noun_stays(nlp):
    # The tagger reads some unknown surnames as NN; only dictionary words are dropped.
    toks, spans = _one(nlp, "Tarvikssen scored twice .", "Tarvikssen")
    toks = replace(toks, tag=["NN", *toks.tag[1:]])
    assert _kept(toks, spans) == ["Tarvikssen"]
    toks, spans = _one(nlp, "Choice scored twice .", "Choice")
    toks = replace(toks, tag=["NN", *toks.tag[1:]])
    assert _kept(toks, spans) == []


def test_dictionary_words_and_their_plurals():
    words = english_words()
    assert is_dictionary_word("Steers", words) and is_dictionary_word("Conditions", words)
    assert not is_dictionary_word("Tarvikssen", words)


def test_a_headline_topic_in_capitals_before_a_dash_is_no_name(nlp):
    toks, spans = _one(nlp, "WEATHER - Conditions at Tarvik airports - Dec 6 .\nMOSCOW 1996-12-06", "WEATHER", "ORG")
    assert _kept(toks, spans) == []


def test_capitals_before_a_dash_that_are_no_dictionary_word_or_not_first_stay(nlp):
    toks, spans = _one(nlp, "TARVIK - Conditions at airports - Dec 6 .", "TARVIK", "ORG")
    assert _kept(toks, spans) == ["TARVIK"]
    toks, spans = _one(nlp, "Prices at WEATHER - Conditions firm .", "WEATHER", "ORG")
    assert _kept(toks, spans) == ["WEATHER"]


def test_a_surname_that_is_a_dictionary_word_stays_when_the_article_names_the_person(nlp):
    # "Hunter scored": the tagger may read a sentence-opening surname as a common noun; the full
    # name earlier ("Kevin Hunter") shows the article writes it as a proper noun.
    toks = DocTokens.of(nlp("Striker Kevin Hunter was fit again .\nHunter scored twice in the first half ."))
    k = max(i for i in range(len(toks)) if toks.text[i] == "Hunter")
    toks = replace(toks, tag=[*toks.tag[:k], "NN", *toks.tag[k + 1 :]])
    spans = [NewsSpan(k, k + 1, toks.idx[k], toks.end[k], "PERSON", "model")]
    assert _kept(toks, spans) == ["Hunter"]
