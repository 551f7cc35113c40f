"""An organisation's acronym in brackets after its name, and the acronym used alone later."""


def test_bracketed_acronym_and_its_later_uses_are_the_organisation(run):
    entities, _ = run(
        "Fighters of the Tarvian Liberation Movement ( TLM ) seized the town on Monday , a "
        "spokesman said .\nThe TLM said it would hold the town .\nOfficials said TLM units were "
        "moving south ."
    )
    # The acronym resolves to the organisation it spells: its three uses are its mentions.
    movement = entities["Tarvian Liberation Movement"]
    assert movement.type == "ORG"
    assert [m.text for m in movement.mentions].count("TLM") == 3


def test_an_acronym_in_another_order_counts(run):
    entities, _ = run(
        "The court heard the suit of the ousted Orvanian Democratic Party ( PDO ) leader on Monday .\n"
        "The PDO said it would appeal ."
    )
    assert "PDO" in [m.text for e in entities.values() if e.type == "ORG" for m in e.mentions]


def test_a_bracketed_word_that_is_no_acronym_of_the_name_is_left_alone(run):
    entities, _ = run("The Tarvian Liberation Movement ( Oslo ) met on Monday .\nOslo police said it was calm .")
    assert "Oslo" not in entities or entities["Oslo"].type != "ORG"


def test_a_place_before_the_acronym_is_the_place_and_the_organisation(run):
    entities, _ = run("Markets were shaken by a rise in the August Tarvish Association of Purchasing Managers ( TAPM ) "
                      "index for the Chicago area . The August Chicago TAPM rose 8.8 points .")
    kinds = {(m.text, e.type) for e in entities.values() for m in e.mentions}
    assert ("Chicago", "GPE") in kinds and ("TAPM", "ORG") in kinds
    assert not [text for text, _ in kinds if text == "Chicago TAPM"]
