#!/usr/bin/env bash
# Starts a throw-away Redis server for the queue tests and prints its URL on stdout:
#   export UNSPIN_TEST_REDIS="$(bash scripts/ci/start-redis.sh)"
# Needs Debian's redis-server package (.ci/run installs it). Listens on 127.0.0.1 only (port
# $UNSPIN_REDIS_PORT, default 56379), keeps nothing on disk; stop it with --stop.
set -euo pipefail
PORT="${UNSPIN_REDIS_PORT:-56379}"
STATE=/tmp/unspin-test-redis.dir
if ! command -v redis-server >/dev/null; then
  echo "start-redis: no redis-server found (apt-get install -y redis-server)" >&2
  exit 1
fi
if [ "${1:-}" = "--stop" ]; then
  if [ -f "$STATE" ]; then
    DIR="$(cat "$STATE")"
    redis-cli -h 127.0.0.1 -p "$PORT" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "$DIR" "$STATE"
  fi
  exit 0
fi
if redis-cli -h 127.0.0.1 -p "$PORT" ping >/dev/null 2>&1; then
  echo "redis://127.0.0.1:$PORT"
  exit 0
fi
DIR="$(mktemp -d /tmp/unspin-redis.XXXXXX)"
redis-server --bind 127.0.0.1 --port "$PORT" --dir "$DIR" --save '' --appendonly no \
  --daemonize yes --logfile "$DIR/log" --pidfile "$DIR/pid" >/dev/null
for _ in $(seq 1 50); do
  redis-cli -h 127.0.0.1 -p "$PORT" ping >/dev/null 2>&1 && break
  sleep 0.1
done
echo "$DIR" >"$STATE"
echo "redis://127.0.0.1:$PORT"
