"""A rank word after a lone given name is a surname; a hyphenated surname repeats whole."""

import pytest


def _people(entities):
    return {m.text for e in entities.values() if e.type == "PERSON" for m in e.mentions}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Talks between Prime Minister Peter General and the unions went on all night.", "Peter General"),
        ("Party leader Mary Major said on Monday the vote would go ahead.", "Mary Major"),
        ("Chancellor Frank Marshal told reporters the budget was balanced.", "Frank Marshal"),
    ],
)
def test_rank_word_after_a_given_name_is_the_surname(run, body, name):
    entities, _ = run(body)
    assert name in _people(entities)


def test_rank_word_before_another_name_stays_a_title(run):
    # "Colonel" heads a second name here: it is not the first person's surname.
    entities, _ = run("The minister thanked Colonel Ivan Petrov and Colonel Maria Kovacs for the report.")
    people = _people(entities)
    assert {"Ivan Petrov", "Maria Kovacs"} <= people


def test_lone_surname_repeats_the_full_name_person(run):
    entities, _ = run(
        "Interior Minister Karen Major arrived on Monday. Asked about Major 's plans, a spokesman said"
        " Major would stay."
    )
    person = next(e for e in entities.values() if e.type == "PERSON" and "Major" in e.name)
    assert person.mention_count == 3


def test_hyphenated_surname_alone_is_the_same_person(run):
    entities, _ = run(
        "Authority secretary Ahmed Abdel-Karim said on Thursday the talks would resume."
        " Abdel-Karim had said earlier that Saturday was too soon."
    )
    assert "Abdel-Karim" in _people(entities)
    assert not [e for e in entities.values() if e.type == "ORG" and "Abdel" in e.name]


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("Centre Jason Tarvik will miss the final test on Saturday.", "Jason Tarvik", "Centre"),
        ("Dutch forward Reggie Tarvik had his ban lifted on Friday.", "Reggie Tarvik", "Dutch forward"),
        ("England full-back Tim Kessel kicked three penalties.", "Tim Kessel", "England full-back"),
    ],
)
def test_a_sports_position_before_a_name_is_a_title(run, body, name, role):
    entities, _ = run(body)
    assert name in _people(entities)
    person = next(e for e in entities.values() if e.name == name)
    assert role in person.roles


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The ruler's adviser Karim el-Tarvi said on Thursday the talks would resume.", "Karim el-Tarvi"),
        ("Foreign Minister Ali al-Kessar met the envoy on Monday.", "Ali al-Kessar"),
        ("Sheikh Jaber al-Tarvi al-Kessar opened the session.", "Jaber al-Tarvi al-Kessar"),
    ],
)
def test_a_particle_hyphened_to_a_surname_is_part_of_the_name(run, body, name):
    entities, _ = run(body)
    assert name in _people(entities)


def test_a_weekday_after_a_titled_name_is_no_part_of_it(run):
    entities, _ = run("Dunmore will meet Foreign Minister Ana Kessely Varro Monday for talks on the treaty .")
    assert "Ana Kessely Varro" in _people(entities)
    assert not [name for name in _people(entities) if "Monday" in name]
