# Sourced by benchmark.sh and reliability.sh: brings up the whole system the way the field runs it (Keycloak, the
# check simulators, a fresh Payara Server with the EAR) and takes it down again. The caller sets PROJECT_DIR and
# STACK_NAME (its log prefix) and calls stack_stop from its EXIT trap.
# shellcheck source=payara-dist.sh
source "${PROJECT_DIR}/scripts/payara-dist.sh"

stack_log() { echo "[${STACK_NAME:-stack}] $(date +%H:%M:%S) $*" >&2; }

# stack_refuse_busy_ports PORT...: another run (or the run command, or the system tests) would be measured or
# disturbed too, and its server deleted under it.
stack_refuse_busy_ports() {
  local port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
      stack_log "port ${port} is in use: stop what runs there first"; exit 2
    fi
  done
}

# stack_fresh_payara DIR HEAP: a fresh server every run, so nothing deployed or configured survives from the last
# one. Sets PAYARA_HOME and ASADMIN.
stack_fresh_payara() {
  PAYARA_HOME="$1/payara6"
  ASADMIN="${PAYARA_HOME}/bin/asadmin"
  rm -rf "$PAYARA_HOME"
  unpack_payara "$1"
  sed -i "s/-Xmx512m/-Xmx$2/" "${PAYARA_HOME}/glassfish/domains/domain1/config/domain.xml"
  install_http_edge "$PAYARA_HOME"
  "${PROJECT_DIR}/scripts/payara-harden.sh" "${PAYARA_HOME}/glassfish/domains/domain1/config/domain.xml"
}

# stack_application_env JDBC_URL: the application's configuration (README "Configuration") for test data.
stack_application_env() {
  export BONAFIDE_DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource
  export BONAFIDE_DB_URL="$1"
  export BONAFIDE_DB_USER="${BONAFIDE_DB_USER:-root}"
  export BONAFIDE_DB_PASSWORD="${BONAFIDE_DB_PASSWORD:-}"
  export BONAFIDE_DEMO_DATA=true
  # A key for test data only (the same as the system tests'); the field sets its own.
  export BONAFIDE_VAULT_MASTER_KEYS="1:q4DplfEPIwGEItdYCYTVKQpBxOJdSIs8NVclbes2DRw="
  export BONAFIDE_SEAL_KEY="c2VhbC1rZXktZm9yLXRlc3QtZGF0YS1vbmx5LTMyLWJ5dGVzIQ=="
}

# stack_start: Keycloak, the simulators, Payara (domain1) and the EAR as built.
stack_start() {
  "${PROJECT_DIR}/scripts/keycloak.sh" start
  "${PROJECT_DIR}/scripts/simulators.sh" start
  stack_log "starting Payara Server"
  "$ASADMIN" start-domain domain1 >/dev/null
  check_http_edge http://127.0.0.1:8080
  stack_log "deploying ear/target/bonafide.ear"
  "$ASADMIN" deploy --name bonafide "${PROJECT_DIR}/ear/target/bonafide.ear" >/dev/null
}

stack_stop() {
  [[ -n "${ASADMIN:-}" && -x "${ASADMIN}" ]] && { "$ASADMIN" stop-domain domain1 >/dev/null 2>&1 || true; }
  "${PROJECT_DIR}/scripts/simulators.sh" stop || true
  "${PROJECT_DIR}/scripts/keycloak.sh" stop || true
}
