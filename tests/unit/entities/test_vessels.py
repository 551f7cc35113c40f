"""Ships named after a vessel noun are PRODUCTs, not people, organisations or places."""

import pytest


def _named(entities, text):
    return [e for e in entities.values() for m in e.mentions if m.text == text]


def _types(entities, text):
    return {e.type for e in _named(entities, text)}


@pytest.mark.parametrize(
    ("body", "ship"),
    [
        ("Jets flew from the aircraft carrier Harold Tarvik, which was already in the Gulf.", "Harold Tarvik"),
        ("The tanker Sea Maranta ran aground off the coast on Monday.", "Sea Maranta"),
        ("Coastguards said the ferry Nordic Star had lost power.", "Nordic Star"),
        ("Two sailors were hurt aboard the frigate Duke of Tarvia.", "Duke"),
    ],
)
def test_a_name_after_a_vessel_noun_is_no_person_org_or_place(run, body, ship):
    entities, _ = run(body)
    types = {e.type for e in entities.values() for m in e.mentions if ship in m.text}
    assert types <= {"PRODUCT"}


def test_the_ship_keeps_its_reading_elsewhere_in_the_article(run):
    entities, _ = run(
        "Planes flew from the aircraft carrier Harold Tarvik on Sunday. "
        "The Harold Tarvik leads a battle group of six ships."
    )
    assert _types(entities, "Harold Tarvik") <= {"PRODUCT"}
    assert len(_named(entities, "Harold Tarvik")) >= 1


def test_a_list_after_a_plural_vessel_noun_names_ships(run):
    entities, _ = run("Jets took off from the aircraft carriers Tarvik and Endeavour on Friday.")
    assert not [
        e
        for e in entities.values()
        if e.type in ("PERSON", "ORG", "GPE", "LOC") and any(w in e.name for w in ("Tarvik", "Endeavour"))
    ]


def test_a_bare_carrier_is_an_airline_and_stays_an_organisation(run):
    entities, _ = run("Passengers of the national carrier Tarvia Airways were stranded in Vienna.")
    assert _types(entities, "Tarvia Airways") == {"ORG"}


def test_a_vessel_noun_before_a_lower_case_word_names_nothing(run):
    entities, _ = run("The tanker owner Maran Shipping said the ship sailed for Rotterdam.")
    assert "PRODUCT" not in {e.type for e in entities.values()}


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Officials said the tanker Cyprus seized in July was still held .", "Cyprus", "GPE"),
        ("The ship Britain sent to the Gulf arrived on Monday . Britain said it would send more .", "Britain", "GPE"),
        ("A tanker Maranex chartered ran aground . Maranex said the spill was small .", "Maranex", "ORG"),
    ],
)
def test_a_subject_after_a_vessel_noun_is_no_ship(run, body, name, kind):
    # "the tanker Tarvia seized": the name after the vessel noun opens a relative clause; a place
    # of the gazetteer or a name the article makes speak ("Maranex said") is no ship.
    entities, _ = run(body)
    assert "PRODUCT" not in _types(entities, name)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The company ships Tarvik Steel products to Asia . Tarvik Steel is its biggest client .", "Tarvik Steel"),
        ("Helicopters ferry Marbury Mining workers to the site every week .", "Marbury Mining"),
    ],
)
def test_a_vessel_word_used_as_a_verb_names_no_ship(run, body, name):
    entities, _ = run(body)
    assert "PRODUCT" not in _types(entities, name)
