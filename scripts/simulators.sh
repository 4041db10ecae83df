#!/usr/bin/env bash
# The external-check simulators (carrier CAMARA APIs, lost-document registry, face vendor) as a local
# HTTP service on 127.0.0.1:${SIMULATOR_PORT:-8290}. Needs `mvn -pl simulators package` first.
#
#   scripts/simulators.sh start|stop|status
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${SIMULATOR_PORT:-8290}"
RUN_DIR="${BONAFIDE_RUN:-/tmp/bonafide-run}"
PID_FILE="${RUN_DIR}/simulators.pid"
LOG_FILE="${RUN_DIR}/simulators.log"
log() { echo "[simulators] $*" >&2; }

running() {
  [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null \
    && grep -q "ExternalChecksSimulator" "/proc/$(cat "$PID_FILE")/cmdline" 2>/dev/null
}

case "${1:-}" in
  start)
    if running; then log "already running (pid $(cat "$PID_FILE"))"; exit 0; fi
    mkdir -p "$RUN_DIR"
    jar=$(ls "$PROJECT_DIR"/simulators/target/simulators-*.jar 2>/dev/null | head -1)
    [[ -n "$jar" ]] || { log "simulators jar missing: run mvn -pl simulators package"; exit 1; }
    SIMULATOR_PORT="$PORT" nohup java -cp "$jar:$PROJECT_DIR/simulators/target/lib/*" \
      bank.bonafide.simulators.ExternalChecksSimulator > "$LOG_FILE" 2>&1 &
    echo $! > "$PID_FILE"
    for _ in $(seq 1 50); do
      if curl -fsS -o /dev/null -X DELETE "http://127.0.0.1:${PORT}/script" 2>/dev/null; then
        log "ready on http://127.0.0.1:${PORT} (pid $(cat "$PID_FILE"))"; exit 0
      fi
      sleep 0.2
    done
    log "did not start; log:"; tail -20 "$LOG_FILE" >&2; exit 1
    ;;
  stop)
    if running; then
      pid=$(cat "$PID_FILE"); kill "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      log "stopped"
    fi
    rm -f "$PID_FILE"
    ;;
  status)
    if running; then log "running (pid $(cat "$PID_FILE"))"; else log "not running"; exit 1; fi
    ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
