"""Credit lines: the agency a syndicated article names where a credit line stands, not in prose."""

import pytest

from services.processors.stories.credits import credit_line


@pytest.mark.parametrize("body, removed, line, agency", [
    ("LONDON (Reuters) - Oil prices rose on Tuesday.", (), "(Reuters)", "Reuters"),
    ("WASHINGTON (AP) — The Senate voted.", (), "(AP)", "Associated Press"),
    ("The vote passed.\n\nWith Post wires", (), "With Post wires", None),
    ("The vote passed.", ("With Post wires",), "With Post wires", None),
    ("The vote passed.\n\nAP", (), "AP", "Associated Press"),
    ("The vote passed.\n\n- AFP", (), "- AFP", "AFP"),
    ("The minister said so on Tuesday. - AFP", (), "- AFP", "AFP"),
    ("Text.\n\nAdditional reporting by Reuters; editing by Jane Doe", (), None, "Reuters"),
    ("Text.\n\nWith files from The Canadian Press", (), "With files from The Canadian Press", "The Canadian Press"),
    ("Text.\n\nCopyright 2025 The Associated Press. All rights reserved.", (), None, "Associated Press"),
])
def test_credit_lines_name_their_agency(body, removed, line, agency):
    credit = credit_line(body, removed)
    assert credit is not None
    assert credit.agency == agency
    if line is not None:
        assert credit.line == line


@pytest.mark.parametrize("body, removed", [
    ("Reuters cited the North Korean news agency, KCNA.\n\nThe talks ended.", ()),
    ("We follow the AP style guide for every story we write.", ()),
    ("The talks ended.", ("KR",)),  # a photographer's initials
    ("The talks ended with a deal on wires and cables.", ()),
    ("", ()),
])
def test_prose_and_other_furniture_name_no_agency(body, removed):
    assert credit_line(body, removed) is None
