"""Companies the wire marks in angle brackets (constructed wire copy)."""

from services.processors.entities.markup import marked_names


def test_marked_names_are_the_bracketed_names_without_tickers():
    text = "LISBON - <Tagus Ferro Holdings Plc> <TFH> bought <Lusa\nCork SA>."
    ranges = marked_names(text)
    assert [text[a:b] for a, b in ranges] == ["Tagus Ferro Holdings Plc", "Lusa\nCork SA"]


def test_a_marked_company_is_one_org_span(run):
    entities, _ = run("In Paris, <Ariane Industrie> said Valmont Airlines would take delivery of ten jets in May.")
    kinds = {m.text: e.type for e in entities.values() for m in e.mentions}
    assert kinds.get("Ariane Industrie") == "ORG"
    assert "Ariane" not in kinds


def test_a_marked_company_opening_with_a_full_name_is_no_person(run):
    entities, _ = run("LONDON, June 3 - <Walter Pendlebury and Sons> said it had bought a broker in Leeds.")
    kinds = {m.text: e.type for e in entities.values() for m in e.mentions}
    assert kinds.get("Walter Pendlebury and Sons") == "ORG"
    assert "Walter Pendlebury" not in kinds
