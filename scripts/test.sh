#!/usr/bin/env bash
# The whole test suite: lint, types, layer contracts, tests on SQLite, then the store and
# service tests again on a real PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff (lint + format)"
ruff check src tests bench scripts installer
ruff format --check src tests bench scripts installer
echo "== mypy"
mypy
echo "== import-linter (layers)"
lint-imports --no-cache
echo "== pytest (SQLite, GUI offscreen, end-to-end under Xvfb)"
mkdir -p artifacts
pytest -q -p no:cacheprovider "$@"
echo "== pytest (PostgreSQL: store and service tests)"
scripts/with_postgres.sh pytest -q -p no:cacheprovider -m db tests/integration
