#!/usr/bin/env bash
# Runs a private PostgreSQL server on 127.0.0.1 for development and tests, from the
# distribution's binaries (the package `postgresql` must be installed; this script installs nothing).
#   scripts/postgres.sh start|stop|status
# SHARPSTACK_POSTGRES_DIR  folder for the cluster, socket and log (default /tmp/sharpstack-postgres)
# SHARPSTACK_POSTGRES_PORT TCP port on 127.0.0.1 (default 5433, so a system cluster on 5432 never matters)
set -euo pipefail

dir="${SHARPSTACK_POSTGRES_DIR:-/tmp/sharpstack-postgres}"
port="${SHARPSTACK_POSTGRES_PORT:-5433}"
data="$dir/data"

find_bindir() {
  local bindir
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [[ -z "$bindir" || ! -x "$bindir/pg_ctl" ]]; then
    echo "postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql; install the package 'postgresql'" >&2
    exit 1
  fi
  echo "$bindir"
}

# The server refuses to run as root, so root runs it as the distribution's postgres user.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  bin="$(find_bindir)"
  mkdir -p "$dir"
  if [[ "$(id -u)" -eq 0 ]]; then
    chown postgres:postgres "$dir"
  fi
  chmod 700 "$dir"
  if [[ ! -f "$data/PG_VERSION" ]]; then
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
  fi
  if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "postgres.sh: already running in $dir on 127.0.0.1:$port"
    return
  fi
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
  for _ in $(seq 1 60); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      echo "postgres.sh: ready on 127.0.0.1:$port (Host=127.0.0.1;Port=$port;Username=postgres)"
      return
    fi
    sleep 1
  done
  echo "postgres.sh: server did not become ready on 127.0.0.1:$port; see $dir/server.log" >&2
  exit 1
}

stop() {
  local bin
  bin="$(find_bindir)"
  if [[ -f "$data/PG_VERSION" ]] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    echo "postgres.sh: stopped the server in $dir"
  else
    echo "postgres.sh: no server running in $dir"
  fi
}

status() {
  local bin
  bin="$(find_bindir)"
  as_owner "$bin/pg_ctl" -D "$data" status
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
