"""The alert rules, their unit tests and the Grafana dashboard name only metrics copydesk exports,
and only label values from the metrics' closed sets.

Every copydesk metric name starts with ``copydesk_`` and every recording rule with
``copydesk:``, so the names are read straight from the files' text (PromQL inside YAML and JSON).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry
from prometheus_client.core import Metric

from services.common.metrics import BODY_SIZES, OUTCOMES, STAGES, STORY_CHANGES, create_api_metrics, create_metrics

DEPLOY = Path(__file__).resolve().parents[3] / "deploy"
RULES = DEPLOY / "prometheus" / "alerts.yml"
RULE_TESTS = DEPLOY / "prometheus" / "alerts_test.yml"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "copydesk.json"

METRIC = re.compile(r"\bcopydesk_[a-z0-9_]+")
RECORDED = re.compile(r"\bcopydesk:[a-z0-9_:]+")
RECORD_RULE = re.compile(r"^\s*-?\s*record:\s*(\S+)\s*$", re.MULTILINE)
LABEL_MATCH = re.compile(r"\b(stage|outcome|body|change)\s*(=~|!~|!=|=)\s*\"([^\"]*)\"")
CLOSED = {"stage": set(STAGES), "outcome": set(OUTCOMES), "body": set(BODY_SIZES), "change": set(STORY_CHANGES)}
SUFFIXES = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count", "_created"),
            "gauge": ("",), "summary": ("", "_sum", "_count", "_created")}


def exported_names() -> set[str]:
    """Every series name the metrics of create_metrics and create_api_metrics can produce."""
    registry = CollectorRegistry()
    create_metrics(registry)
    create_api_metrics(registry)
    names: set[str] = set()
    family: Metric
    for family in registry.collect():
        names.update(family.name + suffix for suffix in SUFFIXES[family.type])
    return names


def dashboard_expressions() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]


def test_the_exported_names_are_what_the_files_are_checked_against():
    names = exported_names()
    assert {"copydesk_messages_total", "copydesk_end_to_end_seconds_bucket", "copydesk_consumer_lag_records",
            "copydesk_http_requests_total"} <= names
    assert "copydesk_messages" not in names and "copydesk_consumer_lag_records_total" not in names


@pytest.mark.parametrize("path", [RULES, RULE_TESTS, DASHBOARD], ids=lambda p: p.name)
def test_every_metric_a_file_names_is_exported(path):
    referenced = set(METRIC.findall(path.read_text()))
    assert referenced, f"{path} names no copydesk metric"
    assert referenced - exported_names() == set()


@pytest.mark.parametrize("path", [RULES, DASHBOARD], ids=lambda p: p.name)
def test_every_recording_rule_a_file_names_is_defined(path):
    defined = set(RECORD_RULE.findall(RULES.read_text()))
    assert set(RECORDED.findall(path.read_text())) - defined == set()


@pytest.mark.parametrize("path", [RULES, RULE_TESTS, DASHBOARD], ids=lambda p: p.name)
def test_label_values_come_from_the_closed_sets(path):
    for label, op, value in LABEL_MATCH.findall(path.read_text().replace('\\"', '"')):
        values = value.split("|") if "~" in op else [value]
        assert set(values) <= CLOSED[label], f"{path.name}: {label}{op}{value!r}"


def test_the_dashboard_has_a_panel_for_every_alert():
    exprs = " ".join(dashboard_expressions())
    for needed in ("copydesk_consumer_lag_records", "copydesk:dead_letter_ratio:rate5m", "copydesk_records_consumed_total",
                   "copydesk_projector_lag", "copydesk:short_body_ratio:rate15m", "copydesk:end_to_end_seconds:p99_5m"):
        assert needed in exprs


def test_every_exported_metric_is_on_the_dashboard():
    exprs = " ".join(dashboard_expressions())
    registry = CollectorRegistry()
    create_metrics(registry)
    create_api_metrics(registry)
    missing = [f.name for f in registry.collect() if not re.search(rf"\b{re.escape(f.name)}(_[a-z]+)?\b", exprs)]
    rules = RULES.read_text()
    assert [name for name in missing if name not in rules] == []


def test_the_checker_finds_a_misspelt_metric():
    text = 'rate(copydesk_mesages_total{stage="cleaning"}[5m])'
    assert set(METRIC.findall(text)) - exported_names() == {"copydesk_mesages_total"}
    assert LABEL_MATCH.findall('x{stage="cleanup"}') == [("stage", "=", "cleanup")]
