"""Evaluation of the figures stage on the development data (quantulum3 and Recognizers-Text).

``evaluate(directory)`` reads the dev sets under ``directory`` (layout in its README.md), runs
:func:`extract_figures` on every input and scores, per data set:

- value precision / recall / F1: a prediction matches an expected quantity when its value is
  equal (relative tolerance 1e-6), or for an expected range when both bounds are equal, or for
  an open interval ("more than 20") when the finite bound equals the prediction's value/low/high;
- span F1: the matched prediction's span overlaps the expected span;
- range recall: expected ranges whose two bounds came out;
- qualifier accuracy where the data implies one (open intervals -> lower/upper bound);
- false alarms per 100 inputs that expect no quantity.

Scope (decided for news figures, applied to every data set alike): years written as bare
four-digit numbers are dates, not figures, and are dropped from the expectations; Recognizers
percent cases without a value ("a small percent") are dropped. The currency, dimension and
percent sets annotate only their own kind, so only predictions of that kind (money; a measured
unit other than a duration, which Recognizers-Text annotates in its DateTime model; a percentage)
are counted against them. Cases marked NotSupported for Python are kept
(they are in scope for news: ranges, bounds) and also reported apart.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from services.processors.figures import extract_figures
from services.processors.figures.lexicon import lexicon

_INTERVAL = re.compile(r"^([\[(])\s*([-\d.eE+]*)\s*,\s*([-\d.eE+]*)\s*([\])])$")


@dataclass
class Expected:
    value: float | None
    low: float | None
    high: float | None
    start: int | None
    end: int | None
    qualifier: str | None = None


@dataclass
class Case:
    text: str
    expected: list[Expected]
    kind: str = "any"  # which predictions count: any, money, measure, percentage
    python_supported: bool = True


@dataclass
class Tally:
    cases: int = 0
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    span_matched: int = 0
    ranges: int = 0
    ranges_matched: int = 0
    qualifier_cases: int = 0
    qualifier_correct: int = 0
    empty_inputs: int = 0
    false_alarms: int = 0
    errors: list[str] = field(default_factory=list)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _is_year(value: float | None, surface: str) -> bool:
    return value is not None and surface.strip().isdigit() and len(surface.strip()) == 4 and 1000 <= value <= 2100


def _find(text: str, surface: str, after: int) -> tuple[int | None, int | None]:
    position = text.lower().find(surface.lower(), after)
    if position < 0:
        position = text.lower().find(surface.lower())
    return (position, position + len(surface)) if position >= 0 else (None, None)


def load_quantulum(directory: Path) -> dict[str, list[Case]]:
    """quantities.json and quantities.ambiguity.json, plus spellout_values.json."""
    sets: dict[str, list[Case]] = {}
    for name in ("quantities.json", "quantities.ambiguity.json"):
        cases = []
        for item in json.loads((directory / name).read_text(encoding="utf-8")):
            text, expected, cursor = item["req"], [], 0
            for result in item["res"]:
                surface = result.get("surface", "")
                value, spread = float(result["value"]), result.get("uncertainty")
                if result.get("unit") == "dimensionless" and _is_year(value, surface):
                    continue
                start, end = _find(text, surface, cursor)
                cursor = end or cursor
                if spread and "±" not in surface and "+/-" not in surface:
                    expected.append(Expected(None, value - spread, value + spread, start, end))
                else:
                    expected.append(Expected(value, None, None, start, end))
            cases.append(Case(text, expected))
        sets[f"quantulum3/{name}"] = cases
    spell = []
    for item in json.loads((directory / "spellout_values.json").read_text(encoding="utf-8")):
        spell.append(Case(item["req"], [Expected(float(v), None, None, None, None) for v in item["values"]]))
    sets["quantulum3/spellout_values.json"] = spell
    return sets


def _interval(text: str) -> Expected | None:
    match = _INTERVAL.match(text.strip())
    if not match:
        return None
    _opening, low, high, _closing = match.groups()
    low_v = float(low) if low else None
    high_v = float(high) if high else None
    if low_v is not None and low_v == high_v and _opening == "[" and _closing == "]":
        return Expected(low_v, None, None, None, None)  # "[20,20]" ("equals 20") is the single value 20
    qualifier = None
    if low_v is not None and high_v is None:
        qualifier = "lower-bound"
    elif high_v is not None and low_v is None:
        qualifier = "upper-bound"
    return Expected(None, low_v, high_v, None, None, qualifier)


def load_recognizers(directory: Path) -> dict[str, list[Case]]:
    """The Number, NumberRange, Percent, Currency and Dimension specs (not the experimental modes)."""
    files = {
        "Number/NumberModel.json": "any",
        "Number/NumberRangeModel.json": "any",
        "Number/PercentModel.json": "percentage",
        "NumberWithUnit/CurrencyModel.json": "money",
        "NumberWithUnit/DimensionModel.json": "measure",
    }
    sets: dict[str, list[Case]] = {}
    for name, kind in files.items():
        cases = []
        for item in json.loads((directory / name).read_text(encoding="utf-8-sig")):
            text = item["Input"]
            supported = "python" not in str(item.get("NotSupported", "")).lower()
            expected, keep = [], True
            for result in item.get("Results", []):
                resolution = result.get("Resolution") or {}
                raw = resolution.get("value")
                start = result.get("Start")
                end = result.get("End")
                end = end + 1 if isinstance(end, int) else None
                if raw in (None, "null"):
                    if kind == "percentage":
                        keep = False
                        break
                    continue  # a currency name with no amount ("rmb")
                if result.get("TypeName") == "numberrange":
                    interval = _interval(raw)
                    if interval is None:
                        continue
                    interval.start, interval.end = start, end
                    expected.append(interval)
                    continue
                try:
                    value = float(str(raw).rstrip("%"))
                except ValueError:
                    continue
                if _is_year(value, result.get("Text", "")) and kind == "any":
                    continue
                expected.append(Expected(value, None, None, start, end))
            if keep:
                cases.append(Case(text, expected, kind, supported))
        sets[f"recognizers-text/{name}"] = cases
    return sets


def _counts(figure, kind: str) -> bool:
    if kind == "money":
        return figure.category == "money" or (figure.unit or "") in ("cent", "penny", "pence")
    if kind == "percentage":
        return figure.category == "percentage"
    if kind == "measure":
        # Recognizers-Text annotates durations in its DateTime model, not in Dimension: they are out of this set's kind.
        lemmas = {lemma for lemma, category in lexicon().measures.values() if category != "duration"}
        return (
            figure.category != "duration"
            and figure.unit is not None
            and (figure.unit in lemmas or figure.unit.split(" ")[-1] in lemmas)
        )
    return True


def _matches(figure, expected: Expected) -> bool:
    if expected.value is not None:
        return _close(figure.value, expected.value)
    if expected.low is not None and expected.high is not None:
        return _close(figure.low, expected.low) and _close(figure.high, expected.high)
    bound = expected.low if expected.low is not None else expected.high
    return _close(figure.value, bound) or _close(figure.low, bound) or _close(figure.high, bound)


def score(cases: list[Case]) -> Tally:
    """Score ``extract_figures`` on ``cases``."""
    tally = Tally(cases=len(cases))
    for case in cases:
        try:
            predicted = [f for f in extract_figures(case.text) if _counts(f, case.kind)]
        except Exception as error:  # noqa: BLE001 - an evaluation records every crash and goes on
            tally.errors.append(f"{case.text[:60]!r}: {type(error).__name__}: {error}")
            continue
        tally.expected += len(case.expected)
        tally.predicted += len(predicted)
        if not case.expected:
            tally.empty_inputs += 1
            tally.false_alarms += len(predicted)
            continue
        used: set[int] = set()
        for expected in case.expected:
            is_range = expected.value is None and expected.low is not None and expected.high is not None
            tally.ranges += is_range
            if expected.qualifier:
                tally.qualifier_cases += 1
            for index, figure in enumerate(predicted):
                if index in used or not _matches(figure, expected):
                    continue
                used.add(index)
                tally.matched += 1
                tally.ranges_matched += is_range
                if (
                    expected.start is not None
                    and expected.end is not None
                    and figure.start < expected.end
                    and expected.start < figure.end
                ):
                    tally.span_matched += 1
                elif expected.start is None:
                    tally.span_matched += 1
                if expected.qualifier and figure.qualifier == expected.qualifier:
                    tally.qualifier_correct += 1
                break
    return tally


def _prf(matched: int, predicted: int, expected: int) -> dict:
    precision = matched / predicted if predicted else 0.0
    recall = matched / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def _summary(tally: Tally) -> dict:
    non_empty_predicted = tally.predicted - tally.false_alarms
    return {
        "cases": tally.cases,
        "expected": tally.expected,
        "predicted": tally.predicted,
        "matched": tally.matched,
        "value": _prf(tally.matched, non_empty_predicted, tally.expected),
        "span": _prf(tally.span_matched, non_empty_predicted, tally.expected),
        "ranges": {"expected": tally.ranges, "matched": tally.ranges_matched},
        "qualifier": {"cases": tally.qualifier_cases, "correct": tally.qualifier_correct},
        "false_alarms": {
            "inputs": tally.empty_inputs,
            "predicted": tally.false_alarms,
            "per_100": round(100 * tally.false_alarms / tally.empty_inputs, 1) if tally.empty_inputs else 0.0,
        },
        "errors": tally.errors,
    }


def evaluate(directory: Path) -> dict:
    """Scores per data set (and for the Python-supported subset of the Recognizers sets).

    Raises FileNotFoundError naming the missing file when ``directory`` lacks a data set."""
    directory = Path(directory)
    for needed in ("quantulum3/quantities.json", "recognizers-text/Number/NumberModel.json"):
        if not (directory / needed).is_file():
            raise FileNotFoundError(f"{directory / needed}: figures dev data not found")
    sets = {**load_quantulum(directory / "quantulum3"), **load_recognizers(directory / "recognizers-text")}
    report: dict = {"datasets": {}}
    total = Tally()
    for name, cases in sets.items():
        tally = score(cases)
        report["datasets"][name] = _summary(tally)
        if name.startswith("recognizers-text"):
            supported = [case for case in cases if case.python_supported]
            if len(supported) != len(cases):
                report["datasets"][name]["python_supported_only"] = _summary(score(supported))
        for key in (
            "cases",
            "expected",
            "predicted",
            "matched",
            "span_matched",
            "ranges",
            "ranges_matched",
            "qualifier_cases",
            "qualifier_correct",
            "empty_inputs",
            "false_alarms",
        ):
            setattr(total, key, getattr(total, key) + getattr(tally, key))
        total.errors.extend(tally.errors)
    crashes = []
    errors_file = directory / "quantulum3" / "errors.json"
    if errors_file.is_file():
        for text in json.loads(errors_file.read_text(encoding="utf-8")):
            try:
                extract_figures(text)
            except Exception as error:  # noqa: BLE001
                crashes.append(f"{text!r}: {type(error).__name__}: {error}")
    report["total"] = _summary(total)
    report["malformed_inputs_crashed"] = crashes
    return report


def format_report(report: dict) -> str:
    """A plain-text table of :func:`evaluate`'s report."""
    lines = [
        f"{'data set':48} {'cases':>5} {'exp':>4} {'P':>6} {'R':>6} {'F1':>6} {'spanF1':>6} {'ranges':>7} {'qual':>7} {'FA/100':>7}"
    ]

    def row(name: str, s: dict) -> str:
        ranges = f"{s['ranges']['matched']}/{s['ranges']['expected']}"
        qualifier = f"{s['qualifier']['correct']}/{s['qualifier']['cases']}"
        return (
            f"{name:48} {s['cases']:>5} {s['expected']:>4} {s['value']['precision']:>6.3f} {s['value']['recall']:>6.3f} "
            f"{s['value']['f1']:>6.3f} {s['span']['f1']:>6.3f} {ranges:>7} {qualifier:>7} {s['false_alarms']['per_100']:>7.1f}"
        )

    for name, summary in report["datasets"].items():
        lines.append(row(name, summary))
        if "python_supported_only" in summary:
            lines.append(row("  (python-supported cases only)", summary["python_supported_only"]))
    lines.append(row("TOTAL", report["total"]))
    errors = report["total"]["errors"] + report.get("malformed_inputs_crashed", [])
    lines.append(f"crashes: {len(errors)}")
    lines.extend(f"  {error}" for error in errors[:10])
    return "\n".join(lines)
