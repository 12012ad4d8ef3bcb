# shellcheck shell=bash
# Test stages with counted results. Source this file, set STAGE_LOG_DIR.
#
#   hanse_stage NAME KIND COMMAND [ARGS...]
#       prints a header, runs COMMAND (in a subshell with `set -e`), shows and
#       logs its output, and adds its passes, failures and skips to the totals.
#       KIND says how to count:
#         ctest    "N tests failed out of M" and the tests listed under
#                  "The following tests did not run:" (skipped, disabled)
#         node     TAP of one node --test run: the summary lines "# pass N",
#                  "# fail N", "# cancelled N", "# skipped N", "# todo N";
#                  without them (a run cut short) its "ok"/"not ok" lines
#         summary  the last line "N passed, N failed[, N skipped]", optionally
#                  after words and a colon ("fuzz: 3 passed, 0 failed");
#                  none: 1 pass when the command succeeds
#         plain    nothing counted unless the command fails (1 failure)
#       A command that fails without a counted failure adds one failure.
#   hanse_summary   prints the failed stages and "N passed, N failed, N skipped";
#                   returns 1 when anything failed.

HANSE_PASSED=0
HANSE_FAILED=0
HANSE_SKIPPED=0
HANSE_FAILED_STAGES=()
STAGE_LOG_DIR=${STAGE_LOG_DIR:-.}

hanse_stage_header() {
  printf '\n==== %s ====\n' "$1"
}

# The number on the last TAP summary line "# WORD N" in LOG (empty if none).
hanse_tap_total() {
  sed -n "s/^# $1 \([0-9][0-9]*\)\$/\1/p" "$2" | tail -n1
}

# Prints "PASSED FAILED SKIPPED" counted in LOG for KIND (STATUS: the exit code).
hanse_count() {
  local kind=$1 log=$2 status=${3:-0} passed=0 failed=0 skipped=0 line total
  case $kind in
    ctest)
      line=$(grep -Eo '[0-9]+ tests? failed out of [0-9]+' "$log" | tail -n1 || true)
      # Skipped tests are inside "out of M" (as passes); disabled ones are not.
      local not_run disabled
      not_run=$(sed -n '/^The following tests did not run:/,/^$/p' "$log" |
        grep -cE '^[[:space:]]+[0-9]+ - .* \([A-Za-z ]+\)$' || true)
      disabled=$(sed -n '/^The following tests did not run:/,/^$/p' "$log" |
        grep -cE '^[[:space:]]+[0-9]+ - .* \(Disabled\)$' || true)
      skipped=$not_run
      if [[ -n $line ]]; then
        failed=${line%% *}
        total=${line##* }
        passed=$((total - failed - (not_run - disabled)))
      fi
      ;;
    node)
      local pass fail cancelled skip todo
      pass=$(hanse_tap_total pass "$log")
      fail=$(hanse_tap_total fail "$log")
      cancelled=$(hanse_tap_total cancelled "$log")
      skip=$(hanse_tap_total skipped "$log")
      todo=$(hanse_tap_total todo "$log")
      if [[ -n $pass || -n $fail ]]; then
        passed=${pass:-0}
        failed=$((${fail:-0} + ${cancelled:-0}))
        skipped=$((${skip:-0} + ${todo:-0}))
      else
        # No summary (the run was killed): the results it printed so far,
        # at every nesting level as node counts them.
        read -r passed failed skipped < <(awk '
          /^ *(not )?ok [0-9]+/ {
            if ($0 ~ / # (SKIP|TODO)/) s++; else if ($0 ~ /^ *not ok/) f++; else p++
          }
          END { print p + 0, f + 0, s + 0 }' "$log")
      fi
      ;;
    summary)
      line=$(grep -Eo '^([A-Za-z][A-Za-z -]*: )?[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?' "$log" |
        tail -n1 || true)
      if [[ -n $line ]]; then
        line=${line#*: }
        passed=${line%% passed*}
        failed=${line#*, }
        failed=${failed%% failed*}
        if [[ $line == *skipped ]]; then
          skipped=${line##*, }
          skipped=${skipped%% skipped}
        fi
      elif ((status == 0)); then
        passed=1
      fi
      ;;
  esac
  printf '%s %s %s\n' "$passed" "$failed" "$skipped"
}

hanse_stage() {
  local name=$1 kind=$2
  shift 2
  local slug log status passed failed skipped
  slug=$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '-' | tr -s '-')
  log="$STAGE_LOG_DIR/${slug%-}.log"
  hanse_stage_header "$name"
  local started=$SECONDS
  set +e
  (
    set -e
    "$@"
  ) 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  read -r passed failed skipped < <(hanse_count "$kind" "$log" "$status")
  if ((status != 0 && failed == 0)); then
    failed=1
  fi
  HANSE_PASSED=$((HANSE_PASSED + passed))
  HANSE_FAILED=$((HANSE_FAILED + failed))
  HANSE_SKIPPED=$((HANSE_SKIPPED + skipped))
  if ((failed > 0)); then
    HANSE_FAILED_STAGES+=("$name")
  fi
  printf -- '---- %s: exit %s, %s passed, %s failed, %s skipped, %ss (log: %s)\n' \
    "$name" "$status" "$passed" "$failed" "$skipped" "$((SECONDS - started))" "$log"
}

hanse_summary() {
  printf '\n==== summary ====\n'
  local stage
  for stage in "${HANSE_FAILED_STAGES[@]}"; do
    printf 'failed stage: %s\n' "$stage"
  done
  printf '%s passed, %s failed, %s skipped\n' "$HANSE_PASSED" "$HANSE_FAILED" "$HANSE_SKIPPED"
  ((HANSE_FAILED == 0))
}
