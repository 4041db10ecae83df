#!/usr/bin/env bash
# Bonafide reliability suite (README "Reliability"): starts a private MariaDB server (so that the suite may stop it),
# Keycloak, the check simulators and a fresh Payara Server with the EAR, runs the suite (reliability module) from
# outside over HTTP on 127.0.0.1, and stops everything again, also on failure or Ctrl-C.
#
#   scripts/reliability.sh             the whole suite
#   scripts/reliability.sh --short     the version the test command runs (fewer requests, same checks)
#   scripts/reliability.sh --only R2   some of the checks
#
#   SKIP_BUILD=true          use the EAR, simulators and suite already built
#   RELIABILITY_DB_PORT=3307 the private MariaDB server's port; its data lives in reliability/target/mariadb
#   KEEP=1                   leave the private server's data in place afterwards
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STACK_NAME=reliability
# shellcheck source=stack.sh
source "${PROJECT_DIR}/scripts/stack.sh"
TARGET="${PROJECT_DIR}/reliability/target"
DB_DIR="${TARGET}/mariadb"
DB_PORT="${RELIABILITY_DB_PORT:-3307}"
export BONAFIDE_RUN="${TARGET}/run"

# 9180 and 9148: R8's second server (domain2, --portbase 9100).
stack_refuse_busy_ports 8080 4848 9180 9148 "${KEYCLOAK_PORT:-8180}" "${SIMULATOR_PORT:-8290}" "$DB_PORT"

if [[ "${SKIP_BUILD:-}" != "true" ]]; then
  stack_log "building the EAR, the simulators and the suite"
  (cd "$PROJECT_DIR" && mvn -B -ntp -q -DskipTests -pl ear,simulators,http-edge,reliability -am install)
fi
SUITE=$(ls "${TARGET}"/reliability-*.jar 2>/dev/null | head -1)
[[ -n "$SUITE" && -s "${PROJECT_DIR}/ear/target/bonafide.ear" ]] || { stack_log "not built: run without SKIP_BUILD"; exit 2; }

stop_all() {
  trap - INT TERM EXIT
  stack_log "stopping"
  stack_stop
  "${PROJECT_DIR}/scripts/mariadb-instance.sh" stop "$DB_DIR" || true
  [[ "${KEEP:-0}" == 1 ]] || rm -rf "$DB_DIR"
}
trap 'exit 130' INT TERM
trap stop_all EXIT

rm -rf "$BONAFIDE_RUN" "$DB_DIR"
mkdir -p "$BONAFIDE_RUN"
"${PROJECT_DIR}/scripts/mariadb-instance.sh" start "$DB_DIR" "$DB_PORT"
stack_fresh_payara "$TARGET" 1g
stack_application_env "jdbc:mysql://127.0.0.1:${DB_PORT}/bonafide?createDatabaseIfNotExist=true"
stack_start

# What the suite needs to break and mend the system it tests.
export RELIABILITY_DB_CONTROL="${PROJECT_DIR}/scripts/mariadb-instance.sh"
export RELIABILITY_DB_DIR="$DB_DIR"
export RELIABILITY_DB_PORT="$DB_PORT"
export RELIABILITY_PAYARA_HOME="$PAYARA_HOME"
export RELIABILITY_REPORT_DIR="${TARGET}/results"
cd "$PROJECT_DIR"
java -cp "${SUITE}:${TARGET}/lib/*" bank.bonafide.reliability.ReliabilityRun "$@"
