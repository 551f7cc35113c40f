"""The alert rules load (promtool check rules) and behave as their unit tests say (promtool test
rules: deploy/prometheus/alerts_test.yml). promtool comes with Debian's prometheus package,
installed by deploy/dev.sh."""

import shutil
import subprocess
from pathlib import Path

RULES = Path(__file__).resolve().parents[3] / "deploy" / "prometheus"


def promtool() -> str:
    path = shutil.which("promtool")
    assert path, "promtool not found: install Debian's prometheus package (bash deploy/dev.sh test does)"
    return path


def test_the_alert_rules_are_valid():
    done = subprocess.run([promtool(), "check", "rules", "alerts.yml"], cwd=RULES, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS: 12 rules found" in done.stdout


def test_the_alert_rules_pass_their_unit_tests():
    done = subprocess.run([promtool(), "test", "rules", "alerts_test.yml"], cwd=RULES, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_wrong_expectation_fails(tmp_path):
    """The rule tests can fail: the same tests with one expected summary changed do."""
    shutil.copy(RULES / "alerts.yml", tmp_path / "alerts.yml")
    tests = (RULES / "alerts_test.yml").read_text()
    assert tests.count("is 29.5s") == 1
    (tmp_path / "alerts_test.yml").write_text(tests.replace("is 29.5s", "is 2.5s"))
    done = subprocess.run([promtool(), "test", "rules", "alerts_test.yml"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode != 0
    assert "CopydeskEndToEndLatencyHigh" in done.stdout + done.stderr


def test_the_compose_prometheus_config_is_valid_and_loads_the_rules(tmp_path):
    """deploy/prometheus.yml as docker-compose mounts it, with the rules file at its mounted path
    replaced by the checked-in one."""
    config = (RULES.parent / "prometheus.yml").read_text()
    assert config.count("/etc/prometheus/alerts.yml") == 1
    (tmp_path / "prometheus.yml").write_text(config.replace("/etc/prometheus/alerts.yml", str(RULES / "alerts.yml")))
    done = subprocess.run([promtool(), "check", "config", "prometheus.yml"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS: 12 rules found" in done.stdout
