#!/usr/bin/env bash
# Dev/test Keycloak for Bonafide: a real Keycloak from Maven Central
# (org.keycloak:keycloak-quarkus-dist), unpacked once into a cache folder,
# started in dev mode with the realm from keycloak/realm/ imported.
#
#   scripts/keycloak.sh start|stop|status
#
# Environment (all optional):
#   KEYCLOAK_PORT       HTTP port                  (8180)
#   KEYCLOAK_MGMT_PORT  management/health port     (9190)
#   BONAFIDE_CACHE      unpack cache               ($HOME/.cache/bonafide)
#   BONAFIDE_RUN        log + pid folder           (/tmp/bonafide-run)
#   MAVEN_REPO          local Maven repository     ($HOME/.m2/repository)
#   KEYCLOAK_START_TIMEOUT  seconds to wait for /health/ready (240)
set -euo pipefail

KC_VERSION=26.7.3
KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "${SCRIPT_DIR}/.." && pwd)"
REALM_JSON="${PROJECT_DIR}/keycloak/realm/bonafide-realm.json"

KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MGMT_PORT="${KEYCLOAK_MGMT_PORT:-9190}"
CACHE_DIR="${BONAFIDE_CACHE:-$HOME/.cache/bonafide}"
KC_HOME="${CACHE_DIR}/keycloak-${KC_VERSION}"
RUN_DIR="${BONAFIDE_RUN:-/tmp/bonafide-run}"
LOG_FILE="${RUN_DIR}/keycloak.log"
PID_FILE="${RUN_DIR}/keycloak.pid"
M2_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
ZIP="${M2_REPO}/org/keycloak/keycloak-quarkus-dist/${KC_VERSION}/keycloak-quarkus-dist-${KC_VERSION}.zip"
START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-240}"
READY_URL="http://127.0.0.1:${KEYCLOAK_MGMT_PORT}/health/ready"

log() { echo "[keycloak] $*" >&2; }

# Temurin 25 starts Keycloak noticeably faster than the default JDK 17.
# Only Keycloak gets it: Maven 3.8 on JDK 25 prints sun.misc.Unsafe warnings.
KC_JAVA_HOME="${JAVA_HOME:-}"
if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  KC_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

ensure_zip() {
  if [[ ! -s "$ZIP" ]]; then
    log "fetching ${KC_ARTIFACT} from Maven Central into ${M2_REPO}"
    local repo_opt=()
    [[ -n "${MAVEN_REPO:-}" ]] && repo_opt=("-Dmaven.repo.local=${MAVEN_REPO}")
    # run outside the project so its pom is not read
    (cd /tmp && mvn -B -ntp -q "${repo_opt[@]}" dependency:get \
        -Dartifact="${KC_ARTIFACT}" -Dtransitive=false)
    [[ -s "$ZIP" ]] || { log "download failed: $ZIP missing"; exit 1; }
  fi
}

ensure_dist() {
  if [[ -x "${KC_HOME}/bin/kc.sh" && -f "${KC_HOME}/.bonafide-unpacked" ]]; then
    return
  fi
  ensure_zip
  log "unpacking ${ZIP##*/} into ${CACHE_DIR}"
  mkdir -p "$CACHE_DIR"
  local tmp
  tmp="$(mktemp -d "${CACHE_DIR}/.unpack.XXXXXX")"
  unzip -q "$ZIP" -d "$tmp"
  rm -rf "$KC_HOME"
  mv "${tmp}/keycloak-${KC_VERSION}" "$KC_HOME"
  rmdir "$tmp"
  touch "${KC_HOME}/.bonafide-unpacked"
}

read_pid() {
  [[ -f "$PID_FILE" ]] && cat "$PID_FILE" || true
}

# Alive = the recorded PID exists and still is our Keycloak (guards against a
# recycled PID after a crash or reboot).
pid_alive() {
  local pid="$1"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null | grep -q "keycloak-${KC_VERSION}"
}

