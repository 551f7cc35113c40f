"""Gold readers and scoring of services.evaluation.entities (made-up gold data)."""

import json
from pathlib import Path

import pytest

from services.evaluation.entities import Score, evaluate, format_report, read_documents

FIXTURE = Path(__file__).with_name("fixtures") / "gold_sample.conll"


def test_conll_reader_rebuilds_text_and_spans():
    (doc,) = read_documents(FIXTURE)
    spans = {(doc.text[s:e], group) for s, e, group in doc.gold}
    assert ("Andrei Kuznetsov", "PERSON") in spans
    assert ("Ministry of Health", "ORG") in spans
    assert ("Belgorod", "LOC") in spans
    assert len(doc.gold) == 13


def test_conll_reader_accepts_iob1(tmp_path):
    path = tmp_path / "iob1.conll"
    path.write_text("Ana I-PER\nDuarte I-PER\nmet O\nJoao I-PER\nin O\nLisbon I-LOC\n. O\n\n")
    (doc,) = read_documents(path)
    assert sorted(doc.text[s:e] for s, e, _ in doc.gold) == ["Ana Duarte", "Joao", "Lisbon"]


def test_jsonl_reader_maps_groups_and_rejects_bad_spans(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"text": "Ana met UNICEF in Lisbon.",
                                "entities": [[0, 3, "PER"], {"start": 8, "end": 14, "label": "ORG"},
                                             [18, 24, "GPE"], [0, 3, "MISC"]]}) + "\n")
    (doc,) = read_documents(path)
    assert doc.gold == {(0, 3, "PERSON"), (8, 14, "ORG"), (18, 24, "LOC")}
    path.write_text(json.dumps({"text": "short", "entities": [[0, 99, "PER"]]}) + "\n")
    with pytest.raises(ValueError, match="gold.jsonl:1"):
        read_documents(path)


def test_score_arithmetic():
    score = Score()
    score.add({(0, 3, "ORG"), (5, 9, "ORG")}, {(0, 3, "ORG"), (10, 12, "ORG")})
    assert (score.precision, score.recall, score.f1) == (0.5, 0.5, 0.5)


def test_evaluate_reports_stage_beside_bare_model():
    (report,) = evaluate(FIXTURE)
    assert report.stage["ORG"].gold == 4
    text = format_report([report])
    assert "gold_sample.conll" in text and "overall" in text


def test_missing_gold_path_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        evaluate(tmp_path / "nowhere")


def test_copydesk_eval_entities_scores_a_directory(tmp_path, capsys):
    from services.cli import main

    text = "MOSCOW (Reuters) - Russia's Foreign Ministry said on Monday that talks had failed."
    gold = [{"start": 0, "end": 6, "label": "LOC"}, {"start": 8, "end": 15, "label": "ORG"},
            {"start": 19, "end": 25, "label": "LOC"}, {"start": 28, "end": 44, "label": "ORG"}]
    (tmp_path / "wire.jsonl").write_text(json.dumps({"text": text, "entities": gold}) + "\n", encoding="utf-8")
    assert main(["eval", "entities", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "wire.jsonl (1 documents)" in out
    assert "overall" in out and "ORG" in out
