# shellcheck shell=bash
# Throwaway PostgreSQL and SMTP servers for the tests. Source this file after
# setting HANSE_RUN_DIR (an absolute folder, for example <repo>/.test-run).
#
#   hanse_pg_start / hanse_pg_stop       PostgreSQL 15 on 127.0.0.1:$HANSE_PG_PORT
#   hanse_smtp_start / hanse_smtp_stop   aiosmtpd on 127.0.0.1:$HANSE_SMTP_PORT,
#                                        one file per message in $HANSE_MAILDIR/new
#
# Every process started here has its id in a .pid file under HANSE_RUN_DIR;
# a later run stops the stale ones by that id before starting anew.

: "${HANSE_RUN_DIR:?HANSE_RUN_DIR must be set}"
HANSE_PG_PORT=${HANSE_PG_PORT:-15432}
HANSE_SMTP_PORT=${HANSE_SMTP_PORT:-2525}
HANSE_MAILDIR=${HANSE_MAILDIR:-$HANSE_RUN_DIR/mail}
HANSE_PG_BIN=${HANSE_PG_BIN:-/usr/lib/postgresql/15/bin}

hanse_svc_log() { printf '[hanse] %s\n' "$*" >&2; }

# True when something accepts TCP connections on 127.0.0.1:PORT.
hanse_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits up to SECONDS for PORT to accept connections.
hanse_wait_port() {
  local port=$1 seconds=$2 i
  for ((i = 0; i < seconds * 10; i++)); do
    hanse_port_open "$port" && return 0
    sleep 0.1
  done
  return 1
}

# The ids of the processes listening on TCP PORT (needs ss from iproute2).
hanse_port_pids() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Htlnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u
}

# Stops the process whose id is in FILE, if it still runs; removes FILE.
hanse_kill_pidfile() {
  local file=$1 pid i
  [[ -f $file ]] || return 0
  pid=$(<"$file")
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

# Frees PORT from a stale test service: stops each listener by its id.
hanse_free_port() {
  local port=$1 pid
  hanse_port_open "$port" || return 0
  for pid in $(hanse_port_pids "$port"); do
    hanse_svc_log "stopping stale process $pid on port $port"
    kill "$pid" 2>/dev/null || true
  done
  local i
  for ((i = 0; i < 50; i++)); do
    hanse_port_open "$port" || return 0
    sleep 0.1
  done
  hanse_svc_log "port $port is still in use"
  return 1
}

# Runs a command as the postgres user when we are root (initdb refuses root).
hanse_as_pg() {
  if ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# The folder for the cluster: HANSE_RUN_DIR/pg when the postgres user can
# reach it, otherwise a folder under /tmp.
hanse_pg_base() {
  if ((EUID == 0)) && ! runuser -u postgres -- test -x "$HANSE_RUN_DIR"; then
    printf '/tmp/hanse-test-pg\n'
  else
    printf '%s/pg\n' "$HANSE_RUN_DIR"
  fi
}

hanse_pg_stop() {
  local base
  base=$(hanse_pg_base)
  if [[ -f $base/data/postmaster.pid ]]; then
    hanse_as_pg "$HANSE_PG_BIN/pg_ctl" -D "$base/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  # A postmaster whose data folder was removed: stop it by its recorded id.
  hanse_kill_pidfile "$HANSE_RUN_DIR/postgres.pid"
}

hanse_pg_start() {
  local base
  base=$(hanse_pg_base)
  hanse_pg_stop
  hanse_free_port "$HANSE_PG_PORT" || return 1
  rm -rf "$base"
  mkdir -p "$base/sock"
  if ((EUID == 0)); then chown -R postgres:postgres "$base"; fi
  hanse_as_pg "$HANSE_PG_BIN/initdb" -D "$base/data" -U postgres -A trust -E UTF8 \
    --locale=C.UTF-8 --no-sync >"$HANSE_RUN_DIR/initdb.log" 2>&1 || {
    cat "$HANSE_RUN_DIR/initdb.log" >&2
    return 1
  }
  hanse_as_pg "$HANSE_PG_BIN/pg_ctl" -D "$base/data" -l "$base/postgres.log" -w -t 30 start \
    -o "-c listen_addresses=127.0.0.1 -p $HANSE_PG_PORT -k $base/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >/dev/null || {
    cat "$base/postgres.log" >&2
    return 1
  }
  head -n1 "$base/data/postmaster.pid" >"$HANSE_RUN_DIR/postgres.pid"
  export HANSE_TEST_PG_URL="postgres://postgres@127.0.0.1:$HANSE_PG_PORT/postgres"
  hanse_svc_log "PostgreSQL ready: $HANSE_TEST_PG_URL (data in $base)"
}

hanse_smtp_stop() {
  hanse_kill_pidfile "$HANSE_RUN_DIR/smtp.pid"
}

hanse_smtp_start() {
  hanse_smtp_stop
  hanse_free_port "$HANSE_SMTP_PORT" || return 1
  rm -rf "$HANSE_MAILDIR"
  mkdir -p "$HANSE_RUN_DIR"
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$HANSE_SMTP_PORT" \
    -c aiosmtpd.handlers.Mailbox "$HANSE_MAILDIR" >"$HANSE_RUN_DIR/smtp.log" 2>&1 &
  echo $! >"$HANSE_RUN_DIR/smtp.pid"
  if ! hanse_wait_port "$HANSE_SMTP_PORT" 15; then
    cat "$HANSE_RUN_DIR/smtp.log" >&2
    return 1
  fi
  mkdir -p "$HANSE_MAILDIR/new"
  export HANSE_TEST_SMTP_PORT=$HANSE_SMTP_PORT HANSE_TEST_MAILDIR=$HANSE_MAILDIR
  hanse_svc_log "SMTP ready on 127.0.0.1:$HANSE_SMTP_PORT (mail in $HANSE_MAILDIR/new)"
}
