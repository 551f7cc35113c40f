"""Names whose last word says what they are: events and facilities."""


def test_a_name_closing_with_an_event_head_is_an_event(run):
    entities, _ = run(
        "Harlan Voss won the Greater Tarnwick Open on Sunday , a week after losing in the final "
        "of the Dunmore Cup to a player ranked 90 places below him ."
    )
    assert entities["Greater Tarnwick Open"].type == "EVENT"
    assert entities["Dunmore Cup"].type == "EVENT"
    assert entities["Harlan Voss"].type == "PERSON"


def test_a_race_and_a_final_are_events(run):
    types = {m.text: e.type for e in run(
        "Result of the Tarnwick Breeders Stakes , a race for two-year-olds , on Saturday ."
    )[0].values() for m in e.mentions}
    types.update({m.text: e.type for e in run(
        "The Tarnwick Athletics Federation said the Tarnwick Grand Prix Final was moved."
    )[0].values() for m in e.mentions})
    assert types.get("Tarnwick Breeders Stakes") == "EVENT"
    assert types.get("Tarnwick Grand Prix Final") == "EVENT"


def test_a_name_closing_with_a_facility_head_is_a_facility(run):
    entities, _ = run(
        "The match was moved to the Tarnwick Tennis Centre after rain , and the prisoners were taken "
        "to Eldmoor Prison on Monday , police said ."
    )
    assert entities["Tarnwick Tennis Centre"].type == "FAC"
    assert entities["Eldmoor Prison"].type == "FAC"


def test_a_lower_case_head_makes_no_name(run):
    entities, _ = run("Tarnwick Rovers are out of the cup after a 2-1 defeat at home on Saturday .")
    assert all(e.type != "EVENT" for e in entities.values())


def test_a_league_in_a_sports_report_is_a_competition_but_not_the_body_running_a_sport(extractor):
    found, _ = extractor.extract(
        "Results of Major League Baseball games played on Thursday ( home team in CAPS ) :\n"
        "American League\n"
        "PORTVILLE 4 Marchbank 1\n"
        "Harlow Eagles quarterback Dave Kell , the National Football League 's leading rusher , "
        "retired on Thursday after the season .\n"
    )
    types = {e.name: e.type for e in found}
    assert types["American League"] == "EVENT"
    assert types["Major League Baseball"] == "EVENT"
    assert types["National Football League"] == "ORG"


def test_a_league_outside_sports_or_with_a_complement_stays_an_organisation(run):
    entities, _ = run("Members of the National League for Democracy were detained in May , the party said .")
    assert entities["National League for Democracy"].type == "ORG"


def test_an_untagged_name_closing_with_a_facility_head_is_a_facility(run):
    entities, _ = run("Orders rose 1.8 percent , stronger than the rise forecast by Tarn Street economists .")
    assert entities["Tarn Street"].type == "FAC"


def test_a_division_header_and_a_sport_are_no_organisations(extractor):
    found, _ = extractor.extract(
        "BASEBALL - MAJOR LEAGUE STANDINGS .\n"
        "Major League Baseball standings after games played on Thursday ( won , lost , games behind ) :\n"
        "EASTERN DIVISION\n"
        "PORTVILLE 74 59 .556 -\n"
        "MARCHBANK 70 63 .526 4\n"
    )
    assert not [e.name for e in found if e.type == "ORG" and e.name.upper() in ("EASTERN", "BASEBALL")]
