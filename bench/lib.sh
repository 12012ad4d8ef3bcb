# shellcheck shell=bash
# What the benchmark scripts share (bench/market, bench/instance,
# bench/cluster, bench/connections). Source it from a script in bench/:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# It sets ROOT (the checkout, also the working directory), installs the
# build and benchmark packages, and reads the common settings:
#   BENCH_COMPANIES (default 1,000,000) and BENCH_SEED (1): the demo database
#   BENCH_DATABASE: a PostgreSQL URL (default: SQLite in the data folder)
#   BENCH_HANSE_BIN: a prebuilt binary (default: build/hanse, built Release)
# and sets COMPANIES, SEED, DATABASE, HANSE, DATA (the demo's data folder in
# bench/.data/, named by size and seed, and for PostgreSQL by the URL too)
# and DB_ARGS (the arguments of `hanse serve` that choose the database).
# Functions: sql, port_open, wait_port, median, bench_sign_in,
# bench_static_nginx_conf.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
# shellcheck source=scripts/lib/deps.sh
source "$ROOT/scripts/lib/deps.sh"

COMPANIES=${BENCH_COMPANIES:-1000000}
SEED=${BENCH_SEED:-1}
DATABASE=${BENCH_DATABASE:-}

hanse_install_build_deps
hanse_install_bench_deps

HANSE=${BENCH_HANSE_BIN:-}
if [[ -z $HANSE ]]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
  cmake --build build -j"$(nproc)" --target hanse
  HANSE=$ROOT/build/hanse
fi

# shellcheck disable=SC2034 # (DB_ARGS is for the scripts that source this file)
if [[ -n $DATABASE ]]; then
  DATA=$ROOT/bench/.data/pg-$COMPANIES-seed$SEED-$(printf '%s' "$DATABASE" | sha256sum | cut -c1-12)
  DB_ARGS=(--database "$DATABASE")
else
  DATA=$ROOT/bench/.data/$COMPANIES-seed$SEED
  DB_ARGS=()
fi

# SQL on the benchmark database (one row per line, columns split by |).
sql() {
  if [[ -n $DATABASE ]]; then
    psql -X -q -At -d "$DATABASE" -c "$1"
  else
    python3 -c 'import sqlite3,sys
for row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("|".join(map(str, row)))' \
      "$DATA/hanse.db" "$1"
  fi
}

# True when something listens on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Waits up to a minute for PORT, while process PID runs.
wait_port() {
  local port=$1 pid=$2 i
  for ((i = 0; i < 600; i++)); do
    kill -0 "$pid" 2>/dev/null || { echo "the server for port $port exited" >&2; return 1; }
    port_open "$port" && return 0
    sleep 0.1
  done
  echo "nothing listens on port $port" >&2
  return 1
}

# The median of the numbers on standard input, one a line.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Signs the demo's first member in (`hanse demo` prints the password) at
# BASE_URL through the sign-in form with its CSRF token, keeping the cookies
# in JAR; prints the Cookie header value (hanse_session and hanse_csrf), or
# nothing (and a message) when signing in failed.
bench_sign_in() {
  local base=$1 jar=$2 page csrf code cookie
  page=$(curl -sS -c "$jar" -b "$jar" "$base/signin")
  csrf=$(grep -o 'name="csrf" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  code=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "csrf=$csrf" --data-urlencode "email=demo1@hanse.example" \
    --data-urlencode "password=hanse-demo-password" "$base/signin")
  cookie=$(awk '$6 ~ /hanse_(session|csrf)$/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
  if [[ $code != 303 || $cookie != *hanse_session=* ]]; then
    echo "signing in as demo1@hanse.example at $base failed (HTTP $code): no signed-in figures" >&2
    return 0
  fi
  printf '%s\n' "$cookie"
}

# Writes DIR/nginx.conf for nginx serving static pages, one worker, with
# sendfile: for each PORT:ROOT a server on 127.0.0.1:PORT where every URL
# path is a folder under ROOT with an index.html. Start it with
#   nginx -c DIR/nginx.conf -p DIR
bench_static_nginx_conf() { # DIR PORT:ROOT...
  local dir=$1 user_line="" pair servers=""
  shift
  for pair in "$@"; do
    servers+="  server {
    listen 127.0.0.1:${pair%%:*};
    root ${pair#*:};
    location / { try_files \$uri/index.html =404; }
  }
"
  done
  if ((EUID == 0)); then user_line="user root;"; fi
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<NGINX
$user_line
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type text/html;
  types { }
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
$servers}
NGINX
}
