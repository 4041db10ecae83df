#!/usr/bin/env bash
# Bonafide run command: build, start Keycloak and Payara Server with the EAR, load demo data, print the
# URLs and demo logins, and stop everything cleanly on Ctrl-C.
#
#   scripts/run.sh            (see README "Run" and "Configuration")
#
# Database: embedded H2 file database by default (data survives a restart, nothing to install);
# set BONAFIDE_DB_URL etc. for MariaDB/MySQL (README "Configuration").
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=payara-dist.sh
source "${PROJECT_DIR}/scripts/payara-dist.sh"
CACHE_DIR="${BONAFIDE_CACHE:-$HOME/.cache/bonafide}"
RUN_DIR="${BONAFIDE_RUN:-/tmp/bonafide-run}"
DATA_DIR="${BONAFIDE_DATA:-$HOME/.local/share/bonafide}"
PAYARA_HOME="${CACHE_DIR}/payara-${PAYARA_VERSION}/payara6"
DOMAIN_DIR="${RUN_DIR}/domains"
DOMAIN=bonafide
ASADMIN="${PAYARA_HOME}/bin/asadmin"

log() { echo "[bonafide] $*" >&2; }

export BONAFIDE_DEMO_DATA="${BONAFIDE_DEMO_DATA:-true}"
if [[ -z "${BONAFIDE_DB_URL:-}" ]]; then
  mkdir -p "${DATA_DIR}"
  export BONAFIDE_DB_DATASOURCE=org.h2.jdbcx.JdbcDataSource
  export BONAFIDE_DB_URL="jdbc:h2:file:${DATA_DIR}/bonafide;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE"
  export BONAFIDE_DB_USER=sa
  export BONAFIDE_DB_PASSWORD=
  log "database: embedded H2 in ${DATA_DIR}"
else
  export BONAFIDE_DB_DATASOURCE="${BONAFIDE_DB_DATASOURCE:-com.mysql.cj.jdbc.MysqlDataSource}"
  export BONAFIDE_DB_USER="${BONAFIDE_DB_USER:-root}"
  export BONAFIDE_DB_PASSWORD="${BONAFIDE_DB_PASSWORD:-}"
  log "database: ${BONAFIDE_DB_URL%%\?*}"
fi

# The biometric vault's master key: generated once for this machine and kept beside the data (mode 600).
# The field sets BONAFIDE_VAULT_MASTER_KEYS from its own key store; without a key no face is collected.
if [[ -z "${BONAFIDE_VAULT_MASTER_KEYS:-}" ]]; then
  mkdir -p "${DATA_DIR}"
  KEY_FILE="${DATA_DIR}/vault-master-keys"
  if [[ ! -s "${KEY_FILE}" ]]; then
    (umask 077; echo "1:$(head -c 32 /dev/urandom | base64 -w0)" > "${KEY_FILE}")
    log "vault master key generated in ${KEY_FILE}"
  fi
  BONAFIDE_VAULT_MASTER_KEYS="$(cat "${KEY_FILE}")"
  export BONAFIDE_VAULT_MASTER_KEYS
fi

# The audit seal key, the same way: kept outside the database so that whoever can write its tables cannot re-seal them.
# Never rotated in place: every seal made is checked with it.
if [[ -z "${BONAFIDE_SEAL_KEY:-}" ]]; then
  mkdir -p "${DATA_DIR}"
  SEAL_KEY_FILE="${DATA_DIR}/audit-seal-key"
  if [[ ! -s "${SEAL_KEY_FILE}" ]]; then
    (umask 077; head -c 32 /dev/urandom | base64 -w0 > "${SEAL_KEY_FILE}")
    log "audit seal key generated in ${SEAL_KEY_FILE}"
  fi
  BONAFIDE_SEAL_KEY="$(cat "${SEAL_KEY_FILE}")"
  export BONAFIDE_SEAL_KEY
fi

