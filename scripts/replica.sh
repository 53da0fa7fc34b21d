#!/usr/bin/env bash
# A MariaDB primary and its replica for the replica tests (test/db/replicas.test.ts),
# each its own mariadbd with its own data directory under REPLICA_DIR:
#
#   scripts/replica.sh start    start both (idempotent) and make sure the replica replicates
#   scripts/replica.sh stop     stop both
#   scripts/replica.sh status   what the replica says (SHOW REPLICA STATUS)
#
# Primary: server-id 1, binary log on, 127.0.0.1:REPLICA_PRIMARY_PORT (3307).
# Replica: server-id 2, 127.0.0.1:REPLICA_PORT (3308), replicating from the primary.
# Both accept root from 127.0.0.1 without a password, like the test server on 3306;
# they are throwaway test servers and listen on loopback only.
set -euo pipefail

dir=${REPLICA_DIR:-${TMPDIR:-/tmp}/shh-replica-pair}
primary_port=${REPLICA_PRIMARY_PORT:-3307}
replica_port=${REPLICA_PORT:-3308}
as_root=()
[ "$(id -u)" = 0 ] && as_root=(--user=root)

client() { # port, then mariadb options
  local port=$1
  shift
  mariadb --protocol=TCP -h 127.0.0.1 -P "$port" -u root --connect-timeout=2 "$@"
}
answers() { client "$1" -e 'SELECT 1' >/dev/null 2>&1; }

start_server() { # name port server-id extra options…
  local name=$1 port=$2 id=$3
  shift 3
  local data="$dir/$name"
  if answers "$port"; then return 0; fi
  mkdir -p "$data"
  if [ ! -d "$data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$data" --auth-root-authentication-method=normal --skip-test-db "${as_root[@]}" >"$dir/$name-install.log" 2>&1 ||
      { cat "$dir/$name-install.log" >&2; exit 1; }
  fi
  # setsid: the server outlives this script and the shell that ran it.
  setsid mariadbd --no-defaults --datadir="$data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/$name.sock" --pid-file="$dir/$name.pid" --log-error="$dir/$name.err" \
    --server-id="$id" --skip-name-resolve --innodb-buffer-pool-size=64M --innodb-log-file-size=16M \
    --max-connections=200 "${as_root[@]}" "$@" </dev/null >/dev/null 2>&1 &
  for _ in $(seq 1 100); do
    answers "$port" && break
    sleep 0.1
  done
  answers "$port" || { echo "$name on 127.0.0.1:$port did not come up; see $dir/$name.err" >&2; tail -20 "$dir/$name.err" >&2; exit 1; }
  # root over TCP from 127.0.0.1 (install-db makes root@localhost only), and the replication account; kept out of the binary log.
  mariadb --no-defaults -S "$dir/$name.sock" -u root -e "
    SET SESSION sql_log_bin = 0;
    CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
    CREATE USER IF NOT EXISTS 'repl'@'127.0.0.1' IDENTIFIED BY 'repl';
    GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';"
}

# Both threads run and the replica has applied all the primary has logged (an event it
# cannot apply stops its SQL thread a moment after START SLAVE, so running is not enough).
caught_up() {
  local file pos done
  read -r file pos _ < <(client "$primary_port" -N -e 'SHOW MASTER STATUS')
  done=$(client "$replica_port" -N -e "SELECT MASTER_POS_WAIT('$file', $pos, 5)" 2>/dev/null || echo NULL)
  [ "$done" != NULL ] && [ "$done" -ge 0 ] 2>/dev/null && replicating
}

replicating() {
  local status
  status=$(client "$replica_port" -e 'SHOW REPLICA STATUS\G' 2>/dev/null || true)
  grep -q 'Slave_IO_Running: Yes' <<<"$status" && grep -q 'Slave_SQL_Running: Yes' <<<"$status"
}

start() {
  mkdir -p "$dir"
  start_server primary "$primary_port" 1 --log-bin=primary-bin --binlog-format=MIXED
  start_server replica "$replica_port" 2 --relay-log=replica-relay
  if caught_up; then
    echo "replica pair up: primary 127.0.0.1:$primary_port, replica 127.0.0.1:$replica_port (replicating)"
    return 0
  fi
  local configured
  configured=$(client "$replica_port" -N -e 'SHOW REPLICA STATUS' 2>/dev/null || true)
  if [ -n "$configured" ]; then
    # Stopped or delayed by a test: no delay, run again.
    client "$replica_port" -e 'STOP SLAVE; CHANGE MASTER TO MASTER_DELAY=0; START SLAVE'
  fi
  if [ -z "$configured" ] || ! caught_up; then
    # First start, or replication broke (an event the replica cannot apply): the pair
    # only ever holds throwaway test databases, so drop the replica's and follow the
    # primary from where its binary log is now.
    client "$replica_port" -e 'STOP SLAVE; RESET SLAVE ALL' 2>/dev/null || true
    client "$replica_port" -N -e "SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT IN ('mysql','information_schema','performance_schema','sys')" |
      while read -r schema; do client "$replica_port" -e "DROP DATABASE \`$schema\`"; done
    local file pos
    read -r file pos _ < <(client "$primary_port" -N -e 'SHOW MASTER STATUS')
    client "$replica_port" -e "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$primary_port, MASTER_USER='repl', MASTER_PASSWORD='repl', MASTER_LOG_FILE='$file', MASTER_LOG_POS=$pos, MASTER_DELAY=0, MASTER_CONNECT_RETRY=1"
  fi
  client "$replica_port" -e 'START SLAVE' 2>/dev/null || true
  caught_up || { echo "the replica on $replica_port does not replicate:" >&2; client "$replica_port" -e 'SHOW REPLICA STATUS\G' >&2; exit 1; }
  echo "replica pair up: primary 127.0.0.1:$primary_port, replica 127.0.0.1:$replica_port (replicating)"
}

stop() {
  for name in replica primary; do
    if [ -f "$dir/$name.pid" ]; then
      kill "$(cat "$dir/$name.pid")" 2>/dev/null || true
      for _ in $(seq 1 100); do
        [ -f "$dir/$name.pid" ] || break
        sleep 0.1
      done
    fi
  done
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) client "$replica_port" -e 'SHOW REPLICA STATUS\G' ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
