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
STACK_NAME=benchmark
# shellcheck source=stack.sh
source "${PROJECT_DIR}/scripts/stack.sh"
TARGET="${PROJECT_DIR}/benchmarks/target"
DB=bonafide_bench
HEAP="${BENCH_PAYARA_HEAP:-512m}"
read -r -a CLIENT <<< "${MYSQL:-mariadb -uroot -h127.0.0.1}"
export BONAFIDE_RUN="${TARGET}/run"

command -v wrk >/dev/null || { stack_log "wrk is missing: apt-get install wrk"; exit 2; }
stack_refuse_busy_ports 8080 4848 "${KEYCLOAK_PORT:-8180}" "${SIMULATOR_PORT:-8290}"

if [[ "${SKIP_BUILD:-}" != "true" ]]; then
  stack_log "building the EAR, the simulators and the harness"
  (cd "$PROJECT_DIR" && mvn -B -ntp -q -DskipTests -pl ear,simulators,http-edge,benchmarks -am install)
fi
HARNESS=$(ls "${TARGET}"/benchmarks-*.jar 2>/dev/null | head -1)
[[ -n "$HARNESS" && -s "${PROJECT_DIR}/ear/target/bonafide.ear" ]] || { stack_log "not built: run without SKIP_BUILD"; exit 2; }

rm -rf "$BONAFIDE_RUN"
mkdir -p "$BONAFIDE_RUN"
stack_fresh_payara "$TARGET" "$HEAP"
stack_application_env "jdbc:mysql://127.0.0.1:3306/${DB}?createDatabaseIfNotExist=true"

stop_all() {
  trap - INT TERM EXIT
  stack_log "stopping"
  stack_stop
  if [[ "${KEEP:-0}" != 1 ]]; then
    "${CLIENT[@]}" -e "DROP DATABASE IF EXISTS ${DB}" || true
  fi
}
trap 'exit 130' INT TERM
trap stop_all EXIT

"${CLIENT[@]}" -e "DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4"
stack_log "Payara heap ${HEAP}"
stack_start

export BENCH_COMMIT="$(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
export BENCH_DATABASE_VERSION="$("${CLIENT[@]}" --batch --skip-column-names -e 'SELECT VERSION()')"
export BENCH_PAYARA_HEAP="$HEAP"
export BENCH_PAYARA_PID_FILE="${PAYARA_HOME}/glassfish/domains/domain1/config/pid"
export BENCH_WORK_DIR="${TARGET}/work"
cd "$PROJECT_DIR"
java -cp "${HARNESS}:${TARGET}/lib/*" bank.bonafide.benchmarks.BenchmarkRun "$@"
