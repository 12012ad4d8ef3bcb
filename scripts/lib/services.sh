# shellcheck shell=bash
# Throwaway PostgreSQL and SMTP servers for the tests. Source this file after
# setting HANSE_RUN_DIR (an absolute folder, for example <repo>/.test-run).
#
#   hanse_pg_start / hanse_pg_stop       PostgreSQL 15 on 127.0.0.1:$HANSE_PG_PORT
#   hanse_smtp_start / hanse_smtp_stop   aiosmtpd on 127.0.0.1:$HANSE_SMTP_PORT,
#                                        one file per message in $HANSE_MAILDIR/new
#
# Every process started here has its id in a .pid file under HANSE_RUN_DIR;
# a later run stops the stale ones by that id before starting anew, and never
# stops a process it did not start (a foreign one on a port is an error).
# PostgreSQL's socket folder is a short one under /tmp (hanse_temp_dir).

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

# The short temporary folders (PostgreSQL's socket folder, a browser run's
# TMPDIR, a fallback data folder) live under /tmp, not in the checkout: a Unix
# socket path may not exceed 107 bytes, and the checkout may be anywhere.
# Each is recorded in HANSE_RUN_DIR/temp-dirs, so that hanse_temp_cleanup
# (or the next run's) removes it even after a run that was killed.
HANSE_TEMP_PARENT=${HANSE_TEMP_PARENT:-/tmp}

# Prints the path of a new empty folder /tmp/hanse-NAME-XXXXXX, recorded for
# hanse_temp_cleanup. Fails when mktemp does.
hanse_temp_dir() {
  local dir
  dir=$(mktemp -d "$HANSE_TEMP_PARENT/hanse-$1-XXXXXX") || return 1
  mkdir -p "$HANSE_RUN_DIR"
  printf '%s\n' "$dir" >>"$HANSE_RUN_DIR/temp-dirs"
  printf '%s\n' "$dir"
}

# Removes DIR if it is one that hanse_temp_dir made (and nothing else).
hanse_temp_remove() {
  local name=${1#"$HANSE_TEMP_PARENT"/hanse-}
  [[ -n $1 && $name != "$1" && -n $name && $name != */* && $name != *..* ]] || return 0
  rm -rf -- "$1"
}

# Removes every folder recorded by hanse_temp_dir.
hanse_temp_cleanup() {
  local list="$HANSE_RUN_DIR/temp-dirs" dir
  [[ -f $list ]] || return 0
  while IFS= read -r dir; do hanse_temp_remove "$dir"; done <"$list"
  rm -f "$list"
}

# True when process PID runs and its command line contains WORD.
hanse_pid_runs() {
  local pid=$1 word=$2 cmdline
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$word"* ]]
}

# Stops the process whose id is in FILE if it still runs and is the program
# WORD (its id may have been reused by another process since); removes FILE.
hanse_kill_pidfile() {
  local file=$1 word=$2 pid i
  [[ -f $file ]] || return 0
  pid=$(<"$file")
  if hanse_pid_runs "$pid" "$word"; then
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

# Succeeds when PORT is free. The suite's own services were already stopped
# by their pid files (hanse_pg_stop, hanse_smtp_stop); a process still on the
# port is someone else's: it is left alone and this fails with a message that
# names it and VARIABLE, the setting that chooses another port.
hanse_free_port() {
  local port=$1 variable=$2 i pid holders=()
  for ((i = 0; i < 30; i++)); do
    hanse_port_open "$port" || return 0
    sleep 0.1
  done
  for pid in $(hanse_port_pids "$port"); do
    holders+=("pid $pid ($(cat "/proc/$pid/comm" 2>/dev/null || echo '?'))")
  done
  ((${#holders[@]})) || holders=("a process whose id ss does not show")
  hanse_svc_log "port $port is in use by ${holders[*]}, which this test run did not start;" \
    "it is left running. Stop it, or choose another port: $variable=<port> scripts/test"
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

# The cluster's folder of the current or last run (recorded by hanse_pg_start),
# else HANSE_RUN_DIR/pg.
hanse_pg_base() {
  if [[ -s $HANSE_RUN_DIR/pg-base ]]; then
    cat "$HANSE_RUN_DIR/pg-base"
  else
    printf '%s/pg\n' "$HANSE_RUN_DIR"
  fi
}

# Prints the folder for a new cluster: HANSE_RUN_DIR/pg when the postgres
# user can reach it, otherwise a new folder of this run's own under /tmp.
hanse_pg_new_base() {
  if ((EUID == 0)) && ! runuser -u postgres -- test -x "$HANSE_RUN_DIR"; then
    hanse_temp_dir pg
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
  hanse_kill_pidfile "$HANSE_RUN_DIR/postgres.pid" postgres
  # A cluster outside HANSE_RUN_DIR goes away with its run; its log stays.
  if [[ $base != "$HANSE_RUN_DIR"/* ]]; then
    [[ -f $base/postgres.log ]] && cp "$base/postgres.log" "$HANSE_RUN_DIR/postgres.log"
    hanse_temp_remove "$base"
  fi
  if [[ -s $HANSE_RUN_DIR/pg-socket ]]; then hanse_temp_remove "$(<"$HANSE_RUN_DIR/pg-socket")"; fi
  rm -f "$HANSE_RUN_DIR/pg-base" "$HANSE_RUN_DIR/pg-socket"
}

hanse_pg_start() {
  local base sock
  hanse_pg_stop
  hanse_free_port "$HANSE_PG_PORT" HANSE_PG_PORT || return 1
  mkdir -p "$HANSE_RUN_DIR"
  base=$(hanse_pg_new_base) || return 1
  sock=$(hanse_temp_dir pgsock) || return 1
  printf '%s\n' "$base" >"$HANSE_RUN_DIR/pg-base"
  printf '%s\n' "$sock" >"$HANSE_RUN_DIR/pg-socket"
  rm -rf "$base"
  mkdir -p "$base"
  if ((EUID == 0)); then chown -R postgres:postgres "$base" "$sock"; fi
  hanse_as_pg "$HANSE_PG_BIN/initdb" -D "$base/data" -U postgres -A trust -E UTF8 \
    --locale=C.UTF-8 --no-sync >"$HANSE_RUN_DIR/initdb.log" 2>&1 || {
    cat "$HANSE_RUN_DIR/initdb.log" >&2
    return 1
  }
  hanse_as_pg "$HANSE_PG_BIN/pg_ctl" -D "$base/data" -l "$base/postgres.log" -w -t 30 start \
    -o "-c listen_addresses=127.0.0.1 -p $HANSE_PG_PORT -k $sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >/dev/null || {
    cat "$base/postgres.log" >&2
    return 1
  }
  head -n1 "$base/data/postmaster.pid" >"$HANSE_RUN_DIR/postgres.pid"
  export HANSE_TEST_PG_URL="postgres://postgres@127.0.0.1:$HANSE_PG_PORT/postgres"
  hanse_svc_log "PostgreSQL ready: $HANSE_TEST_PG_URL (data in $base, socket in $sock)"
}

hanse_smtp_stop() {
  hanse_kill_pidfile "$HANSE_RUN_DIR/smtp.pid" aiosmtpd
}

hanse_smtp_start() {
  hanse_smtp_stop
  hanse_free_port "$HANSE_SMTP_PORT" HANSE_SMTP_PORT || return 1
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
