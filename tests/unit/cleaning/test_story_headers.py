"""Story headers: a headline with its byline or date right under it, in any language."""

from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.classifier import local_verdicts
from services.processors.cleaning.keys import line_keys
from services.processors.cleaning.story_headers import story_headers


def headers(lines: list[str]) -> list[tuple[int, int]]:
    blocks = make_blocks(lines)
    return story_headers(blocks, local_verdicts(blocks, line_keys(blocks), lambda key: 0, 3))


PROSE = "Der Stadtrat hat am Dienstagabend mit großer Mehrheit einen neuen Radweg beschlossen, sagte ein Sprecher."


def test_a_headline_with_a_byline_and_a_date_is_one_header():
    assert headers(["Stadtrat beschließt neuen Radweg", "Von Anna Müller", "12.03.2024", PROSE]) == [(0, 2)]


def test_a_kicker_may_stand_between_the_headline_and_its_date():
    assert headers(["Le conseil adopte une piste cyclable", "Politique", "12 mars 2024", PROSE]) == [(0, 2)]


def test_a_headline_without_a_stamp_is_no_header():
    assert headers(["Stadtrat beschließt neuen Radweg", PROSE]) == []


def test_a_name_with_a_date_is_no_header():
    assert headers(["Anna Müller", "24. November 1994", PROSE]) == []


def test_a_sentence_with_a_date_under_it_is_no_header():
    assert headers([PROSE, "12.03.2024"]) == []


def test_code_between_a_line_and_a_date_breaks_the_header():
    assert headers(['"Window Size": "wide"', "},", '"Timestamp": "2030-08-14 17:43:12",']) == []
