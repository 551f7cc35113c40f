"""ALL-CAPS headlines and datelines: regions, case restoration, entities mapped to the original text."""

from services.processors.entities.all_caps import CaseRestorer, find_regions, title_case
from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.tokens import DocTokens


def _toks(nlp, text):
    return DocTokens.of(nlp.make_doc(text))


def _mentions(entities):
    return {(m.text, e.type) for e in entities.values() for m in e.mentions}


def test_headline_and_dateline_regions(nlp):
    restorer = CaseRestorer(load_lexicon())
    toks = _toks(nlp, "PUTIN WARNS NATO OVER ARMS\n\nMOSCOW (Reuters) - Talks failed.\nNATO said no.")
    regions = find_regions(toks, restorer.acronyms)
    assert [(toks.span_text(r.start, r.end), r.headline) for r in regions] == [
        ("PUTIN WARNS NATO OVER ARMS", True),
        ("MOSCOW", False),
    ]


def test_a_line_with_acronyms_is_not_a_headline(nlp):
    restorer = CaseRestorer(load_lexicon())
    toks = _toks(nlp, "The UN and NATO met in Brussels on Monday.\nEU officials agreed.")
    assert find_regions(toks, restorer.acronyms) == []


def test_case_is_restored_from_the_article_and_keeps_lengths(nlp):
    restorer = CaseRestorer(load_lexicon())
    text = (
        "LEICESTERSHIRE TAKE OVER AT TOP\nLeicestershire beat Somerset to take over at the top, officials at NATO said."
    )
    toks = _toks(nlp, text)
    restored = restorer.restore(toks, find_regions(toks, restorer.acronyms))
    assert [restored[k] for k in range(5)] == ["Leicestershire", "take", "over", "at", "top"]
    assert all(len(restored[k]) == len(toks.text[k]) for k in restored)


def test_acronyms_stay_in_capitals(nlp):
    restorer = CaseRestorer(load_lexicon())
    toks = _toks(nlp, "LEADERS WARN NATO AND THE EU\nThe leaders spoke on Monday.")
    restored = restorer.restore(toks, find_regions(toks, restorer.acronyms))
    assert 2 not in restored and 5 not in restored  # NATO, EU
    assert restored[1] == "warn"


def test_names_in_a_caps_headline_are_found_with_offsets_into_the_original(run):
    body = (
        "PUTIN WARNS NATO OVER UKRAINE ARMS\n\n"
        "Russian President Vladimir Putin warned NATO on Monday that arms deliveries to Ukraine "
        "would prolong the war."
    )
    entities, _ = run(body)
    found = _mentions(entities)
    assert {("PUTIN", "PERSON"), ("NATO", "ORG"), ("UKRAINE", "GPE")} <= found
    assert entities["Vladimir Putin"].mention_count == 2


def test_a_headline_name_the_model_misses_is_found_from_its_mixed_case_mention(run):
    body = (
        "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY .\n"
        "Phil Simmons took four wickets as Leicestershire won the county championship match ."
    )
    entities, _ = run(body)
    caps = [m for e in entities.values() for m in e.mentions if m.text == "LEICESTERSHIRE"]
    assert len(caps) == 1
    assert not [m for e in entities.values() for m in e.mentions if "CRICKET" in m.text]


def test_datelines_are_places(run):
    entities, _ = run("AL-AIN, United Arab Emirates 1996-12-06\nJapan began the defence of their title.")
    assert ("AL-AIN", "GPE") in _mentions(entities)
    entities, _ = run("KYIV, Ukraine \u2014 Officials said the bridge had reopened on Monday.")
    assert ("KYIV", "GPE") in _mentions(entities)


def test_mixed_case_text_is_left_to_the_model(run, nlp):
    body = "Officials at NATO and the EU met in Brussels on Monday, the BBC reported."
    entities, _ = run(body)
    bare = {(e.text, e.label_) for e in nlp(body).ents if e.label_ in ("ORG", "GPE")}
    assert bare <= _mentions(entities)


def test_a_caps_headline_name_takes_the_label_the_article_gives_it(run):
    body = (
        "SOCCER - LIVERPOOL SINK ARSENAL TO GO TOP\n"
        "Liverpool beat Arsenal 2-1 on Saturday to go top of the league, and the striker scored the winner."
    )
    types = _mentions(run(body)[0])
    assert ("LIVERPOOL", "ORG") in types and ("Liverpool", "ORG") in types


