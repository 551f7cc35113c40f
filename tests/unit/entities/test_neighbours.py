"""Swallowed neighbours: dates, percentages, scores and agency credits cut off names."""

import pytest

from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.neighbours import trim_neighbours
from services.processors.entities.tokens import DocTokens


def _trim(nlp, text: str, label: str) -> str:
    toks = DocTokens.of(nlp.make_doc(text))
    start, end = trim_neighbours(toks, 0, len(toks), label, load_lexicon())
    return toks.span_text(start, end)


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Barclays Monday", "ORG", "Barclays"),
        ("Tuesday Gazprom", "ORG", "Gazprom"),
        ("Marta Novak yesterday", "PERSON", "Marta Novak"),
        ("Rosneft 5 May", "ORG", "Rosneft"),
        ("on 5 May Rosneft", "ORG", "Rosneft"),
        ("Brent 5 percent", "ORG", "Brent"),
        ("Brent 3.5 per cent", "ORG", "Brent"),
        ("Arsenal 2-1", "ORG", "Arsenal"),
        ("Tarvex Systems Inc Q2", "ORG", "Tarvex Systems Inc"),
        ("Tarvex Corp 6mth", "ORG", "Tarvex Corp"),
        ("Koeman 45", "PERSON", "Koeman"),
        ("Aryna Sabalenka 7-5 4", "ORG", "Aryna Sabalenka"),
        ("Gazprom Reuters", "ORG", "Gazprom"),
        ("AFP Ivan Petrov", "PERSON", "Ivan Petrov"),
        ("Tarvex Energy Desk 212-555-0100", "ORG", "Tarvex Energy Desk"),  # a whole telephone number
        ("Tarvex Energy Desk 44-171-555-0100", "ORG", "Tarvex Energy Desk"),
    ],
)
def test_neighbours_are_cut_off(nlp, text, label, expected):
    assert _trim(nlp, text, label) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Theresa May", "PERSON"),  # a month without a day number is a name
        ("Channel 4", "ORG"),  # an organisation may end in its own number
        ("Reuters", "ORG"),  # never emptied
        ("Associated Press", "ORG"),
        ("Itar-Tass", "ORG"),  # an agency inside a hyphenated name is part of it
        ("Reuters-Ipsos", "ORG"),
    ],
)
def test_names_are_kept_whole(nlp, text, label):
    assert _trim(nlp, text, label) == text


def test_a_glued_date_and_agency_leave_the_name_and_the_agency_its_own_org(run):
    # The bare model tags "Barclays Monday" and "Gazprom Reuters" as one ORG each.
    entities, _ = run("Prices rose 5 percent, Barclays Monday said.")
    assert entities["Barclays"].type == "ORG"
    assert not [e for e in entities.values() if "Monday" in e.name]
    entities, _ = run("Gazprom Reuters reported a loss. The deal was signed on 5 May Rosneft said.")
    assert entities["Gazprom"].mentions[0].text == "Gazprom"
    assert entities["Reuters"].type == "ORG"
    assert not [e for e in entities.values() if "Reuters" in e.name and e.name != "Reuters"]


def test_a_score_is_not_part_of_a_club(run):
    entities, _ = run("Liverpool beat Arsenal 2-1 at Anfield on Saturday.")
    assert "Arsenal" in entities
    assert all("2" not in m.text for e in entities.values() for m in e.mentions)


def test_the_start_of_a_telephone_number_is_cut_off(nlp):
    # The model stops its span inside "212-555-0100", after "212".
    toks = DocTokens.of(nlp.make_doc("-- Tarvex Newsdesk 212-555-0100"))
    end = toks.text.index("212") + 1
    start, stop = trim_neighbours(toks, 1, end, "ORG", load_lexicon())
    assert toks.span_text(start, stop) == "Tarvex Newsdesk"


def _trim_after(nlp, text: str, start: int, label: str) -> str:
    toks = DocTokens.of(nlp.make_doc(text))
    start, end = trim_neighbours(toks, start, len(toks), label, load_lexicon())
    return toks.span_text(start, end)


def test_a_calling_code_is_cut_off_a_sign_off(nlp):
    assert _trim(nlp, "Tarvik Newsroom +353", "ORG") == "Tarvik Newsroom"


def test_a_calling_code_and_area_code_are_cut_off_a_sign_off(nlp):
    assert _trim(nlp, "Tarvik Metals Desk +1 312", "ORG") == "Tarvik Metals Desk"
    assert _trim(nlp, "Tarvik Newsroom +44 171", "ORG") == "Tarvik Newsroom"
    # a number in the name itself, with no calling code before it, stays
    assert _trim(nlp, "Tarvik Channel 4", "ORG") == "Tarvik Channel 4"


def test_a_month_after_the_is_the_month_of_a_figure_not_of_the_name(nlp):
    # span from "August": the "the" before it is outside the span
    assert _trim_after(nlp, "the August Tarvik Purchasing Council", 1, "ORG") == "Tarvik Purchasing Council"
    assert _trim(nlp, "May Department Stores", "ORG") == "May Department Stores"


def test_the_minute_after_a_scorer_is_cut_off_a_person_not_an_organisation(nlp):
    assert _trim(nlp, "Tarvo Kessel 79th", "PERSON") == "Tarvo Kessel"
    assert _trim(nlp, "Tarvik 2nd", "ORG") == "Tarvik 2nd"


def test_organisation_body_does_not_take_a_day_name(run):
    entities, _ = run("In Friday New York Stock Exchange trade , the shares fell .")
    orgs = {m.text for e in entities.values() if e.type == "ORG" for m in e.mentions}
    assert "New York Stock Exchange" in orgs
    assert not any(o.startswith("Friday") for o in orgs)


def test_a_hyphenated_name_ending_in_an_agency_stays_one_organisation(run):
    entities, _ = run("Colonel Dravin told Itar-Tass that the talks would resume.")
    orgs = [e for e in entities.values() if e.type == "ORG"]
    assert [m.text for e in orgs for m in e.mentions] == ["Itar-Tass"]


def test_a_sum_of_money_is_cut_off_a_name(nlp):
    assert _trim(nlp, "Tarvik 4,000 pounds", "LAW") == "Tarvik"
    assert _trim(nlp, "Kessel Holdings 250 dollars", "ORG") == "Kessel Holdings"
    # a number with no money word after it stays on an organisation ("Channel 4")
    assert _trim(nlp, "Tarvik Channel 4", "ORG") == "Tarvik Channel 4"


def test_a_surname_the_model_runs_into_a_fine_is_the_person(run):
    entities, _ = run("Striker Lee Tarvik was fined on Friday. His club had already fined Tarvik 4,000 pounds in May.")
    people = {m.text for e in entities.values() if e.type == "PERSON" for m in e.mentions}
    assert "Tarvik" in people
