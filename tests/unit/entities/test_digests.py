"""Press digests: a paper's title on its own line under a rule of dashes."""


def test_titles_under_rules_are_newspapers(run):
    entities, _ = run(
        "PRESS DIGEST - Tarvian newspapers - August 30 .\n"
        "Following is a summary of major stories in leading newspapers .\n"
        "- - - -\n"
        "TARVIA POST\n"
        "The speaker of parliament called for calm on Friday .\n"
        "- - - -\n"
        "KOMPASSO\n"
        "The president asked businessmen to boost exports .\n"
    )
    assert entities["TARVIA POST"].type == "ORG"
    assert entities["KOMPASSO"].type == "ORG"


def test_a_capitalised_line_without_a_rule_above_is_left_alone(run):
    entities, _ = run("The president met the minister on Friday .\nTARVIA\nOfficials said talks would resume .\n")
    assert "TARVIA" not in entities or entities["TARVIA"].type != "ORG"
