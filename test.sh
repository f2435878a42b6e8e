#!/usr/bin/env bash
# Runs every SharpStack test on this machine: installs what is missing, starts private PostgreSQL and
# RabbitMQ servers on loopback in temporary folders, runs `dotnet test`, stops the servers and prints
# the totals as "N passed, N failed, N skipped". Exits non-zero when a test fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

"$root/scripts/install-test-dependencies.sh"

work="$(mktemp -d /tmp/sharpstack-test.XXXXXX)"
# PostgreSQL runs as the postgres user and needs to reach its folder inside.
chmod 755 "$work"
# Ports below Linux's ephemeral range (32768-60999), so no outgoing connection can be holding them.
export SHARPSTACK_POSTGRES_DIR="$work/postgres" SHARPSTACK_POSTGRES_PORT="${SHARPSTACK_POSTGRES_PORT:-25432}"
export SHARPSTACK_RABBITMQ_DIR="$work/rabbitmq" SHARPSTACK_RABBITMQ_PORT="${SHARPSTACK_RABBITMQ_PORT:-25672}"
export SHARPSTACK_RABBITMQ_DIST_PORT="${SHARPSTACK_RABBITMQ_DIST_PORT:-25673}" SHARPSTACK_RABBITMQ_EPMD_PORT="${SHARPSTACK_RABBITMQ_EPMD_PORT:-25674}"

stop_servers() {
  "$root/scripts/rabbitmq.sh" stop || true
  "$root/scripts/postgres.sh" stop || true
}
trap 'stop_servers; rm -rf "$work"' EXIT

"$root/scripts/postgres.sh" start
"$root/scripts/rabbitmq.sh" start
export SHARPSTACK_TEST_POSTGRES="Host=127.0.0.1;Port=$SHARPSTACK_POSTGRES_PORT;Username=postgres"
export SHARPSTACK_TEST_RABBITMQ_URL="amqp://guest:guest@127.0.0.1:$SHARPSTACK_RABBITMQ_PORT/"

dotnet build SharpStack.slnx -c Release --nologo -v quiet
status=0
dotnet test SharpStack.slnx -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$work/results" || status=$?

# The conformance runner's own tests (tempest.conf generation, result counting), with Debian's Python.
/usr/bin/python3 -m unittest discover -v -s "$root/conformance/tests" 2> "$work/conformance-tests.log" || status=$?
tail -n 3 "$work/conformance-tests.log"

# Stop the servers first so that the totals are the last line printed.
stop_servers
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$root/scripts/test-totals.py" "$work/results" "$work/conformance-tests.log" || status=1
exit "$status"
