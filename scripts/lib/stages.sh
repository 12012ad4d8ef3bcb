# shellcheck shell=bash
# Test stages with counted results. Source this file, set STAGE_LOG_DIR.
#
#   hanse_stage NAME KIND COMMAND [ARGS...]
#       prints a header, runs COMMAND (in a subshell with `set -e`), shows and
#       logs its output, and adds its passes and failures to the totals.
#       KIND says how to count:
#         ctest    "N tests failed out of M"
#         node     TAP summary lines "# pass N", "# fail N", "# cancelled N"
#         summary  a line "N passed, N failed" (none: 1 pass when it succeeds)
#         plain    nothing counted unless the command fails (1 failure)
#       A command that fails without a counted failure adds one failure.
#   hanse_summary   prints the failed stages and "N passed, N failed";
#                   returns 1 when anything failed.

HANSE_PASSED=0
HANSE_FAILED=0
HANSE_FAILED_STAGES=()
STAGE_LOG_DIR=${STAGE_LOG_DIR:-.}

hanse_stage_header() {
  printf '\n==== %s ====\n' "$1"
}

# Prints "PASSED FAILED" counted in LOG for KIND (STATUS: the exit code).
hanse_count() {
  local kind=$1 log=$2 passed=0 failed=0 line total
  case $kind in
    ctest)
      line=$(grep -Eo '[0-9]+ tests? failed out of [0-9]+' "$log" | tail -n1 || true)
      if [[ -n $line ]]; then
        failed=${line%% *}
        total=${line##* }
        passed=$((total - failed))
      fi
      ;;
    node)
      passed=$(sed -n 's/^# pass \([0-9][0-9]*\)$/\1/p' "$log" | tail -n1)
      failed=$(sed -n 's/^# fail \([0-9][0-9]*\)$/\1/p' "$log" | tail -n1)
      local cancelled
      cancelled=$(sed -n 's/^# cancelled \([0-9][0-9]*\)$/\1/p' "$log" | tail -n1)
      passed=${passed:-0}
      failed=$((${failed:-0} + ${cancelled:-0}))
      ;;
    summary)
      line=$(grep -Eo '^([A-Za-z]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n1 || true)
      if [[ -n $line ]]; then
        line=${line#*: }
        passed=${line%% passed*}
        failed=${line#*, }
        failed=${failed%% failed*}
      elif (($3 == 0)); then
        passed=1
      fi
      ;;
  esac
  printf '%s %s\n' "$passed" "$failed"
}

hanse_stage() {
  local name=$1 kind=$2
  shift 2
  local slug log status passed failed
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
  read -r passed failed < <(hanse_count "$kind" "$log" "$status")
  if ((status != 0 && failed == 0)); then
    failed=1
  fi
  HANSE_PASSED=$((HANSE_PASSED + passed))
  HANSE_FAILED=$((HANSE_FAILED + failed))
  if ((failed > 0)); then
    HANSE_FAILED_STAGES+=("$name")
  fi
  printf -- '---- %s: exit %s, %s passed, %s failed, %ss (log: %s)\n' \
    "$name" "$status" "$passed" "$failed" "$((SECONDS - started))" "$log"
}

hanse_summary() {
  printf '\n==== summary ====\n'
  local stage
  for stage in "${HANSE_FAILED_STAGES[@]}"; do
    printf 'failed stage: %s\n' "$stage"
  done
  printf '%s passed, %s failed\n' "$HANSE_PASSED" "$HANSE_FAILED"
  ((HANSE_FAILED == 0))
}
