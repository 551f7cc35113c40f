"""A table's note on the scale of its numbers is no vague magnitude; made-up sentences."""

import pytest

from services.processors.figures import extract_figures
from services.processors.figures.tokens import tokenize
from services.processors.figures.unit_notes import unit_note_end


@pytest.mark.parametrize(
    "body",
    [
        "Note: values are in thousands of barrels.",
        "All figures in billions of euros.",
        "Exports (in millions) by region.",
        "Operating profit, in thousands, except per share amounts.",
        "Amounts shown are in millions.",
        "Stocks in thousands of tonnes at month end.",
    ],
)
def test_a_unit_note_is_no_figure(body):
    assert [figure.text for figure in extract_figures(body)] == []


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("Traces were found in thousands of wells.", 1000),  # counted wells, no unit
        ("Volunteers arrived in thousands.", 1000),  # no cue of a table
        ("Damage ran in the millions of dollars.", 1e6),  # "in the millions"
        ("Thousands of tonnes were shipped.", 1000),  # no "in"
    ],
)
def test_a_vague_magnitude_in_running_text_stays(body, low):
    figures = extract_figures(body)
    assert [(figure.low, figure.qualifier) for figure in figures] == [(low, "vague")]


def test_the_note_ends_after_its_unit():
    tokens = tokenize("in millions of dollars")
    assert unit_note_end(tokens, 1, 0, len(tokens)) == 3
    tokens = tokenize("(in thousands)")
    assert unit_note_end(tokens, 2, 0, len(tokens)) == 2
    tokens = tokenize("in thousands")
    assert unit_note_end(tokens, 1, 0, len(tokens)) is None
