# shellcheck shell=bash
# node:test files, each in a run of its own with its own time limit, so that a
# hung test costs one failure and not the counts of the whole stage. Source
# this file after stages.sh (it counts with hanse_count).
#
#   hanse_node_files DIR LABEL LIMIT
#       runs every *.test.js directly under DIR with `node --test`, each file
#       limited to LIMIT seconds, up to HANSE_TEST_JOBS files at a time
#       (default: the cores less one, at least one, as node --test does).
#       Every test and hook without a timeout of its own gets
#       HANSE_TEST_TIMEOUT_MS (default 180000) from tests/http/lib/test_timeout.js
#       (node 20's --test-timeout limits each whole file instead, and a file
#       cut off by it reports none of its tests).
#       Each file's TAP is printed when the file ends, then a line
#         "-- FILE: N passed, N failed, N skipped (S s)";
#       a file killed at LIMIT is named on a line "HUNG: FILE ..." and counts
#       what its TAP reported plus one failure; a file that fails with no
#       failing test counts one failure. JUnit XML goes to
#       RESULTS_DIR/LABEL-FILE.xml (removed for a killed file: it would be cut
#       short). The last line is "node: N passed, N failed, N skipped"; the
#       status is 1 when anything failed.

HANSE_NODE_PRELOAD=${HANSE_NODE_PRELOAD:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/tests/http/lib/test_timeout.js}

# Runs FILE under LIMIT seconds, TAP into OUT, JUnit into JUNIT; writes the
# exit status into OUT.rc (124 or 137: killed at the limit).
hanse_node_file() {
  local file=$1 limit=$2 out=$3 junit=$4 status=0
  timeout --kill-after=30 "$limit" node --test --require "$HANSE_NODE_PRELOAD" \
    --test-reporter=tap --test-reporter-destination=stdout \
    --test-reporter=junit "--test-reporter-destination=$junit" \
    "$file" >"$out" 2>&1 </dev/null || status=$?
  printf '%s\n' "$status" >"$out.rc"
}

# Prints the TAP of file number I of hanse_node_files and its counts, and adds
# them to the totals (the caller's locals: files, junits, work, limit,
# started_at, total_*).
hanse_node_file_done() {
  local file=${files[$1]} junit=${junits[$1]} out="$work/$1.tap" status passed failed skipped
  status=$(<"$out.rc")
  cat "$out"
  read -r passed failed skipped < <(hanse_count node "$out" "$status")
  if ((status == 124 || status == 137)); then
    echo "HUNG: $file was killed after its limit of $limit s (the tests it reported are counted, plus 1 failure)"
    rm -f "$junit"
    failed=$((failed + 1))
  elif ((status != 0 && failed == 0)); then
    echo "FAILED: $file exited with status $status without a failing test"
    failed=1
  fi
  echo "-- $file: $passed passed, $failed failed, $skipped skipped ($((SECONDS - started_at[$1])) s)"
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
}

hanse_node_files() {
  local dir=$1 label=$2 limit=$3 files=()
  mapfile -t files < <(find "$dir" -maxdepth 1 -name '*.test.js' | sort)
  if ((${#files[@]} == 0)); then
    echo "no test files in $dir"
    return 1
  fi
  local cores jobs
  cores=$(nproc)
  jobs=${HANSE_TEST_JOBS:-$((cores > 1 ? cores - 1 : 1))}
  local work
  mkdir -p "${HANSE_RUN_DIR:=${TMPDIR:-/tmp}}"
  work=$(mktemp -d "$HANSE_RUN_DIR/node-XXXXXX")
  local results=${RESULTS_DIR:-$work}
  mkdir -p "$results"

  local -A index_of=() started_at=()
  local junits=() total_passed=0 total_failed=0 total_skipped=0 running=0 i pid
  for i in "${!files[@]}"; do
    while ((running >= jobs)); do
      wait -n -p pid || true
      running=$((running - 1))
      hanse_node_file_done "${index_of[$pid]}"
    done
    started_at[$i]=$SECONDS
    junits[i]="$results/$label-$(basename "${files[i]}" .test.js).xml"
    hanse_node_file "${files[i]}" "$limit" "$work/$i.tap" "${junits[i]}" &
    index_of[$!]=$i
    running=$((running + 1))
  done
  while ((running > 0)); do
    wait -n -p pid || true
    running=$((running - 1))
    hanse_node_file_done "${index_of[$pid]}"
  done
  rm -rf "$work"
  echo "node: $total_passed passed, $total_failed failed, $total_skipped skipped"
  ((total_failed == 0))
}
