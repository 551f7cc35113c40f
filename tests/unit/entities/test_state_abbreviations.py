"""US state abbreviations in wire style are places."""

import pytest


def _places(entities):
    return {m.text for e in entities.values() if e.type == "GPE" for m in e.mentions}


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Farm thefts rise .\nBARTONVILLE , Wis .\n1996-12-06\nA farmhand was jailed on Friday .", "Wis"),
        (
            "Chip maker to expand .\nMESA , Ariz .\n1996-12-06\nThe firm said on Friday it would hire 200 workers .",
            "Ariz",
        ),
        ("The plant in Peoria , Ill . , will close next year .", "Ill"),
        ("He grew up in Salem , Mass , and studied in Boston .", "Mass"),
        ("Iowa-S Minn feeder cattle steady .", "Minn"),
    ],
)
def test_state_abbreviation_is_a_place(run, body, state):
    entities, _ = run(body)
    assert state in _places(entities)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Miss Tarvik said she felt ill after the flight .", "Miss"),
        ("Mass protests followed the vote in the capital .", "Mass"),
        ("Officials in Tarvik , Pa said nothing .", "Pa"),
    ],
)
def test_ambiguous_abbreviation_away_from_a_city_is_no_place(run, body, word):
    entities, _ = run(body)
    assert word not in _places(entities)


@pytest.mark.parametrize(
    "body",
    [
        "Peter Tarvik , Ind . , won 4,000 votes , the electoral board said .",
        "John Marbury , Ind\nMary Tarvik , Lab\nPeter Brown , Con",
        "Reporters asked Senator Tarvik , Del . , about the vote .",
    ],
)
def test_an_abbreviation_after_a_person_is_no_state(run, body):
    # After a person's name an abbreviation is a party or an affiliation ("Ind": independent).
    entities, _ = run(body)
    assert not {"Ind", "Del"} & _places(entities)
