"""The figures evaluation on a miniature copy of the dev-data layout (made-up cases)."""

from pathlib import Path

import pytest

from services.evaluation.figures import evaluate, format_report

FIXTURE = Path(__file__).parent / "fixtures" / "devdata"


def test_scores_the_miniature_dev_data():
    report = evaluate(FIXTURE)
    sets = report["datasets"]
    quantities = sets["quantulum3/quantities.json"]
    assert quantities["expected"] == 2  # the year 1987 is out of scope
    assert quantities["value"]["recall"] == 1.0
    assert quantities["ranges"] == {"expected": 1, "matched": 1}
    assert quantities["false_alarms"] == {"inputs": 1, "predicted": 0, "per_100": 0.0}
    ranges = sets["recognizers-text/Number/NumberRangeModel.json"]
    assert ranges["qualifier"] == {"cases": 1, "correct": 1}
    assert ranges["python_supported_only"]["cases"] == 1
    assert sets["recognizers-text/Number/PercentModel.json"]["cases"] == 1  # valueless case dropped
    currency = sets["recognizers-text/NumberWithUnit/CurrencyModel.json"]
    assert currency["predicted"] == 1  # "30 workers" is not money and does not count against it
    assert currency["value"]["f1"] == 1.0
    assert report["total"]["errors"] == [] and report["malformed_inputs_crashed"] == []


def test_format_report_lists_every_data_set():
    text = format_report(evaluate(FIXTURE))
    assert "quantulum3/spellout_values.json" in text and "TOTAL" in text and "crashes: 0" in text


def test_missing_directory_is_named():
    missing = FIXTURE / "no-such-dir"
    with pytest.raises(FileNotFoundError, match="no-such-dir"):
        evaluate(missing)


def test_a_closed_interval_of_one_point_is_a_value():
    from services.evaluation.figures import _interval

    point = _interval("[20,20]")
    assert (point.value, point.low, point.high) == (20.0, None, None)
    span = _interval("[10,20)")
    assert (span.value, span.low, span.high) == (None, 10.0, 20.0)
    assert _interval("(20,)").qualifier == "lower-bound"


def test_durations_do_not_count_against_the_dimension_set():
    from events.models import Figure
    from services.evaluation.figures import _counts

    hours = Figure(text="3 hours", start=0, end=7, value=3, unit="hour", category="duration")
    metres = Figure(text="40 km", start=0, end=5, value=40, unit="kilometre", category="distance-area")
    assert not _counts(hours, "measure")
    assert _counts(metres, "measure")
