"""A bare decimal after a word that times a race is a race time, a duration, and no figure;
the same words with a unit or without a timing cue leave a figure (constructed cases)."""

import pytest

from tests.unit.figures.single import only
from services.processors.figures import extract_figures


@pytest.mark.parametrize(
    "body",
    [
        "The Kenyan took the heat in a time of 13.47.",
        "She clocked 11.02 into a headwind.",
        "He lowered his personal best of 20.31 in Rome.",
        "She matched her season's best of 49.88.",
        "The teenager ran 10.14 to reach the final.",
        "Jones won in 22.65 ahead of the champion.",
    ],
)
def test_a_timed_result_is_no_figure(body):
    assert not extract_figures(body)


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("He ran 12 miles before dawn.", 12, "mile"),
        ("She ran 8.25 kilometres in training.", 8.25, "kilometre"),
        ("The index rose to 14.35 on Friday.", 14.35, None),
        ("The party won in 3.5 of the regions.", 3.5, "region"),
    ],
)
def test_without_a_timing_cue_or_with_a_unit_a_figure_stays(body, value, unit):
    figure = only(body)
    assert (figure.value, figure.unit) == (value, unit)