SLEEPER=""
stop_all() {
  trap - INT TERM EXIT
  [[ -n "$SLEEPER" ]] && kill "$SLEEPER" 2>/dev/null || true
  log "stopping"
  if [[ -d "${DOMAIN_DIR}/${DOMAIN}" ]]; then
    # Undeploy first: the next run rebuilds the EAR before the domain starts, and a domain that still lists
    # the old deployment fails to reload it (a SEVERE NullPointerException) before run.sh deploys again.
    "$ASADMIN" undeploy bonafide >/dev/null 2>&1 || true
    "$ASADMIN" stop-domain --domaindir "${DOMAIN_DIR}" "${DOMAIN}" >/dev/null 2>&1 || true
  fi
  "${PROJECT_DIR}/scripts/keycloak.sh" stop || true
  "${PROJECT_DIR}/scripts/simulators.sh" stop || true
  log "stopped"
}

if [[ "${SKIP_BUILD:-}" != "true" ]]; then
  log "building the EAR, the simulators and the HTTP edge (mvn -B -ntp -DskipTests -pl ear,simulators,http-edge -am install)"
  (cd "$PROJECT_DIR" && mvn -B -ntp -q -DskipTests -pl ear,simulators,http-edge -am install)
fi

if [[ ! -x "$ASADMIN" ]]; then
  log "unpacking Payara Server ${PAYARA_VERSION} into ${CACHE_DIR}"
  unpack_payara "${CACHE_DIR}/payara-${PAYARA_VERSION}"
fi

trap 'exit 130' INT TERM
trap stop_all EXIT
"${PROJECT_DIR}/scripts/keycloak.sh" start
"${PROJECT_DIR}/scripts/simulators.sh" start

if [[ ! -d "${DOMAIN_DIR}/${DOMAIN}" ]]; then
  mkdir -p "${DOMAIN_DIR}"
  "$ASADMIN" create-domain --nopassword --domaindir "${DOMAIN_DIR}" "${DOMAIN}" >/dev/null
fi
# Every start, so a domain made by an older checkout gets today's settings and today's http-edge (both idempotent).
"${PROJECT_DIR}/scripts/payara-harden.sh" "${DOMAIN_DIR}/${DOMAIN}/config/domain.xml"
install_http_edge "$PAYARA_HOME"
log "starting Payara Server (domain ${DOMAIN} in ${DOMAIN_DIR})"
"$ASADMIN" start-domain --domaindir "${DOMAIN_DIR}" "${DOMAIN}" >/dev/null
check_http_edge http://127.0.0.1:8080
log "deploying ear/target/bonafide.ear"
"$ASADMIN" deploy --force=true --name bonafide "${PROJECT_DIR}/ear/target/bonafide.ear" >/dev/null

cat >&2 <<TXT

  Bonafide is running.
    Back office (staff)   http://127.0.0.1:8080/backoffice/
    Customer portal       http://127.0.0.1:8080/portal/
    Channel API           http://127.0.0.1:8080/channel-api/api/complaints
    Keycloak              http://127.0.0.1:${KEYCLOAK_PORT:-8180}/  (admin console: admin / admin)
    Check simulators      http://127.0.0.1:${SIMULATOR_PORT:-8290}/  (carrier, lost-ID registry, face vendor, SMS gateway;
                          script with PUT /script/...; read an SMS with GET /script/sms/<number>)
  Demo logins (password = user name + "-demo", e.g. alice / alice-demo):
    customers   alice (C-0001, the stolen-ID case: account A-1001, loan L-2001), bob (C-0002, account A-1002
                opened at the counter: he can apply for the demo products CASH-12 and HOME-EP)
    staff       bo.wang (back office), handler.li (complaint handler), approver.chen (compensation
                approver), compliance.zhao (compliance officer), admin.sun (admin)
  Server log: ${DOMAIN_DIR}/${DOMAIN}/logs/server.log     Ctrl-C stops everything.

TXT
while true; do
  sleep 3600 & SLEEPER=$!
  wait "$SLEEPER" || true
done