# kc.sh runs java as a child (and re-execs on re-augmentation); setsid makes
# the recorded PID the leader of its own process group, so the group id is
# the recorded PID and SIGKILL can reach the JVM too.
group_alive() {
  local pid="$1"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 -- "-${pid}" 2>/dev/null
}

is_ready() {
  curl -fsS -o /dev/null --max-time 3 "$READY_URL" 2>/dev/null
}

cmd_status() {
  local pid
  pid="$(read_pid)"
  if pid_alive "$pid"; then
    if is_ready; then
      echo "keycloak running (pid $pid), ready at http://127.0.0.1:${KEYCLOAK_PORT}"
    else
      echo "keycloak running (pid $pid), NOT ready"
      return 1
    fi
  else
    echo "keycloak not running"
    return 3
  fi
}

cmd_start() {
  local pid
  pid="$(read_pid)"
  if pid_alive "$pid"; then
    if is_ready; then
      log "already running (pid $pid) and ready"
      return 0
    fi
    log "pid $pid alive but not ready; waiting for it"
  else
    ensure_dist
    mkdir -p "$RUN_DIR" "${KC_HOME}/data/import"
    [[ -f "$REALM_JSON" ]] || { log "realm file missing: $REALM_JSON"; exit 1; }
    rm -f "${KC_HOME}/data/import/"*.json
    cp "$REALM_JSON" "${KC_HOME}/data/import/"
    log "starting Keycloak ${KC_VERSION} on http://127.0.0.1:${KEYCLOAK_PORT} (JAVA_HOME=${KC_JAVA_HOME:-default}), log ${LOG_FILE}"
    # Dev-only bootstrap admin of the master realm.
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
    if [[ -n "$KC_JAVA_HOME" ]]; then export JAVA_HOME="$KC_JAVA_HOME"; fi
    # setsid: own session/process group (PGID = recorded PID), detached from
    # the caller's terminal and Ctrl-C. The inner shell writes its own PID and
    # execs kc.sh, so the PID file holds kc.sh, which forwards TERM to java.
    rm -f "$PID_FILE"
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" "${KC_HOME}/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 \
        --http-port="${KEYCLOAK_PORT}" \
        --hostname="http://127.0.0.1:${KEYCLOAK_PORT}" \
        --http-management-port="${KEYCLOAK_MGMT_PORT}" \
        --db=dev-mem \
        --import-realm \
        --health-enabled=true \
        </dev/null >"$LOG_FILE" 2>&1 &
    local i
    for ((i = 0; i < 50; i++)); do
      [[ -s "$PID_FILE" ]] && break
      sleep 0.1
    done
    pid="$(read_pid)"
    [[ -n "$pid" ]] || { log "could not record the Keycloak PID"; exit 1; }
  fi

  local start=$SECONDS
  until is_ready; do
    if ! pid_alive "$pid"; then
      log "Keycloak (pid $pid) exited during startup; log tail:"
      tail -n 60 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if (( SECONDS - start >= START_TIMEOUT )); then
      log "not ready after ${START_TIMEOUT}s; log tail:"
      tail -n 60 "$LOG_FILE" >&2 || true
      exit 1
    fi
    sleep 1
  done
  log "ready after $((SECONDS - start))s (pid $pid)"
}

cmd_stop() {
  local pid
  pid="$(read_pid)"
  if ! pid_alive "$pid"; then
    log "not running"
    rm -f "$PID_FILE"
    return 0
  fi
  log "stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 30; i++)); do
    pid_alive "$pid" || break
    sleep 1
  done
  # kc.sh has exited; give its java child (same process group) a moment too
  if ! pid_alive "$pid"; then
    for ((i = 0; i < 5; i++)); do
      group_alive "$pid" || break
      sleep 1
    done
  fi
  if pid_alive "$pid" || group_alive "$pid"; then
    log "still alive after 30s, sending SIGKILL to process group $pid"
    kill -KILL -- "-${pid}" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 10; i++)); do
      group_alive "$pid" || break
      sleep 1
    done
  fi
  if pid_alive "$pid" || group_alive "$pid"; then
    log "pid $pid did not exit"
    exit 1
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
