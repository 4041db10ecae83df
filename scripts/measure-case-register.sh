#!/usr/bin/env bash
# Measures the back office's case register (complaints_complaint, open cases only) over N complaints in MariaDB.
#
#   scripts/measure-case-register.sh [extra-indexes.sql]
#
#   N=1000000      complaints to load (default one million)
#   PRED=ne|in|both  how "open" is written: status <> 'CLOSED' (what ComplaintQueries issues today),
#                  status IN (<every open status>), or both, one after the other (default ne)
#   RUNS=7         timed runs per query shape (after one untimed warm-up run)
#   SLOW_MS=1000 SLOW_RUNS=3   a shape whose warm-up takes SLOW_MS or more gets only SLOW_RUNS timed runs
#   CAP_S=10       statements are cut off after this many seconds (max_statement_time); reported as a timeout
#   KEEP=1         leave database bonafide_scale in place afterwards
#   MYSQL="mysql -uroot -h127.0.0.1"   the client command
#
# It (re)creates database bonafide_scale (and touches no other), applies the complaints module's Flyway
# migrations V1..Vn in version order plus the optional extra index file, loads the complaints with
# INSERT ... SELECT from the SEQUENCE engine, then times every query shape the case table issues.
#
# Timing: MariaDB's query profiler inside ONE client session (SET profiling=1; the per-query sum of
# information_schema.PROFILING durations), so neither connection start-up nor client start is measured;
# the figure is the server's time to execute the statement and send its rows.
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MIGRATIONS="${PROJECT_DIR}/complaints-module/src/main/resources/db/complaints"
DB=bonafide_scale
N="${N:-1000000}"
PRED="${PRED:-ne}"
RUNS="${RUNS:-7}"
SLOW_RUNS="${SLOW_RUNS:-3}"
SLOW_MS="${SLOW_MS:-1000}"
CAP_S="${CAP_S:-10}"
KEEP="${KEEP:-0}"
read -r -a CLIENT <<< "${MYSQL:-mysql -uroot -h127.0.0.1}"
EXTRA_INDEXES="${1:-}"
ERRORS="$(mktemp -t case-register-errors.XXXXXX)"

log() { echo "[case-register] $(date +%H:%M:%S) $*" >&2; }
sql() { "${CLIENT[@]}" --batch --skip-column-names "$@"; }
sqldb() { sql --database="${DB}" "$@"; }

[[ "${N}" =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive integer" >&2; exit 2; }
[[ -z "${EXTRA_INDEXES}" || -r "${EXTRA_INDEXES}" ]] || { echo "cannot read ${EXTRA_INDEXES}" >&2; exit 2; }
case "${PRED}" in ne | in | both) ;; *) echo "PRED must be ne, in or both" >&2; exit 2 ;; esac

cleanup() {
  if [[ "${KEEP}" != 1 ]]; then
    sql -e "DROP DATABASE IF EXISTS ${DB}" || true
    log "dropped ${DB} (KEEP=1 keeps it)"
  fi
  if [[ -s "${ERRORS}" ]]; then
    log "$(wc -l < "${ERRORS}") statement errors (a timeout is one), the first: $(head -1 "${ERRORS}")"
  fi
  rm -f "${ERRORS}"
}
trap cleanup EXIT

# --- schema: the module's migrations in version order (V1, V2, ... V10 sorts after V9), then the candidates
log "server $(sql -e 'SELECT VERSION()'), buffer pool $(sql -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MiB"
sql -e "DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"
while IFS= read -r migration; do
  log "migration ${migration}"
  sqldb < "${MIGRATIONS}/${migration}"
done < <(find "${MIGRATIONS}" -maxdepth 1 -name 'V*__*.sql' -printf '%f\n' | sort -t _ -k 1.2n)
if [[ -n "${EXTRA_INDEXES}" ]]; then
  log "extra indexes from ${EXTRA_INDEXES}"
  sqldb < "${EXTRA_INDEXES}"
fi