def test_a_caps_headline_is_not_parsed_for_teams(run):
    # Read as team slots, the capitals' parse made one ORG of "PORTO BEAT BENFICA".
    body = (
        "SOCCER - PORTO BEAT BENFICA TO GO TOP\n"
        "The visitors won the county championship match on Monday after the opener made a century, "
        "the club said."
    )
    entities, _ = run(body)
    assert not [m for e in entities.values() for m in e.mentions if "BEAT" in m.text]


def test_a_title_word_in_a_caps_headline_does_not_make_the_next_word_a_person(run):
    body = "THE PRESIDENT SAID THE WAR WOULD END SOON\nPresident Putin said on Monday the war would end soon."
    entities, _ = run(body)
    assert {m.text for e in entities.values() for m in e.mentions} == {"Putin"}


def test_each_part_of_a_joined_word_is_capitalised():
    assert title_case("WASHINGTON/LONDON") == "Washington/London"
    assert title_case("AL-AIN") == "Al-Ain"


def test_a_joined_dateline_gives_both_places(run):
    entities, _ = run("WASHINGTON/LONDON (Reuters) - Talks failed on Monday.")
    assert {("WASHINGTON", "GPE"), ("LONDON", "GPE")} <= _mentions(entities)


def test_a_bare_dateline_names_the_place_whatever_the_recogniser_reads(run):
    # The recogniser finds nothing in "WELLSBORO" (restored "Wellsboro 1996-12-06").
    entities, _ = run(
        "Cattle trade slow .\nWELLSBORO 1996-12-06\nTrade was slow in the area on Friday , dealers said .\n"
    )
    assert _mentions(entities) >= {("WELLSBORO", "GPE")}


def test_a_dateline_with_more_than_a_date_after_it_is_left_to_the_recogniser(run):
    entities, _ = run("UPDATE 2 shares fell in early trade on Friday , dealers said .\n")
    assert "UPDATE" not in entities


def test_a_place_and_a_date_make_a_dateline_whatever_their_capitals(run):
    entities, _ = run(
        "Exam cheats caught .\nRIO DE JANEIRO 1996-12-06\nStudents were caught cheating , a newspaper said .\n"
    )
    assert _mentions(entities) >= {("RIO DE JANEIRO", "GPE")}


def test_a_day_and_a_date_are_no_dateline(run):
    entities, _ = run("Schedule of games :\nSUNDAY , DECEMBER 8\nST LOUIS AT CHICAGO\n")
    assert not [m for m in _mentions(entities) if m[0] in ("SUNDAY", "DECEMBER")]


def test_the_dateline_place_is_a_place_in_the_body_too(extractor):
    # The bare model tags the first "Tarnby" of the body ORG.
    found, _ = extractor.extract(
        "Sombre mood in mining town after crash .\n"
        "TARNBY , Norway 1996-08-30\n"
        "Tarnby is a town in mourning .\n"
        "The plane crashed just east of Tarnby , killing all 141 people on board .\n"
    )
    assert {(e.name.upper(), e.type) for e in found if e.name.upper() == "TARNBY"} == {("TARNBY", "GPE")}


def test_the_country_after_the_comma_of_a_bare_dateline_is_a_place(extractor):
    found, _ = extractor.extract(
        "Assault charges dropped against former rebel .\n"
        "TARNBY , Ostravia 1996-08-30\n"
        "A former guerrilla leader walked free on Friday after charges were dropped , police said .\n"
    )
    assert ("Ostravia", "GPE") in {(e.name, e.type) for e in found}


def test_a_headline_with_a_score_is_no_dateline(nlp):
    toks = DocTokens.of(nlp.make_doc("CRICKET - YORKSHIRE BEAT ESSEX 245-6\nLEEDS 1996-08-30\nYorkshire won .\n"))
    regions = find_regions(toks, CaseRestorer(load_lexicon()).acronyms)
    assert [(toks.span_text(r.start, r.end), r.headline) for r in regions] == [
        ("CRICKET - YORKSHIRE BEAT ESSEX 245-6", True),
        ("LEEDS", False),
    ]


def test_a_country_after_the_comma_still_makes_a_bare_dateline(nlp):
    toks = DocTokens.of(nlp.make_doc("HANOVER , GERMANY 1996-12-06\nTrade was slow .\n"))
    regions = find_regions(toks, CaseRestorer(load_lexicon()).acronyms)
    assert [(toks.span_text(r.start, r.end), r.headline) for r in regions] == [("HANOVER", False)]
