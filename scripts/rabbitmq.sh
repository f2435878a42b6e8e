#!/usr/bin/env bash
# Runs a private RabbitMQ broker for tests: loopback only, its own data folder, node name,
# distribution port, epmd and Erlang cookie. Usage: scripts/rabbitmq.sh {start|stop|restart|status}
# restart stops and starts the broker on the same data folder (durable queues and persistent
# messages survive) and keeps epmd running.
set -euo pipefail

DIR="${SHARPSTACK_RABBITMQ_DIR:-/tmp/sharpstack-rabbitmq}"
PORT="${SHARPSTACK_RABBITMQ_PORT:-5673}"
DIST_PORT="${SHARPSTACK_RABBITMQ_DIST_PORT:-$((PORT + 20000))}"
EPMD_PORT="${SHARPSTACK_RABBITMQ_EPMD_PORT:-$((PORT - 1300))}"
NODE="${SHARPSTACK_RABBITMQ_NODENAME:-sharpstack-test@localhost}"
RABBIT_BIN="${SHARPSTACK_RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}"
LOOPBACK_ONLY='-kernel inet_dist_use_interface {127,0,0,1}'

export HOME="$DIR/home"
export ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_PORT="$EPMD_PORT"
export RABBITMQ_NODENAME="$NODE"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$PORT"
export RABBITMQ_DIST_PORT="$DIST_PORT"
export RABBITMQ_MNESIA_BASE="$DIR/mnesia"
export RABBITMQ_LOG_BASE="$DIR/log"
export RABBITMQ_CONFIG_FILE="$DIR/rabbitmq.conf"
export RABBITMQ_ADVANCED_CONFIG_FILE="$DIR/advanced.config"
export RABBITMQ_CONF_ENV_FILE="$DIR/rabbitmq-env.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$DIR/enabled_plugins"
export RABBITMQ_PID_FILE="$DIR/rabbitmq.pid"
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="$LOOPBACK_ONLY"
export RABBITMQ_CTL_ERL_ARGS="$LOOPBACK_ONLY"

BROKER_PID_FILE="$DIR/broker.pid"
EPMD_PID_FILE="$DIR/epmd.pid"

log() { echo "rabbitmq.sh: $*" >&2; }

# A process that exited but was not yet reaped (state Z) counts as gone.
running() { local state; state="$(ps -o stat= -p "$1" 2>/dev/null)" && [[ -n "$state" && "$state" != Z* ]]; }

alive() { [[ -f "$1" ]] && running "$(cat "$1")"; }

prepare() {
  mkdir -p "$HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
  if [[ ! -f "$HOME/.erlang.cookie" ]]; then
    head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$HOME/.erlang.cookie"
    chmod 400 "$HOME/.erlang.cookie"
  fi
  cat > "$RABBITMQ_CONFIG_FILE" <<EOF
listeners.tcp.1 = 127.0.0.1:$PORT
loopback_users = none
EOF
  echo '[].' > "$RABBITMQ_ENABLED_PLUGINS_FILE"
  : > "$RABBITMQ_CONF_ENV_FILE"
}

start_epmd() {
  alive "$EPMD_PID_FILE" && return 0
  epmd -address 127.0.0.1 -port "$EPMD_PORT" > "$RABBITMQ_LOG_BASE/epmd.log" 2>&1 &
  echo $! > "$EPMD_PID_FILE"
  for _ in $(seq 1 50); do
    epmd -port "$EPMD_PORT" -names > /dev/null 2>&1 && return 0
    sleep 0.1
  done
  log "epmd did not start on 127.0.0.1:$EPMD_PORT"
  return 1
}

start() {
  if alive "$BROKER_PID_FILE"; then
    log "already running (pid $(cat "$BROKER_PID_FILE"))"
    return 0
  fi
  prepare
  start_epmd
  setsid "$RABBIT_BIN/rabbitmq-server" > "$RABBITMQ_LOG_BASE/server.out" 2>&1 < /dev/null &
  local pid=$!
  echo "$pid" > "$BROKER_PID_FILE"
  for _ in $(seq 1 120); do
    if ! running "$pid"; then
      log "broker exited during startup; see $RABBITMQ_LOG_BASE"
      tail -n 20 "$RABBITMQ_LOG_BASE/server.out" >&2 || true
      rm -f "$BROKER_PID_FILE"
      stop_epmd
      return 1
    fi
    if "$RABBIT_BIN/rabbitmqctl" -n "$NODE" -q await_startup --timeout 5 > /dev/null 2>&1; then
      log "started pid $pid on amqp://127.0.0.1:$PORT (node $NODE)"
      return 0
    fi
    sleep 0.5
  done
  log "broker did not start in time"
  stop
  return 1
}

stop_epmd() {
  if alive "$EPMD_PID_FILE"; then
    local pid
    pid="$(cat "$EPMD_PID_FILE")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      running "$pid" || break
      sleep 0.1
    done
  fi
  rm -f "$EPMD_PID_FILE"
}

stop_broker() {
  if alive "$BROKER_PID_FILE"; then
    local pid
    pid="$(cat "$BROKER_PID_FILE")"
    "$RABBIT_BIN/rabbitmqctl" -n "$NODE" -q stop > /dev/null 2>&1 || kill -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do
      running "$pid" || break
      sleep 0.1
    done
    if running "$pid"; then
      log "broker pid $pid did not stop; killing its process group"
      kill -9 -- "-$pid" 2>/dev/null || true
    fi
    log "stopped pid $pid"
  fi
  rm -f "$BROKER_PID_FILE"
}

stop() {
  stop_broker
  stop_epmd
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop_broker; start ;;
  status) alive "$BROKER_PID_FILE" && echo "running pid $(cat "$BROKER_PID_FILE")" || { echo "stopped"; exit 3; } ;;
  *) echo "usage: $0 {start|stop|restart|status}" >&2; exit 2 ;;
esac
