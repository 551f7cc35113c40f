"""A company's short form takes the company's type, on stories written for the test."""


def test_short_form_of_a_company_named_in_full_is_an_org(run):
    body = (
        "Halvorsen Mining Corp made a $2 billion offer for Tamsin Gold Ltd on Thursday. "
        "Halvorsen said the companies had talked before. Analysts said Halvorsen may not raise its offer, "
        "and Tamsin was silent."
    )
    entities, _ = run(body)
    orgs = {m.text for e in entities.values() if e.type == "ORG" for m in e.mentions}
    assert {"Halvorsen", "Tamsin"} <= orgs
    assert not [e for e in entities.values() if e.type != "ORG" and e.name in ("Halvorsen", "Tamsin")]


def test_a_two_word_short_form_with_and_co(run):
    body = "Russ Berrie and Co Inc said on Friday its president will retire. Russ Berrie makes toys."
    entities, _ = run(body)
    orgs = {m.text for e in entities.values() if e.type == "ORG" for m in e.mentions}
    assert "Russ Berrie" in orgs
    assert not [e for e in entities.values() if e.type == "PERSON" and "Berrie" in e.name]


def test_a_country_or_given_name_opening_a_company_is_no_short_form(run):
    body = "China Steel Corp raised prices. China said exports rose. John Lewis Plc sales fell, John Smith said."
    entities, _ = run(body)
    assert entities["China"].type == "GPE"
    assert entities["John Smith"].type == "PERSON"
