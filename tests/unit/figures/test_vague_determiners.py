"""'several thousand', 'a few hundred': vague magnitudes like 'thousands'; made-up sentences."""

import pytest

from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("Several thousand fans queued overnight.", 1e3),
        ("A few hundred residents signed it.", 100),
        ("Several million households lost power.", 1e6),
        ("Many thousand pilgrims attended.", 1e3),
        ("Several hundred thousand voters switched.", 1e5),  # the scale after "hundred" counts
        ("A few hundred million users log in.", 1e8),
    ],
)
def test_a_vague_determiner_and_a_scale_is_an_order_of_magnitude(body, low):
    figures = extract_figures(body)
    assert [(f.value, f.low, f.high, f.qualifier) for f in figures] == [(None, low, None, "vague")]


def test_a_number_after_a_vague_determiner_is_no_vague_magnitude():
    figure = extract_figures("Several 100 fans queued.")[0]
    assert (figure.value, figure.qualifier) == (100, "exact")
