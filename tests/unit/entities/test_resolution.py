"""Resolution rules, each on sentences written for the test."""

import pytest


def test_short_mention_resolves_to_full_name(run):
    entities, _ = run("Opposition leader Lee Soo-min met voters in Busan. Lee promised lower taxes.")
    person = entities["Lee Soo-min"]
    assert [m.text for m in person.mentions] == ["Lee Soo-min", "Lee"]
    assert person.roles == ("Opposition leader",)


def test_short_mention_picks_the_most_recent_full_name(run):
    body = "Marta Novak met Pavel Novak in Prague. Later Pavel Novak flew home. Novak said the trip had been useful."
    entities, _ = run(body)
    assert entities["Pavel Novak"].mention_count == 3
    assert entities["Marta Novak"].mention_count == 1


def test_spelling_variants_share_an_id_across_articles(run):
    first, _ = run("Deputy Prime Minister Andrey Kuznetsov visited Murmansk on Monday.")
    second, _ = run("Deputy Prime Minister Andrei Kuznetsov toured a shipyard on Friday.")
    assert first["Andrey Kuznetsov"].id == second["Andrei Kuznetsov"].id


def test_hyphenation_variant_merges_within_and_across_articles(run):
    first, _ = run("Opposition leader Lee Soo-min met voters. Later Lee Soo Min left.")
    assert len([e for e in first.values() if e.type == "PERSON"]) == 1
    second, _ = run("Opposition leader Lee Soo Min spoke in Daegu on Monday.")
    assert next(iter(first.values())).id == second["Lee Soo Min"].id


def test_official_names_and_abbreviations_map_to_the_country(run):
    entities, _ = run("The Republic of Korea and the U.S. will hold drills, officials in Seoul said.")
    assert entities["South Korea"].type == "GPE"
    assert "Republic of Korea" in entities["South Korea"].aliases
    assert entities["United States"].mentions[0].text == "U.S."


def test_same_country_under_two_names_is_one_entity(run):
    first, _ = run("Drills near the coast of the Republic of Korea began at dawn, the ROK military said.")
    korea = first["South Korea"]
    assert sorted(m.text.removeprefix("the ") for m in korea.mentions) == ["ROK", "Republic of Korea"]
    second, _ = run("South Korea said the drills would end on Friday.")
    assert second["South Korea"].id == korea.id


def test_demonym_stays_norp_and_links_to_country(run):
    entities, _ = run("The Japanese arrived on Monday, and Japan said more would follow.")
    assert entities["Japanese"].type == "NORP"
    assert entities["Japanese"].country_id == entities["Japan"].id


def test_demonym_links_even_when_country_is_not_mentioned(run):
    first, _ = run("Poles queued at the border on Monday.")
    second, _ = run("Poland closed the crossing.")
    assert first["Polish"].country_id == second["Poland"].id


def test_capital_stays_gpe_and_links_to_country(run):
    entities, _ = run("Ottawa rejected the demand, and Canada recalled its envoy.")
    assert entities["Ottawa"].type == "GPE"
    assert entities["Ottawa"].country_id == entities["Canada"].id


def test_seat_site_is_a_facility_linked_to_country(run):
    # Newswire annotation keeps the building a place even when it "speaks".
    entities, _ = run("The government said the Elysee would respond after a meeting in Paris.")
    elysee = entities["Elysee"]
    assert elysee.type == "FAC"
    assert elysee.country_id is not None
    assert elysee.country_id == entities["Paris"].country_id


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        ("The Kremlin said on Monday that talks would resume.", "Kremlin", "FAC"),
        ("Officials at the White House declined to comment.", "White House", "FAC"),
        ("A spokesman at Downing Street said the vote would go ahead.", "Downing Street", "FAC"),
        ("The State Department said the embassy would stay open.", "State Department", "ORG"),
        ("The Pentagon said two more ships would sail.", "Pentagon", "ORG"),
    ],
)
def test_sites_are_places_and_institutions_organisations(run, body, name, label):
    entities, _ = run(body)
    assert entities[name].type == label
    assert entities[name].country_id is not None


def test_acronym_resolves_to_its_expansion(run):
    entities, _ = run("The National Grain Board (NGB) said prices would rise. The NGB also warned of shortages.")
    board = entities["National Grain Board"]
    assert board.mention_count == 3
    assert "NGB" in board.aliases


def test_known_person_by_surname_alone_gets_the_canonical_id(run):
    first, _ = run("Chancellor Olaf Scholz arrived in Warsaw on Monday.")
    second, _ = run("Scholz met farmers in Bavaria.")
    assert second["Olaf Scholz"].id == first["Olaf Scholz"].id
    assert second["Olaf Scholz"].type == "PERSON"


def test_roles_collect_every_title_used(run):
    body = "Interior Minister Jonas Berg met the press. Later, acting Prime Minister Jonas Berg addressed parliament."
    entities, _ = run(body)
    assert entities["Jonas Berg"].roles == ("Interior Minister", "acting Prime Minister")
