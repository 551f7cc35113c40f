"""Hard line wraps: the view the model and the rules read (constructed wire copy)."""

from services.processors.entities.wraps import unwrap

WIRE = (
    "PORT TALBOT STEEL MILL TO CLOSE\n"
    "\n"
    "CARDIFF, May 12 - The steel company said on Tuesday that its\n"
    "chairman Gareth Lloyd-Pryce would meet the European Investment\n"
    "Bank later this month to discuss the future of the plant.\n"
    "    Lloyd-Pryce said the mill had lost money for three years and\n"
    "that the board of directors saw no way of keeping it open in\n"
    "its present form without fresh capital from the government.\n"
)


def test_wraps_inside_a_paragraph_read_as_spaces():
    seen = unwrap(WIRE)
    assert len(seen) == len(WIRE)
    assert "European Investment Bank later" in seen
    assert "that its chairman Gareth" in seen
    assert "and that the board" in seen
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(WIRE, seen, strict=True))


def test_headline_blank_line_and_paragraph_openings_stay():
    seen = unwrap(WIRE)
    assert seen.startswith("PORT TALBOT STEEL MILL TO CLOSE\n\nCARDIFF")
    assert "the plant.\n    Lloyd-Pryce" in seen


def test_headline_on_its_own_line_is_not_glued_to_the_body():
    text = WIRE.replace("CLOSE\n\nCARDIFF", "CLOSE NEXT MONTH AFTER THREE YEARS OF LOSSES\nCARDIFF")
    assert "LOSSES\nCARDIFF" in unwrap(text)


def test_short_lines_are_not_glued():
    text = WIRE.replace("CLOSE\n\nCARDIFF, May 12 - ", "CLOSE\n\nCARDIFF, May 12\nBy Ann Jones\n")
    seen = unwrap(text)
    assert "CARDIFF, May 12\nBy Ann Jones\nThe steel" in seen


def test_list_and_table_lines_are_not_glued():
    listed = WIRE.replace("Bank later this month", "- Bank later this month")
    assert "European Investment\n- Bank" in unwrap(listed)
    numbered = WIRE.replace("Bank later this month", "2. Bank later this month")
    assert "European Investment\n2. Bank" in unwrap(numbered)
    table = WIRE.replace("European Investment\n", "European   12.5   13.1\n")
    assert "13.1\nBank" in unwrap(table)


def test_long_lines_are_not_hard_wrapped():
    page = "A headline of a page\n" + "word " * 40 + "\n" + "more " * 40 + "\n" + "last " * 40
    assert unwrap(page) == page


def test_too_few_wrapped_lines_leave_the_text_alone():
    text = "Fund managers met on Monday in the city of London\nthe talks ended."
    assert unwrap(text) == text


def test_extractor_reads_names_across_a_wrap(run):
    entities, _ = run(WIRE)
    assert "European Investment Bank" in entities
    assert entities["European Investment Bank"].mentions[0].text == "European Investment\nBank"


def test_a_scoreboard_with_a_few_long_lines_is_not_hard_wrapped():
    board = (
        "Results of the third round of the regional chess championship played in Tallinn on Sunday :\n"
        + "".join(f"K. Tamm {n} beat L. Kask {n + 1} in a long game of forty-one moves\nRound {n}\n" for n in range(3))
        + "".join(f"P. Saar {n}\nM. Mets {n}\nT. Oja {n}\n" for n in range(4))
    )
    assert unwrap(board) == board


def test_a_line_ending_a_sentence_is_not_glued_but_an_initial_is():
    ended = WIRE.replace("the European Investment\nBank later", "the European Investment Bank.\nLater")
    assert "Bank.\nLater" in unwrap(ended)
    initial = WIRE.replace("would meet the European Investment\n", "would meet Senator Tomas R.\n")
    assert "Tomas R. Bank later" in unwrap(initial)
    country = WIRE.replace("would meet the European Investment\n", "would meet officials of the U.S.\n")
    assert "the U.S. Bank later" in unwrap(country)
