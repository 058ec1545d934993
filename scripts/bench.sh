#!/usr/bin/env bash
# npm run bench: the benchmarks side by side with peers, in one run (not part of npm test):
#   dates     business-calendar arithmetic, wasm engine vs date-fns + date-holidays (Node)
#   packing   one container on the OR-Library problems, wasm engine vs binpackingjs (Node)
#   promise   promises per second for a 20-line cart, wasm under Node vs the native build
#   widgets   script tag -> first value and main-thread time on the demo pages (headless Chromium)
#   engine    building the engine from the demo store and one request of each kind (Node, wasm)
#   engine-ratio  quote, promise, contact, pack and calibrate on identical work, native vs wasm
#             under Node (builds both programs: runs `scripts/build.sh native wasm` itself)
#   native    the Google Benchmark programs in build/native, when built
# Each peer benchmark prints "ratio <what>: wasm/peer = x" (and the native comparisons
# "ratio <what>: wasm/native = x"); the ratios are repeated at the end.
# Needs `bash scripts/build.sh wasm js` (and `native` for the native programs).
set -uo pipefail
cd "$(dirname "$0")/.."

LOG_DIR=build/bench-logs
mkdir -p "$LOG_DIR"
status=0

run() { # name command...
  printf '\n==== %s ====\n' "$1"
  "${@:2}" 2>&1 | tee "$LOG_DIR/$1.log"
  local rc=${PIPESTATUS[0]}
  ((rc == 0)) || { echo "bench $1 failed ($rc)"; status=1; }
}

if [[ ! -f dist/overdeliver.wasm || ! -f dist/overdeliver.js ]]; then
  echo "bench: dist/ is not built; run: bash scripts/build.sh wasm js" >&2
  exit 1
fi

run dates node tests/bench/peer-dates.mjs --seconds "${BENCH_SECONDS:-1}"
run packing node tests/bench/peer-packing.mjs --per-set "${BENCH_PER_SET:-20}"
run promise node tests/bench/promise-wasm.mjs --seconds "${BENCH_SECONDS:-1}"
run widgets node tests/bench/widget-timing.mjs --runs "${BENCH_RUNS:-7}"
run engine node tests/bench/engine-start-wasm.mjs "${BENCH_RUNS:-7}"
run engine-ratio node tests/bench/engine-ratio.mjs --seconds "${BENCH_SECONDS:-1}"
for program in build/native/*_bench; do
  [[ -x $program ]] || continue
  run "native-$(basename "$program")" "$program" --benchmark_min_time=0.2
done

printf '\n==== ratios ====\n'
cat "$LOG_DIR"/{dates,packing,promise,engine-ratio}.log 2>/dev/null | grep '^ratio '
grep -h 'median' "$LOG_DIR/widgets.log" 2>/dev/null
exit $status
