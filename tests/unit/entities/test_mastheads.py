"""Newspaper titles in running text are organisations, on sentences written for the test."""


def _types(entities):
    return {m.text: e.type for e in entities.values() for m in e.mentions}


def test_a_paper_named_after_its_city_is_an_org_not_the_city(run):
    types = _types(run("The Hong Kong Standard said on Friday that the talks had failed.")[0])
    assert types.get("Hong Kong Standard") == "ORG"
    assert "Hong Kong" not in types


def test_a_paper_word_opens_a_title_and_the_stays_outside(run):
    types = _types(run("The Sunday Telegraph quoted a former aide as saying she was shaken.")[0])
    assert types.get("Sunday Telegraph") == "ORG"


def test_a_title_with_a_particle_is_one_org(run):
    types = _types(run("The Gazzetta dello Sport said the deal would cost the club around $600,000.")[0])
    assert types.get("Gazzetta dello Sport") == "ORG"
    assert "Sport" not in types


def test_a_run_opening_with_no_place_or_paper_word_is_no_title(nlp):
    from services.processors.entities.lexicon import load_lexicon
    from services.processors.entities.mastheads import newspaper_mastheads
    from services.processors.entities.tokens import DocTokens

    toks = DocTokens.of(nlp("Harlan Post said he was happy, and the Harlan Times was sold."))
    assert newspaper_mastheads(toks, [], load_lexicon()) == []
