#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the store tests and prints its URL on stdout:
#   export UNSPIN_TEST_PG="$(bash scripts/ci/start-postgres.sh)"
# Needs Debian's postgresql package (.ci/run installs it). The cluster lives in a temporary
# directory, listens on 127.0.0.1 only (port $UNSPIN_PG_PORT, default 55432) and trusts local
# connections; stop it with: bash scripts/ci/start-postgres.sh --stop
set -euo pipefail
PORT="${UNSPIN_PG_PORT:-55432}"
STATE=/tmp/unspin-test-pg.dir
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$BIN" ]; then
  echo "start-postgres: no PostgreSQL server found (apt-get install -y postgresql)" >&2
  exit 1
fi
as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
if [ "${1:-}" = "--stop" ]; then
  if [ -f "$STATE" ]; then
    DIR="$(cat "$STATE")"
    as_postgres "'$BIN/pg_ctl' -D '$DIR/data' -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$DIR" "$STATE"
  fi
  exit 0
fi
if [ -f "$STATE" ] && as_postgres "'$BIN/pg_ctl' -D '$(cat "$STATE")/data' status" >/dev/null 2>&1; then
  echo "postgres://postgres@127.0.0.1:$PORT/postgres"
  exit 0
fi
DIR="$(mktemp -d /tmp/unspin-pg.XXXXXX)"
chmod 755 "$DIR"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
as_postgres "'$BIN/initdb' -D '$DIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_postgres "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w -o \"-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
echo "$DIR" >"$STATE"
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
