#!/usr/bin/env bash
# Installs what the build and the tests need, and nothing that is already there:
#   Debian packages (checked with dpkg -s) and the npm packages of web/ (npm ci when the lock file changed).
# Idempotent; takes a second when everything is present. Needs root (or sudo) only when something is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Package -> why it is needed.
packages=(
  emscripten          # em++ / Embind: the WebAssembly build
  nlohmann-json3-dev  # JSON for the engine (fact bases, reports)
  catch2              # C++ unit tests
  chromium            # browser tests (driven by playwright-core)
  clang-14            # sanitizer build and fuzzers
  libclang-rt-14-dev  # ASan/UBSan runtimes for clang-14
  libfuzzer-14-dev    # libFuzzer
)
if [[ "${CLAIMCHECK_SETUP_MINIMAL:-}" == 1 ]]; then packages=(emscripten nlohmann-json3-dev catch2); fi

# Installed means "install ok installed": a removed package keeps its config files and still answers dpkg -s.
installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]; }
missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm: reinstall only when package-lock.json is newer than what node_modules was installed from.
stamp=web/node_modules/.package-lock.json
if [[ ! -f $stamp || web/package-lock.json -nt $stamp ]]; then
  echo "setup: npm ci in web/" >&2
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