# --- data: one INSERT ... SELECT per chunk of the sequence, from scripts/sql/complaint-history.sql (what it loads is
# described there; the benchmarks load the same history).
CUSTOMERS=$(( N / 5 > 0 ? N / 5 : 1 ))
WIDTH=$(( ${#N} > 7 ? ${#N} : 7 ))
CHUNKS=4
CHUNK=$(( (N + CHUNKS - 1) / CHUNKS ))
load_started=$(date +%s)
for (( first = 1; first <= N; first += CHUNK )); do
  last=$(( first + CHUNK - 1 > N ? N : first + CHUNK - 1 ))
  log "loading complaints ${first}..${last}"
  sed -e "s/\${N}/${N}/g; s/\${FIRST}/${first}/g; s/\${LAST}/${last}/g; s/\${CUSTOMERS}/${CUSTOMERS}/g; s/\${WIDTH}/${WIDTH}/g" \
    "${PROJECT_DIR}/scripts/sql/complaint-history.sql" | sqldb
done
LOAD_SECONDS=$(( $(date +%s) - load_started ))
sqldb -e "ANALYZE TABLE complaints_complaint" > /dev/null
log "loaded in ${LOAD_SECONDS}s: $(sqldb -e "SELECT CONCAT(COUNT(*), ' complaints, ', SUM(status <> 'CLOSED'), ' open, ',
  COUNT(DISTINCT customer_id), ' customers') FROM complaints_complaint")"
sqldb -e "SELECT CONCAT('table ', ROUND(data_length / 1048576), ' MiB, indexes ', ROUND(index_length / 1048576), ' MiB')
  FROM information_schema.TABLES WHERE table_schema = '${DB}' AND table_name = 'complaints_complaint'" | sed 's/^/[case-register] /' >&2
echo "indexes on complaints_complaint (MiB as InnoDB's persistent statistics count them):"
sqldb -e "SELECT CONCAT('  ', s.index_name, ' (', GROUP_CONCAT(s.column_name ORDER BY s.seq_in_index SEPARATOR ', '), ') ',
    COALESCE(MAX(ROUND(z.stat_value * @@innodb_page_size / 1048576)), '?'), ' MiB')
  FROM information_schema.STATISTICS s LEFT JOIN mysql.innodb_index_stats z ON z.database_name = s.table_schema
    AND z.table_name = s.table_name AND z.index_name = s.index_name AND z.stat_name = 'size'
  WHERE s.table_schema = '${DB}' AND s.table_name = 'complaints_complaint' GROUP BY s.index_name ORDER BY s.index_name"
echo "load: ${LOAD_SECONDS}s for ${N} rows"

# --- the query shapes (ComplaintQueries.search/count through CaseRegister: open cases, 25 a page, ties by reference)
CUSTOMER=$(sqldb -e "SELECT customer_id FROM complaints_complaint WHERE status <> 'CLOSED' ORDER BY reference DESC LIMIT 1")
HANDLER=handler.07
declare -A FILTERS=(
  [none]=""
  [reference]=" AND reference LIKE 'C-00012%'"
  [customer]=" AND customer_id = '${CUSTOMER}'"
  [category]=" AND category = 'LOAN_NOT_TAKEN'"
  [handler]=" AND assigned_to = '${HANDLER}'"
)
FILTER_ORDER=(none reference customer category handler)
SORTS=(clock_deadline received_at reference customer_id category status assigned_to)

# One line per shape: label TAB statement.
shapes() {
  local open="$1" f col dir off order
  for f in "${FILTER_ORDER[@]}"; do
    printf 'count %s\tSELECT COUNT(*) FROM complaints_complaint WHERE %s%s\n' "${f}" "${open}" "${FILTERS[$f]}"
  done
  for col in "${SORTS[@]}"; do
    for dir in asc desc; do
      for f in "${FILTER_ORDER[@]}"; do
        # descending: every column once, unfiltered, first page (Hibernate writes "col DESC, reference ASC")
        [[ "${dir}" == desc && "${f}" != none ]] && continue
        for off in 0 5000; do
          [[ "${dir}" == desc && "${off}" != 0 ]] && continue
          order="${col}"; [[ "${dir}" == desc ]] && order+=" DESC"
          [[ "${col}" != reference ]] && order+=", reference"
          printf 'page %s%s %s o%s\tSELECT * FROM complaints_complaint WHERE %s%s ORDER BY %s LIMIT 25 OFFSET %s\n' \
            "${col}" "$([[ ${dir} == desc ]] && echo ' DESC')" "${f}" "${off}" "${open}" "${FILTERS[$f]}" "${order}" "${off}"
        done
      done
    done
  done
}

# One client session (a coprocess) runs every shape: EXPLAIN once, one untimed warm-up run, then the timed runs.
# A shape whose warm-up took SLOW_MS or more gets SLOW_RUNS timed runs instead of RUNS (keeps a run of the script
# within ~15 minutes when the plan is bad); one that hits CAP_S seconds is cut off by max_statement_time.
# ask: send statements, then a last one whose result line starts with @@DONE; print that line's other fields.
ask() {
  local line
  printf '%s\n' "$@" >&"${TO_DB}"
  while IFS= read -r line <&"${FROM_DB}"; do
    if [[ "${line}" == @@DONE* ]]; then printf '%s\n' "${line#@@DONE}"; return 0; fi
    [[ "${line}" == 1$'\t'SIMPLE$'\t'* ]] && printf '%s\n' "${line}"   # an EXPLAIN line; query rows are dropped
  done
  echo "the client session ended (see ${ERRORS})" >&2; return 1
}
# run: execute a statement k times; print the k durations in ms (the profiler's sum over the statement's stages).
run() {
  local statement="$1" k="$2" i batch=()
  for (( i = 0; i < k; i++ )); do batch+=("${statement};"); done
  ask "${batch[@]}" "SELECT '@@DONE', GROUP_CONCAT(ROUND(d * 1000, 2) ORDER BY query_id SEPARATOR ' ') FROM (SELECT query_id,
       SUM(duration) AS d FROM information_schema.PROFILING GROUP BY query_id ORDER BY query_id DESC LIMIT ${k}) timed;" | tr -d '\t'
}
measure() {
  local name="$1" open="$2" started label statement plan warm runs times
  started=$(date +%s)
  echo
  echo "== ${name}: open = ${open}"
  echo "   (N=${N}; customer ${CUSTOMER}, handler ${HANDLER}; ${RUNS} timed runs after 1 warm-up, ${SLOW_RUNS} if the warm-up took >= ${SLOW_MS} ms; cap ${CAP_S} s)"
  coproc DB_SESSION { sqldb --force --unbuffered 2>>"${ERRORS}"; }
  # own copies of the coprocess's pipes (its array goes when it ends); close the originals so EOF reaches it
  exec {TO_DB}>&"${DB_SESSION[1]}" {FROM_DB}<&"${DB_SESSION[0]}"
  local to_original=${DB_SESSION[1]} from_original=${DB_SESSION[0]} session_pid=${DB_SESSION_PID}
  exec {to_original}>&- {from_original}<&-
  ask "SET SESSION query_cache_type = OFF, profiling_history_size = 100, max_statement_time = ${CAP_S}, profiling = 1;" \
      "SELECT '@@DONE';" > /dev/null
  printf '%-36s %2s %9s %9s %9s  %-6s %-36s %7s  %s\n' shape n median_ms max_ms warm_ms type key rows Extra
  while IFS=$'\t' read -r label statement; do
    plan=$(ask "EXPLAIN ${statement};" "SELECT '@@DONE';" | awk -F'\t' 'NF > 1 { printf "%-6s %-36s %7s  %s", $4, $6, $9, $10 }')
    warm=$(run "${statement}" 1)
    runs=${RUNS}
    awk -v w="${warm}" -v s="${SLOW_MS}" 'BEGIN { exit !(w >= s) }' && runs=${SLOW_RUNS}
    awk -v w="${warm}" -v c="${CAP_S}" 'BEGIN { exit !(w >= c * 1000 * 0.99) }' && runs=0
    times=""; (( runs > 0 )) && times=$(run "${statement}" "${runs}")
    awk -v label="${label}" -v times="${times}" -v warm="${warm}" -v plan="${plan}" -v cap="${CAP_S}" 'BEGIN {
      n = split(times, v, " ")
      for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
      if (n == 0) { printf "%-36s %2d %9s %9s %9.1f  %s\n", label, 0, ">" cap * 1000, "timeout", warm, plan; exit }
      median = n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      printf "%-36s %2d %9.2f %9.2f %9.1f  %s\n", label, n, median, v[n], warm, plan }'
  done < <(shapes "${open}")
  exec {TO_DB}>&- {FROM_DB}<&-
  wait "${session_pid}" 2>/dev/null || true
  log "${name} measured in $(( $(date +%s) - started ))s"
}

# Every ComplaintStatus but CLOSED (the enum has eight open states; the loaded data uses four of them). An IN list
# that left some out would hide those cases from the register.
OPEN_STATUSES="'RECEIVED','ACKNOWLEDGED','UNDER_INVESTIGATION','AWAITING_CUSTOMER','PROPOSED_DECISION','DECIDED','ESCALATED','REOPENED'"
[[ "${PRED}" == ne || "${PRED}" == both ]] && measure "status <> 'CLOSED'" "status <> 'CLOSED'"
[[ "${PRED}" == in || "${PRED}" == both ]] && measure "status IN (open statuses)" "status IN (${OPEN_STATUSES})"
log "done in $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s"
exit 0
