#!/usr/bin/env bash
# npm test: set up, build, then every suite:
#   native       ctest in build/native (Release)
#   native-asan  ctest in build/native-asan (AddressSanitizer + UndefinedBehaviorSanitizer)
#   fuzz         each libFuzzer harness for a short fixed time (built with native-asan)
#   node         node --test over tests/wasm, tests/oracle, tests/schema, tests/js (the wasm
#                engine under Node, shared vectors, schema, page-side modules)
#   browser      node --test over tests/browser (headless Debian Chromium)
#   budget       gzip sizes of dist/ against the download budget: printed and reported in the
#                summary; not counted in the totals while the bundle is over it
# It ends with one summary line per suite and a last line "N passed, N failed" (totals); the exit
# status is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

LOG_DIR=build/test-logs
mkdir -p "$LOG_DIR"
declare -a SUMMARY=()
TOTAL_PASSED=0
TOTAL_FAILED=0

record() { # suite passed failed [note]
  TOTAL_PASSED=$((TOTAL_PASSED + $2))
  TOTAL_FAILED=$((TOTAL_FAILED + $3))
  SUMMARY+=("$(printf '%-12s %s passed, %s failed%s' "$1:" "$2" "$3" "${4:+  ($4)}")")
}

banner() { printf '\n==== %s ====\n' "$*"; }

finish() {
  banner summary
  printf '%s\n' "${SUMMARY[@]}"
  [[ -n ${BUDGET_LINE:-} ]] && printf '%-12s %s\n' "budget:" "$BUDGET_LINE"
  echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
  ((TOTAL_FAILED == 0))
  exit $?
}

banner setup
if ! bash scripts/setup.sh; then
  record setup 0 1 "see above"
  finish
fi

# Each build step separately, so that one broken part still lets the others be tested.
declare -A BUILT=()
for step in native asan wasm js; do
  banner "build $step"
  log=$LOG_DIR/build-$step.log
  if bash scripts/build.sh "$step" >"$log" 2>&1; then
    BUILT[$step]=1
    grep -E '^build:|warning:' "$log"
  else
    tail -n 40 "$log"
    record "build-$step" 0 1 "log: $log"
  fi
done

run_ctest() { # suite build-dir step
  banner "$1"
  if [[ -z ${BUILT[$3]:-} ]]; then
    record "$1" 0 1 "not built"
    return
  fi
  local log=$LOG_DIR/$1.log start=$SECONDS
  ctest --test-dir "$2" --output-on-failure -j2 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]} line total failed
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)
  if [[ $line =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
    failed=${BASH_REMATCH[1]}
    total=${BASH_REMATCH[2]}
    ((status != 0 && failed == 0)) && failed=1
    record "$1" $((total - failed)) "$failed" "$((SECONDS - start)) s"
  elif grep -q 'No tests were found' "$log" && ((status == 0)); then
    record "$1" 0 0 "no tests"
  else
    record "$1" 0 1 "ctest exited $status"
  fi
}

run_node_tests() { # suite needs-step paths...
  local suite=$1 needs=$2
  shift 2
  banner "$suite"
  local paths=() p
  for p in "$@"; do [[ -e $p ]] && paths+=("$p"); done
  if [[ -n $needs && -z ${BUILT[$needs]:-} ]]; then
    record "$suite" 0 1 "dist/ not built"
    return
  fi
  if ((${#paths[@]} == 0)); then
    record "$suite" 0 0 "no test files"
    return
  fi
  local log=$LOG_DIR/$suite.log start=$SECONDS
  node --test --test-reporter=spec "${paths[@]}" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]} passed failed
  passed=$(grep -E '^ℹ pass [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  failed=$(grep -E '^ℹ fail [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  passed=${passed:-0}
  failed=${failed:-0}
  ((status != 0 && failed == 0)) && failed=1
  record "$suite" "$passed" "$failed" "$((SECONDS - start)) s"
}

run_ctest native build/native native
run_ctest native-asan build/native-asan asan

banner fuzz
if [[ -n ${BUILT[asan]:-} ]]; then
  log=$LOG_DIR/fuzz.log
  bash scripts/fuzz.sh "${OD_FUZZ_SECONDS:-10}" 2>&1 | tee "$log"
  record fuzz "$(grep -c '^fuzz: .* ok' "$log")" "$(grep -c '^fuzz: .* FAILED' "$log")"
else
  record fuzz 0 1 "not built"
fi

run_node_tests node wasm tests/wasm tests/oracle tests/schema tests/js
if [[ -n ${BUILT[wasm]:-} ]]; then
  run_node_tests browser js tests/browser
else
  record browser 0 1 "wasm not built"
fi

banner budget
node scripts/check-budget.mjs | tee "$LOG_DIR/budget.log"
BUDGET_LINE=$(grep -E '^budget: total' "$LOG_DIR/budget.log" | sed 's/^budget: //')
if grep -q 'over the' "$LOG_DIR/budget.log"; then BUDGET_LINE+="  OVER BUDGET"; fi

finish
