"""docker-compose, its prometheus.yml and the Kubernetes manifests agree on where /metrics is:
one COPYDESK_METRICS_PORT, bound on all addresses in containers, scraped on that port."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
COMPOSE = (ROOT / "docker-compose.yml").read_text()
PROMETHEUS = (ROOT / "deploy" / "prometheus.yml").read_text()
K8S = (ROOT / "deploy" / "k8s" / "copydesk.yaml").read_text()


def one(pattern: str, text: str) -> str:
    found = re.findall(pattern, text)
    assert len(found) == 1, (pattern, found)
    return found[0]


def test_one_metrics_port_everywhere() -> None:
    port = one(r'COPYDESK_METRICS_PORT: "(\d+)"', COMPOSE)
    assert one(r'COPYDESK_METRICS_PORT: "(\d+)"', K8S) == port
    for service in ("worker", "projector"):
        assert one(rf'names: \["{service}"\], type: A, port: (\d+)', PROMETHEUS) == port
    # the worker and projector pods: annotated and declared on that port
    pods = [doc for doc in K8S.split("\n---\n") if re.search(r"name: copydesk-(worker|projector)\n", doc)]
    assert len(pods) == 2
    for pod in pods:
        assert one(r'prometheus\.io/port: "(\d+)"', pod) == port
        assert one(r"name: metrics, containerPort: (\d+)", pod) == port


def test_metrics_bind_all_addresses_in_containers() -> None:
    assert one(r"COPYDESK_METRICS_HOST: (\S+)", COMPOSE) == "0.0.0.0"
    assert one(r"COPYDESK_METRICS_HOST: (\S+)", K8S) == "0.0.0.0"


def test_prometheus_scrapes_every_http_service_of_compose() -> None:
    for service, port in (("api", "8000"), ("intake", "8001")):
        assert re.search(rf"^  {service}:\n", COMPOSE, re.MULTILINE), service
        assert f'"{service}:{port}"' in PROMETHEUS
