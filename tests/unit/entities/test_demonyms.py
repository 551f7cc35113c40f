"""Demonyms used as adjectives are not listed; demonyms naming a group are."""

import pytest


def _norps(entities):
    return {m.text for e in entities.values() if e.type == "NORP" for m in e.mentions}


@pytest.mark.parametrize(
    "body",
    [
        "Officials warned of anti-Russian sentiment in the capital.",
        "Pro-Western parties won the most seats, and pro-Russian groups protested.",
        "Western officials said the talks had stalled.",
        "Russian media reported the strike within minutes.",
        "Russian-backed forces shelled the town overnight.",
        "Russian and Ukrainian officials met in Istanbul.",
        "The tanker is Russian, the coastguard said.",
    ],
)
def test_demonym_adjectives_are_not_entities(run, body):
    entities, _ = run(body)
    assert _norps(entities) == set()


@pytest.mark.parametrize(
    ("body", "group"),
    [
        ("The Russians said the convoy had turned back.", "Russians"),
        ("Ukrainians fled the city as the shelling intensified.", "Ukrainians"),
        ("A Russian was detained at the border on Monday.", "Russian"),
    ],
)
def test_demonyms_naming_a_group_stay(run, body, group):
    entities, _ = run(body)
    assert group in _norps(entities)


def test_adjective_and_group_uses_in_one_article(run):
    entities, _ = run("Ukrainian officials said the Ukrainians fled west.")
    assert _norps(entities) == {"Ukrainians"}


def test_adjective_tagged_as_a_place_is_not_a_place(run):
    # The bare model tags "Ukrainian" here as GPE.
    entities, _ = run("Ukrainian officials said the Ukrainians fled west.")
    assert not [e for e in entities.values() if e.type in ("GPE", "LOC")]


def test_a_name_inside_a_hyphenated_modifier_is_not_listed(run):
    entities, _ = run(
        "The Tarnwick-based group said on Monday that the ex-Portland coach had joined the "
        "New York-based firm , and that Dunmore officials backed the move ."
    )
    assert "Tarnwick" not in entities
    assert "Portland" not in entities
    assert "New York" not in entities


def test_a_place_adjective_in_ic_before_a_noun_is_not_listed(run):
    entities, _ = run("Flags flew at half-mast in the tiny Arctic town on Friday , near the Arctic Ocean .")
    assert [m.text for e in entities.values() for m in e.mentions if m.text.startswith("Arctic")] == ["Arctic Ocean"]


@pytest.mark.parametrize(
    ("body", "compound"),
    [
        ("Talks stalled, making a Tarvik-Kessel meeting likely. Ivan Tarvik and Mira Kessel agreed.", "Tarvik-Kessel"),
        ("The Iran-Iraq war ended in 1988.", "Iran-Iraq"),
    ],
)
def test_two_names_hyphenated_before_a_noun_are_a_modifier(run, body, compound):
    entities, _ = run(body)
    start = body.index(compound)
    end = start + len(compound)
    assert not [m for e in entities.values() for m in e.mentions if start <= m.start < end]


def test_a_hyphenated_surname_is_no_modifier(run):
    entities, _ = run("Secretary-General Boutros Boutros-Ghali said on Friday the talks would go on.")
    assert "Boutros Boutros-Ghali" in {m.text for e in entities.values() for m in e.mentions}
