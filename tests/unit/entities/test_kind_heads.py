"""Names whose last word says what they are: events and facilities."""


def test_a_name_closing_with_an_event_head_is_an_event(run):
    entities, _ = run(
        "Harlan Voss won the Greater Tarnwick Open on Sunday , a week after losing in the final "
        "of the Dunmore Cup to a player ranked 90 places below him ."
    )
    assert entities["Greater Tarnwick Open"].type == "EVENT"
    assert entities["Dunmore Cup"].type == "EVENT"
    assert entities["Harlan Voss"].type == "PERSON"


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
