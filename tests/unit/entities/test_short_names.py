"""A company's short form takes the company's type, on stories written for the test."""

from services.processors.entities.lexicon import load_lexicon
from services.processors.entities.short_names import company_short_forms
from services.processors.entities.spans import NewsSpan
from services.processors.entities.tokens import DocTokens


def _types(entities):
    return {m.text: e.type for e in entities.values() for m in e.mentions}


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


def test_partnership_designator_gives_the_short_form(nlp):
    # Spans as the model may give them: the partnership an ORG, its short form a PERSON.
    toks = DocTokens.of(nlp("Granite Falcon Offshore Partners found gas . Granite Falcon is the operator ."))

    def span(start, end, label):
        return NewsSpan(start, end, toks.idx[start], toks.end[end - 1], label, "model")

    out = company_short_forms(toks, [span(0, 4, "ORG"), span(7, 9, "PERSON")], load_lexicon())
    assert [(s.start, s.end, s.label) for s in out] == [(0, 4, "ORG"), (7, 9, "ORG")]


def test_the_name_after_a_short_prefix_in_capitals_is_a_short_form(run):
    # The bare model tags both lone "Marksson" PERSON.
    entities, _ = run(
        "Swedish group LM Marksson AB said on Friday it won an order worth 1.2 billion crowns .\n"
        "Marksson said in a statement the order was from a provincial operator .\n"
        "Deliveries are due by 1999 , Marksson spokesman Per Lund said ."
    )
    assert entities["LM Marksson AB"].type == "ORG"
    assert entities["Marksson"].type == "ORG"
    assert entities["Marksson"].mention_count == 2


def test_a_name_stopped_before_its_designator_takes_it(run):
    entities, _ = run("The Tarvex Chemical Co of the United States will invest $ 4 billion in a plant .")
    assert "Tarvex Chemical Co" in [m.text for e in entities.values() if e.type == "ORG" for m in e.mentions]


def test_a_name_closing_with_a_designator_is_a_company_whatever_the_model_says(run):
    types = _types(run("At least 17 miners have been killed at the Kloof Gold Mining Co shafts this month.")[0])
    assert types.get("Kloof Gold Mining Co") == "ORG"


def test_a_name_of_a_place_with_a_designator_is_one_company(run):
    types = _types(
        run("Workers have failed to report for work, mine managers Gold Fields of South Africa Ltd said on Friday.")[0]
    )
    assert types.get("Gold Fields of South Africa Ltd") == "ORG"
    assert "South Africa" not in types


def test_a_date_run_into_a_company_name_is_no_part_of_it(run):
    entities, _ = run(
        "OSLO, April 7 - Fjordane Cos said first quarter profit rose. Fjordane said it would pay a dividend."
    )
    spans = {m.text: e.type for e in entities.values() for m in e.mentions}
    assert spans.get("Fjordane Cos") == "ORG"
    assert not [t for t in spans if t.startswith("April")]


def test_a_date_span_closing_with_a_designator_is_the_company_without_the_date(run):
    entities, _ = run(
        "TROMSO <TRF> TO TAKE CHARGE\n\nBERGEN, May 9 - Northern Co said it will take an after-tax charge of 12 mln dlrs."
    )
    spans = {m.text: e.type for e in entities.values() for m in e.mentions}
    assert not [t for t in spans if t.startswith("May")]


def test_a_company_named_after_its_founder_is_called_by_the_surname(run):
    entities, _ = run(
        "LONDON, June 3 - Walter Pendlebury Holdings Plc said it had bought a broker. "
        "Pendlebury said the broker had good growth potential."
    )
    kinds = {m.text: e.type for e in entities.values() for m in e.mentions}
    assert kinds.get("Walter Pendlebury Holdings Plc") == "ORG"
    assert kinds.get("Pendlebury") == "ORG"


def test_a_designator_after_a_comma_closes_the_company_name(run):
    entities, _ = run("Sumner Redstone, president of National Amusements, Inc, predicted he can win approval.")
    kinds = {m.text: e.type for e in entities.values() for m in e.mentions}
    assert kinds.get("National Amusements, Inc") == "ORG"
    assert "Inc" not in kinds


def test_a_caps_headline_writes_the_short_form_in_capitals(run):
    entities, _ = run(
        "WALTER PENDLEBURY TAKES 40 PCT STAKE IN LEEDS BROKER\n\n"
        "LONDON, June 3 - Walter Pendlebury Holdings Plc said it had bought 40 pct of a broker in Leeds."
    )
    kinds = {m.text: e.type for e in entities.values() for m in e.mentions}
    assert kinds.get("WALTER PENDLEBURY") == "ORG"
