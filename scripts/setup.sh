#!/usr/bin/env bash
# One idempotent set-up for `npm start` and `npm test`: system packages from Debian, then the npm
# development dependencies. Quick when everything is present; as root it installs what is
# missing; otherwise it prints the command to run and fails.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  emscripten          # em++ / emcmake for the wasm module
  nlohmann-json3-dev  # JSON in the facade
  cmake g++ clang     # native build
  libclang-rt-14-dev  # clang's ASan, UBSan and libFuzzer runtimes (sanitizer tests, fuzzers)
  libgtest-dev        # native tests
  libbenchmark-dev    # native benchmarks
  chromium chromium-driver  # browser tests (driven by playwright-core, never downloaded)
)

missing_packages() {
  # Installed packages print "ii "; unknown ones print nothing (and a message we drop).
  local installed
  installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${DEBIAN_PACKAGES[@]}" 2>/dev/null \
    | awk '$2 == "ii" { print $1 }' || true)
  local pkg
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    grep -qx "$pkg" <<<"$installed" || echo "$pkg"
  done
}

mapfile -t MISSING < <(missing_packages)
if ((${#MISSING[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing ${MISSING[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${MISSING[@]}" >/dev/null
  else
    echo "setup: missing Debian packages: ${MISSING[*]}" >&2
    echo "setup: run:  sudo apt-get update && sudo apt-get install -y ${MISSING[*]}" >&2
    exit 1
  fi
fi

if ! command -v node >/dev/null || (($(node -p 'process.versions.node.split(".")[0]') < 20)); then
  echo "setup: Node.js 20 or newer is required (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

# npm ci when node_modules is missing or older than the lock file (npm ci writes
# node_modules/.package-lock.json, so its age is the age of the install).
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
