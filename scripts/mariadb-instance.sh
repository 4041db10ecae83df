#!/usr/bin/env bash
# A private MariaDB server in a folder of its own, for tests that stop and start the database (reliability R2) and
# must never touch the machine's server on 3306. Root without password, on 127.0.0.1 only; throwaway data.
#
#   scripts/mariadb-instance.sh start DIR PORT    create DIR on first use, start, wait until it answers
#   scripts/mariadb-instance.sh stop DIR          stop (clean shutdown) and wait until it is gone
set -euo pipefail

DIR="${2:?usage: mariadb-instance.sh start|stop DIR [PORT]}"
PID_FILE="${DIR}/mariadb.pid"
log() { echo "[mariadb ${DIR##*/}] $*" >&2; }
running() { [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

case "$1" in
  start)
    PORT="${3:?port missing}"
    if running; then log "already running (pid $(cat "$PID_FILE"))"; exit 0; fi
    if [[ ! -d "${DIR}/data/mysql" ]]; then
      mkdir -p "$DIR"
      mariadb-install-db --no-defaults --datadir="${DIR}/data" --user="$(id -un)" \
        --auth-root-authentication-method=normal --skip-test-db > "${DIR}/install.log" 2>&1
    fi
    "$(command -v mariadbd || echo /usr/sbin/mariadbd)" --no-defaults --user="$(id -un)" --datadir="${DIR}/data" \
      --port="$PORT" --bind-address=127.0.0.1 --socket="${DIR}/mariadb.sock" --pid-file="$PID_FILE" \
      --log-error="${DIR}/error.log" --innodb-buffer-pool-size=256M --max-connections=400 \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > /dev/null 2>&1 &
    for _ in $(seq 1 60); do
      if mariadb-admin --no-defaults -h127.0.0.1 -P"$PORT" -uroot ping > /dev/null 2>&1; then
        log "up on 127.0.0.1:${PORT} (pid $(cat "$PID_FILE"))"; exit 0
      fi
      sleep 0.5
    done
    log "did not start: see ${DIR}/error.log"; exit 1
    ;;
  stop)
    running || { log "not running"; exit 0; }
    pid=$(cat "$PID_FILE")
    kill -TERM "$pid"
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || { log "stopped"; exit 0; }; sleep 0.5; done
    log "still running after 60 s (pid ${pid})"; exit 1
    ;;
  *) echo "usage: mariadb-instance.sh start|stop DIR [PORT]" >&2; exit 2 ;;
esac
