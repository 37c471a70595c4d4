#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL server started here (socket only, no TCP),
# with EKINERJA_TEST_DATABASE_URL set. Says clearly when it cannot.
set -euo pipefail
cd "$(dirname "$0")/.."
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "PostgreSQL NOT TESTED: no server binaries (install Debian package 'postgresql')."
  if [ "${CI:-}" = true ]; then exit 1; fi
  exit 0
fi
DIR=$(mktemp -d /tmp/ekinerja-pg-XXXXXX)
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$DIR"
  RUN_AS=(runuser -u postgres --)
fi
cleanup() { "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT
"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U ekinerja --auth=trust -E UTF8 >/dev/null
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -w -l "$DIR/server.log" \
  -o "-k $DIR -c listen_addresses='' -p 54329 -c fsync=off" start >/dev/null
"${RUN_AS[@]}" "$PGBIN/createdb" -h "$DIR" -p 54329 -U ekinerja ekinerja_test
export EKINERJA_TEST_DATABASE_URL="postgresql+psycopg://ekinerja@/ekinerja_test?host=$DIR&port=54329"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') at $DIR"
"$@"
