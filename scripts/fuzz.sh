#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan) and runs each for a fixed time, seeded
# from the shared test vectors and example configurations. A crash, hang or sanitizer report
# fails the run and leaves the input in build/native-asan/findings/: turn it into a vector.
#
#   scripts/fuzz.sh [seconds per harness]     (default 10; e.g. 600 for a longer hunt)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
# The sanitizer build (preset native-asan: clang, ASan + UBSan) also builds the harnesses.
build=build/native-asan

[[ -f $build/CMakeCache.txt ]] || cmake --preset native-asan >/dev/null
cmake --build $build -j2 >/dev/null

node scripts/fuzz-seeds.mjs $build/corpus
mkdir -p $build/findings
failed=0
for harness in $build/*_fuzz; do
  name=$(basename "$harness")
  corpus=$build/corpus/${name%_fuzz}
  mkdir -p "$corpus"
  if "$harness" "$corpus" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix=$build/findings/"$name"- -print_final_stats=1 >$build/"$name".log 2>&1; then
    runs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' $build/"$name".log | grep -o '[0-9]*$' || echo '?')
    echo "fuzz: $name ok, $runs inputs in ${seconds}s"
  else
    echo "fuzz: $name FAILED (see $build/$name.log and $build/findings/)"
    failed=1
  fi
done
exit $failed
