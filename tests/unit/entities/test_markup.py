"""Wire markup: bracketed company names and tickers (constructed wire copy)."""

from services.processors.entities.markup import blank_markup


def test_brackets_of_a_marked_name_read_as_spaces():
    text = "LISBON, June 2 - <Tagus Ferro Holdings Plc> said it bought a stake."
    seen = blank_markup(text)
    assert len(seen) == len(text)
    assert " Tagus Ferro Holdings Plc  said" in seen
    assert "<" not in seen and ">" not in seen


def test_a_marked_name_may_run_over_a_line_break():
    text = "chairman of <Northern Lumber\nand Paper Co.>\n    Shares rose."
    assert blank_markup(text) == "chairman of  Northern Lumber\nand Paper Co. \n    Shares rose."


def test_a_ticker_keeps_its_brackets():
    text = "Tagus Ferro <TGF> said Valmont <VMT.L> Corp would bid for <Lusa Cork SA>."
    assert blank_markup(text) == "Tagus Ferro <TGF> said Valmont <VMT.L> Corp would bid for  Lusa Cork SA ."


def test_other_angle_brackets_stay():
    text = "Output rose when x < 5 and y > 3, it said; see <http://example.org/a>."
    assert blank_markup(text) == text


def test_extractor_keeps_the_brackets_out_of_a_company_span(run):
    entities, _ = run("Shares of <Valmont Shipping Holdings Plc> rose after it bought 20 pct of a shipping line.")
    spans = [m.text for e in entities.values() for m in e.mentions]
    assert "Valmont Shipping Holdings Plc" in spans
    assert not [s for s in spans if "<" in s or ">" in s]
