"""A change from one level to another is two figures whatever form its verb takes ("growing",
"an increase", "up from", a verb with its object before "from"), while "between X and Y" and a
bare "X to Y" stay ranges (README: one quantity or two; constructed cases)."""

import pytest

from services.processors.figures import extract_figures


def read(body: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(f.text, f.value, f.low, f.high) for f in extract_figures(body)]


@pytest.mark.parametrize(
    "body",
    [
        "The seedling kept growing 12cm to 90cm over the summer.",
        "Prices were rising 3% to 8% a year.",
        "The tax is increasing from 15% to 18%.",
        "The report shows a rise in output from 40 tonnes to 55 tonnes.",
        "Membership was up from 3,000 to 4,000 last year.",
        "They are raising the limit from 70mph to 80mph.",
        "They lifted the cap from £4m to £5m.",
    ],
)
def test_a_change_from_one_level_to_another_is_two_figures(body):
    found = read(body)
    assert len(found) == 2, found
    assert all(value is not None for _, value, _, _ in found)


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("The hall holds between 40 and 60 people.", 40, 60),
        ("Each box holds 40 to 60 apples.", 40, 60),
        ("Buses run from 6 to 9 times an hour on weekdays.", 6, 9),
        ("Prices were rising 5 to 10 percent a year.", 5, 10),
        ("They flew, from 40 to 60 birds each day.", 40, 60),
    ],
)
def test_a_range_without_a_change_stays_one_range(body, low, high):
    found = read(body)
    assert len(found) == 1, found
    assert found[0][2:] == (low, high)
