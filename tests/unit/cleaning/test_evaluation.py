"""The boilerplate evaluation on a one-page folder: counts, scores and the printed table."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.evaluation.boilerplate import evaluate, format_report

FOLDER = Path(__file__).with_name("fixtures") / "devfolder"


def test_scores_the_stage_and_both_baselines():
    report = evaluate(FOLDER)
    assert report["pages"] == 1
    systems = report["systems"]
    assert systems["text"] | {"gram4_vs_trafilatura": None} == {
        "precision": 1.0, "recall": 1.0, "f1": 1.0, "hits": 3, "misses": 0, "false_alarms": 0,
        "gram4_vs_trafilatura": None,
    }  # fmt: skip
    keep_all = systems["text baseline: keep everything"]
    assert (keep_all["hits"], keep_all["false_alarms"]) == (3, 3)
    assert keep_all["precision"] == 0.5
    assert systems["html"]["false_alarms"] == 0 and systems["html"]["hits"] == 3
    assert 0.0 < systems["text"]["gram4_vs_trafilatura"]["f1"] <= 1.0


def test_report_table_names_every_system():
    table = format_report(evaluate(FOLDER))
    for name in ("text", "text baseline: keep everything", "html", "html baseline: trafilatura alone"):
        assert name in table
    assert "P" in table.splitlines()[1] and "F1" in table.splitlines()[1]


def test_a_folder_without_expectations_is_refused_with_its_name(tmp_path):
    with pytest.raises(ValueError, match="expectations.json"):
        evaluate(tmp_path)


def test_a_page_in_a_legacy_charset_is_read_as_the_ingestor_reads_it(tmp_path):
    """A windows-1252 page that declares its charset is scored on its real text, not on
    replacement characters: "Zürich's" must be found in the html body."""
    (tmp_path / "html").mkdir()
    (tmp_path / "text").mkdir()
    page = (FOLDER / "html" / "page.html").read_text(encoding="utf-8")
    page = page.replace("<head>", '<head><meta charset="windows-1252">').replace("The harbour", "Zürich's harbour")
    (tmp_path / "html" / "page.html").write_bytes(page.encode("windows-1252"))
    text = (FOLDER / "text" / "page.txt").read_text(encoding="utf-8").replace("The harbour", "Zürich's harbour")
    (tmp_path / "text" / "page.txt").write_bytes(text.encode("windows-1252"))
    (tmp_path / "expectations.json").write_text(
        '{"page": {"url": "https://example.org/bridge", "with": ["Zürich\'s harbour bridge reopened"], "without": []}}',
        encoding="utf-8",
    )
    systems = evaluate(tmp_path)["systems"]
    assert systems["html"]["hits"] == 1
    assert systems["html baseline: trafilatura alone"]["hits"] == 1
