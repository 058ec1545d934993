#!/usr/bin/env bash
# Builds everything, incrementally:
#   native  build/native       Release: the `overdeliver` CLI (build/native/overdeliver), tests, benchmarks
#   cli     build/native       the CLI alone (what `npm start` needs)
#   asan    build/native-asan  tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   wasm    build/wasm         dist/overdeliver-engine.js + dist/overdeliver.wasm
#   js      dist/overdeliver.js (the page loader) and dist/overdeliver.schema.json
# Usage: scripts/build.sh [native] [cli] [asan] [wasm] [js]     (no argument: native asan wasm js)
set -euo pipefail
cd "$(dirname "$0")/.."

# Emscripten on Debian needs Debian's node modules (acorn) on NODE_PATH for every em++ call.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
# The machine has two cores, shared.
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
# Debian's prebuilt Emscripten libraries live in a root-owned cache; a user who cannot write there
# gets a private cache (slower once: the libraries are rebuilt into it).
if [[ -z ${EM_CACHE:-} && ! -w /usr/share/emscripten/cache ]]; then
  export EM_CACHE=$PWD/build/emcache
fi

steps=("$@")
((${#steps[@]})) || steps=(native asan wasm js)

log() { printf 'build: %s\n' "$*"; }

configure() { # preset binary-dir
  [[ -f $2/CMakeCache.txt ]] || cmake --preset "$1" >/dev/null
}

timed() { # name command...
  local start=$SECONDS
  "${@:2}"
  log "$1 done in $((SECONDS - start)) s"
}

build_native() {
  configure native build/native
  cmake --build build/native
}

build_cli() {
  configure native build/native
  cmake --build build/native --target overdeliver
}

build_asan() {
  configure native-asan build/native-asan
  cmake --build build/native-asan
}

build_wasm() {
  configure wasm build/wasm
  cmake --build build/wasm
  # Publishing into dist/ runs after a link; run it again when dist/ was cleaned alone.
  if [[ ! -f dist/overdeliver.wasm || build/wasm/module/overdeliver.wasm -nt dist/overdeliver.wasm ]]; then
    node scripts/finish-wasm.mjs build/wasm/module dist
  fi
}

build_js() {
  mkdir -p dist
  node scripts/bundle.mjs
  if [[ -f wasm/api/config.schema.json ]]; then
    cmake -E copy_if_different wasm/api/config.schema.json dist/overdeliver.schema.json
  else
    log "warning: wasm/api/config.schema.json not found; dist/overdeliver.schema.json not written"
  fi
}

for step in "${steps[@]}"; do
  case $step in
    native | cli | asan | wasm | js) timed "$step" "build_$step" ;;
    *) echo "build: unknown step '$step' (native, cli, asan, wasm, js)" >&2; exit 2 ;;
  esac
done
