#!/usr/bin/env bash
# Bonafide benchmarks (README "Benchmarks"): builds the EAR, starts Keycloak, the check simulators and a fresh
# Payara Server with the EAR on MariaDB database bonafide_bench, runs the harness (benchmarks module, load by wrk)
# and stops everything again, also on failure or Ctrl-C.
#
#   scripts/benchmark.sh                full run, about 25 minutes; results in benchmarks/results/
#   scripts/benchmark.sh --smoke        about a minute of load per benchmark; results in benchmarks/target/results/
#   scripts/benchmark.sh --only P1,P2   some of them; results in benchmarks/target/results/ (only a full run
#                                       replaces the committed ones)
#
#   SKIP_BUILD=true       use the EAR, simulators and harness already built
#   BENCH_ROUNDS, BENCH_ROUND_SECONDS, BENCH_WARMUP_SECONDS, BENCH_SOAK_SECONDS   override the mode's lengths
#   BENCH_PAYARA_HEAP=512m  Payara's -Xmx (the domain default)
#   KEEP=1                leave database bonafide_bench in place afterwards
#   MYSQL="mariadb -uroot -h127.0.0.1"   the client command; BONAFIDE_DB_USER / _PASSWORD for the application
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=payara-dist.sh
source "${PROJECT_DIR}/scripts/payara-dist.sh"
TARGET="${PROJECT_DIR}/benchmarks/target"
PAYARA_HOME="${TARGET}/payara6"
ASADMIN="${PAYARA_HOME}/bin/asadmin"
DB=bonafide_bench
HEAP="${BENCH_PAYARA_HEAP:-512m}"
read -r -a CLIENT <<< "${MYSQL:-mariadb -uroot -h127.0.0.1}"
export BONAFIDE_RUN="${TARGET}/run"

log() { echo "[benchmark] $(date +%H:%M:%S) $*" >&2; }

command -v wrk >/dev/null || { log "wrk is missing: apt-get install wrk"; exit 2; }
# Another run (or the run command, or the system tests) would be measured too, and its server deleted under it.
for port in 8080 4848 "${KEYCLOAK_PORT:-8180}" "${SIMULATOR_PORT:-8290}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
    log "port ${port} is in use: stop what runs there first"; exit 2
  fi
done

if [[ "${SKIP_BUILD:-}" != "true" ]]; then
  log "building the EAR, the simulators and the harness"
  (cd "$PROJECT_DIR" && mvn -B -ntp -q -DskipTests -pl ear,simulators,benchmarks -am install)
fi
HARNESS=$(ls "${TARGET}"/benchmarks-*.jar 2>/dev/null | head -1)
[[ -n "$HARNESS" && -s "${PROJECT_DIR}/ear/target/bonafide.ear" ]] || { log "not built: run without SKIP_BUILD"; exit 2; }

# A fresh server every run: nothing deployed or configured survives from the last one.
rm -rf "$PAYARA_HOME" "$BONAFIDE_RUN"
mkdir -p "$BONAFIDE_RUN"
unpack_payara "$TARGET"
sed -i "s/-Xmx512m/-Xmx${HEAP}/" "${PAYARA_HOME}/glassfish/domains/domain1/config/domain.xml"

export BONAFIDE_DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource
export BONAFIDE_DB_URL="jdbc:mysql://127.0.0.1:3306/${DB}?createDatabaseIfNotExist=true"
export BONAFIDE_DB_USER="${BONAFIDE_DB_USER:-root}"
export BONAFIDE_DB_PASSWORD="${BONAFIDE_DB_PASSWORD:-}"
export BONAFIDE_DEMO_DATA=true
# A key for benchmark data only (the same as the system tests'); the field sets its own.
export BONAFIDE_VAULT_MASTER_KEYS="1:q4DplfEPIwGEItdYCYTVKQpBxOJdSIs8NVclbes2DRw="

stop_all() {
  trap - INT TERM EXIT
  log "stopping"
  "$ASADMIN" stop-domain domain1 >/dev/null 2>&1 || true
  "${PROJECT_DIR}/scripts/simulators.sh" stop || true
  "${PROJECT_DIR}/scripts/keycloak.sh" stop || true
  if [[ "${KEEP:-0}" != 1 ]]; then
    "${CLIENT[@]}" -e "DROP DATABASE IF EXISTS ${DB}" || true
  fi
}
trap 'exit 130' INT TERM
trap stop_all EXIT

"${CLIENT[@]}" -e "DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4"
"${PROJECT_DIR}/scripts/keycloak.sh" start
"${PROJECT_DIR}/scripts/simulators.sh" start
log "starting Payara Server (heap ${HEAP})"
"$ASADMIN" start-domain domain1 >/dev/null
log "deploying ear/target/bonafide.ear"
"$ASADMIN" deploy --name bonafide "${PROJECT_DIR}/ear/target/bonafide.ear" >/dev/null

export BENCH_COMMIT="$(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
export BENCH_DATABASE_VERSION="$("${CLIENT[@]}" --batch --skip-column-names -e 'SELECT VERSION()')"
export BENCH_PAYARA_HEAP="$HEAP"
export BENCH_PAYARA_PID_FILE="${PAYARA_HOME}/glassfish/domains/domain1/config/pid"
export BENCH_WORK_DIR="${TARGET}/work"
cd "$PROJECT_DIR"
java -cp "${HARNESS}:${TARGET}/lib/*" bank.bonafide.benchmarks.BenchmarkRun "$@"
