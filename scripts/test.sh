#!/usr/bin/env bash
# The whole test suite: lint, types, layer contracts, tests on SQLite, and the store and
# service tests again on a real PostgreSQL server (beside the SQLite run).
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
echo "== import-linter (layers)"
lint-imports --no-cache
# Tests run in parallel on every core (pytest-xdist); EKINERJA_TEST_WORKERS=0 runs them in
# one process. --dist worksteal: an idle worker takes queued tests from a busy one. (With
# loadscope one worker sat idle 20 minutes while the other built the frozen program and
# then ran the GUI modules queued behind it.)
WORKERS=${EKINERJA_TEST_WORKERS:-auto}
XDIST=(-n "$WORKERS" --dist worksteal)
mkdir -p artifacts
# mypy and the PostgreSQL run go on beside the SQLite run: the PostgreSQL run waits on
# its server most of the time (under half a core busy on its own) and mypy uses one
# core, so overlapping them fills the cores the SQLite run leaves idle instead of adding
# their time after it. Their output follows the SQLite run's. EKINERJA_TEST_SERIAL=1
# (or EKINERJA_TEST_WORKERS=0) runs the stages one after the other.
SERIAL=${EKINERJA_TEST_SERIAL:-0}
[ "$WORKERS" = 0 ] && SERIAL=1
PG_LOG=artifacts/pytest-postgresql.log
MYPY_LOG=artifacts/mypy.log
pg_stage() {
  time scripts/with_postgres.sh pytest -q -p no:cacheprovider "${XDIST[@]}" -m db tests/integration
}
mypy_stage() {
  time mypy
}
if [ "$SERIAL" = 1 ]; then
  echo "== mypy"
  mypy_stage
  echo "== pytest (SQLite, GUI offscreen, end-to-end under Xvfb)"
  time pytest -q -p no:cacheprovider "${XDIST[@]}" "$@"
  echo "== pytest (PostgreSQL: the db tests that take the configured database; one per worker)"
  pg_stage
  exit 0
fi
mypy_stage >"$MYPY_LOG" 2>&1 &
MYPY_PID=$!
pg_stage >"$PG_LOG" 2>&1 &
PG_PID=$!
# Whatever happens to the SQLite run, the background stages do not outlive the script.
trap 'kill "$MYPY_PID" "$PG_PID" 2>/dev/null || true' EXIT
echo "== pytest (SQLite, GUI offscreen, end-to-end under Xvfb); mypy and the PostgreSQL run beside it"
sqlite_rc=0
time pytest -q -p no:cacheprovider "${XDIST[@]}" "$@" || sqlite_rc=$?
mypy_rc=0
wait "$MYPY_PID" || mypy_rc=$?
echo "== mypy"
cat "$MYPY_LOG"
pg_rc=0
wait "$PG_PID" || pg_rc=$?
echo "== pytest (PostgreSQL: the db tests that take the configured database; one per worker)"
cat "$PG_LOG"
trap - EXIT
echo "== stages: SQLite run $sqlite_rc, mypy $mypy_rc, PostgreSQL run $pg_rc (0 = passed)"
[ "$sqlite_rc" = 0 ] && [ "$mypy_rc" = 0 ] && [ "$pg_rc" = 0 ]
