#!/usr/bin/env bash
# Self-test of the test harness (scripts/lib): how stages count TAP, ctest and
# summary logs (passes, failures, skips), a run of node test files with a
# skipped, a failing, a timed-out and a hung test, the short temporary
# folders, and hanse_free_port leaving a process it did not start alone.
# Needs node and ss. Last line: "harness self-test: N passed, N failed".
#
#   bash scripts/lib/harness_test.sh
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d /tmp/hanse-selftest-XXXXXX)
listener=
cleanup() {
  [[ -n $listener ]] && kill "$listener" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

export HANSE_RUN_DIR=$work/run
mkdir -p "$HANSE_RUN_DIR"
# shellcheck source=scripts/lib/stages.sh
source "$here/stages.sh"
# shellcheck source=scripts/lib/services.sh
source "$here/services.sh"
# shellcheck source=scripts/lib/node_files.sh
source "$here/node_files.sh"
STAGE_LOG_DIR=$work

passed=0
failed=0
# check DESCRIPTION GOT WANT
check() {
  if [[ $2 == "$3" ]]; then
    echo "ok - $1"
    passed=$((passed + 1))
  else
    echo "FAIL - $1: got '$2', want '$3'"
    failed=$((failed + 1))
  fi
}
# check_has DESCRIPTION TEXT PART
check_has() {
  if [[ $2 == *"$3"* ]]; then check "$1" yes yes; else check "$1" "no '$3' in: $2" "'$3'"; fi
}

# --- counting -------------------------------------------------------------

# TAP as node 20 prints it: a pass, a failure, a skip, a todo, a subtest, a
# test that timed out (cancelled).
cat >"$work/full.tap" <<'EOF'
TAP version 13
# Subtest: passes
ok 1 - passes
  ---
  duration_ms: 1.5
  ...
# Subtest: fails
not ok 2 - fails
  ---
  error: 'boom'
  ...
# Subtest: needs the catalogue
ok 3 - needs the catalogue # SKIP the catalogue forms are not there yet
# Subtest: later
not ok 4 - later # TODO
# Subtest: parent
    # Subtest: child
    ok 1 - child
ok 5 - parent
# Subtest: hangs
not ok 6 - hangs
  ---
  error: 'test timed out after 180000ms'
  ...
1..6
# tests 7
# suites 0
# pass 3
# fail 1
# cancelled 1
# skipped 1
# todo 1
# duration_ms 12.5
EOF
check "node: a skip and a todo are skipped, a timeout fails" "$(hanse_count node "$work/full.tap" 1)" "3 2 2"
sed '/^1\.\.6$/,$d' "$work/full.tap" >"$work/cut.tap"
check "node: a run killed before its summary counts its result lines" "$(hanse_count node "$work/cut.tap" 124)" "3 2 2"

cat >"$work/ctest.log" <<'EOF'
1/7 Test #1: ok1 ..............................   Passed    0.00 sec
2/7 Test #2: fail1 ............................***Failed    0.02 sec
3/7 Test #3: skip1 ............................***Skipped   0.02 sec
4/7 Test #4: dis1 .............................***Not Run (Disabled)   0.00 sec
5/7 Test #5: skipre ...........................***Skipped   0.00 sec
6/7 Test #6: hang .............................***Timeout   3.02 sec
7/7 Test #7: missing ..........................***Not Run   0.00 sec

50% tests passed, 3 tests failed out of 6

Total Test time (real) =   3.07 sec

The following tests did not run:
	  3 - skip1 (Skipped)
	  4 - dis1 (Disabled)
	  5 - skipre (Skipped)

The following tests FAILED:
	  2 - fail1 (Failed)
	  6 - hang (Timeout)
	  7 - missing (Not Run)
EOF
check "ctest: skipped and disabled tests are skipped, not passed" "$(hanse_count ctest "$work/ctest.log" 8)" "1 3 3"

printf 'fuzz_cookies: ok\nfuzz: 3 passed, 1 failed\n' >"$work/fuzz.log"
check "summary: 'N passed, N failed' after a word" "$(hanse_count summary "$work/fuzz.log" 1)" "3 1 0"
printf 'harness self-test: 22 passed, 0 failed\n' >"$work/self.log"
check "summary: 'N passed, N failed' after words" "$(hanse_count summary "$work/self.log" 0)" "22 0 0"
printf 'node: 10 passed, 0 failed, 2 skipped\n' >"$work/node.log"
check "summary: 'N passed, N failed, N skipped'" "$(hanse_count summary "$work/node.log" 0)" "10 0 2"
: >"$work/empty.log"
check "summary: no line and success is one pass" "$(hanse_count summary "$work/empty.log" 0)" "1 0 0"

(
  hanse_stage "sample stage" node cat "$work/full.tap" >/dev/null
  hanse_stage "silent failure" plain false >/dev/null
  hanse_summary
) >"$work/stages.out" 2>&1
check "hanse_summary: the last line" "$(tail -n1 "$work/stages.out")" "3 passed, 3 failed, 2 skipped"

# --- node test files, each under its own limit ----------------------------

mkdir -p "$work/node" "$work/results"
cat >"$work/node/mixed.test.js" <<'EOF'
const { test } = require('node:test');
test('passes', () => {});
test('skips', (t) => { t.skip('not there'); });
test('fails', () => { throw new Error('boom'); });
EOF
cat >"$work/node/hangs.test.js" <<'EOF'
const { test } = require('node:test');
test('before the hang', () => {});
// Times out after HANSE_TEST_TIMEOUT_MS and keeps the process alive.
test('hangs', () => new Promise(() => { setInterval(() => {}, 1000); }));
test('after the hang', () => {});
EOF
out=$(HANSE_TEST_TIMEOUT_MS=1000 HANSE_TEST_JOBS=2 RESULTS_DIR=$work/results \
  hanse_node_files "$work/node" sample 8 2>&1)
status=$?
check "node files: the totals" "$(tail -n1 <<<"$out")" "node: 3 passed, 3 failed, 1 skipped"
check "node files: status 1" "$status" 1
check_has "node files: the hung file is named" "$out" "HUNG: $work/node/hangs.test.js"
check_has "node files: a timed-out test is one failure among its file's counts" "$out" \
  "-- $work/node/hangs.test.js: 2 passed, 2 failed, 0 skipped"
check "node files: JUnit of a finished file" "$(grep -c '<testcase' "$work/results/sample-mixed.xml" 2>&1)" 3
check "node files: no JUnit of a killed file" "$(ls "$work/results")" "sample-mixed.xml"

# --- temporary folders ----------------------------------------------------

dir=$(hanse_temp_dir browser)
check "temp dir: short and outside the checkout" "$([[ $dir == /tmp/hanse-browser-?????? && -d $dir ]] && echo yes)" yes
mkdir -p "$work/keep"
hanse_temp_remove "$work/keep"
hanse_temp_remove /tmp
check "temp dir: only folders /tmp/hanse-NAME are removed" "$([[ -d $work/keep && -d /tmp ]] && echo kept)" kept
hanse_temp_cleanup
check "temp dir: removed by hanse_temp_cleanup" "$([[ -e $dir ]] && echo still there || echo gone)" gone

# --- ports and pid files --------------------------------------------------

/usr/bin/python3 -c '
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen()
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
time.sleep(60)' "$work/port" &
listener=$!
for ((i = 0; i < 50; i++)); do
  [[ -s $work/port ]] && break
  sleep 0.1
done
port=$(<"$work/port")
message=$(hanse_free_port "$port" HANSE_PG_PORT 2>&1)
check "free port: refuses a port held by another process" "$?" 1
check "free port: leaves that process running" "$(kill -0 "$listener" 2>/dev/null && echo running)" running
check_has "free port: names the port" "$message" "port $port"
check_has "free port: names the process" "$message" "pid $listener"
check_has "free port: says how to choose another port" "$message" "HANSE_PG_PORT=<port>"
echo "$listener" >"$HANSE_RUN_DIR/postgres.pid"
hanse_kill_pidfile "$HANSE_RUN_DIR/postgres.pid" postgres
check "pid file: a reused id of another program is left alone" \
  "$(kill -0 "$listener" 2>/dev/null && [[ ! -e $HANSE_RUN_DIR/postgres.pid ]] && echo left)" left

echo "harness self-test: $passed passed, $failed failed"
((failed == 0))
