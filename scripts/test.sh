#!/usr/bin/env bash
# The whole test suite: lint, types, layer contracts, tests on SQLite, then the store and
# service tests again on a real PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
export PATH="$PWD/.venv/bin:$PATH"
# Byte-code caches on: with PYTHONDONTWRITEBYTECODE set, every test process and every
# program a test starts compiles the whole package again (and pytest rewrites every test
# module again), seconds of CPU each time. The caches are git-ignored.
unset PYTHONDONTWRITEBYTECODE
# Each stage says how long it took (wall clock and the CPU of its processes).
TIMEFORMAT='== %R s wall, %U s user, %S s sys'

echo "== ruff (lint + format)"
ruff check src tests bench scripts installer
ruff format --check src tests bench scripts installer
echo "== mypy"
mypy
echo "== import-linter (layers)"
lint-imports --no-cache
# Tests run in parallel on every core (pytest-xdist); EKINERJA_TEST_WORKERS=0 runs them in
# one process. --dist worksteal: an idle worker takes queued tests from a busy one. (With
# loadscope one worker sat idle 20 minutes while the other built the frozen program and
# then ran the GUI modules queued behind it.)
WORKERS=${EKINERJA_TEST_WORKERS:-auto}
XDIST=(-n "$WORKERS" --dist worksteal)
echo "== pytest (SQLite, GUI offscreen, end-to-end under Xvfb)"
mkdir -p artifacts
time pytest -q -p no:cacheprovider "${XDIST[@]}" "$@"
echo "== pytest (PostgreSQL: the db tests that take the configured database; one per worker)"
time scripts/with_postgres.sh pytest -q -p no:cacheprovider "${XDIST[@]}" -m db tests/integration
