#!/usr/bin/env bash
# Runs every test: installs what is missing, builds native and WebAssembly, then
#   C++ (Catch2 through ctest), Node (node --test on the WASM module and both CLIs),
#   browser (playwright-core driving Debian's chromium), and in CI the sanitizer build and short fuzz runs.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
if [[ "${CI:-}" == true ]]; then export CLAIMCHECK_WERROR=ON; fi

passed=0
failed=0
logs=build/test-logs
mkdir -p "$logs"

count_ctest() {  # "100% tests passed, 0 tests failed out of 57"
  local line; line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -1)
  if [[ -z $line ]]; then failed=$((failed + 1)); return; fi
  local bad total; bad=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
  passed=$((passed + total - bad)); failed=$((failed + bad))
}
count_node() {  # "# pass 12" / "# fail 0" / "# cancelled 0" (TAP summary of node --test); a cancelled test failed
  local p f c; p=$(grep -E '^# pass [0-9]+' "$1" | tail -1 | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$1" | tail -1 | awk '{print $3}')
  c=$(grep -E '^# cancelled [0-9]+' "$1" | tail -1 | awk '{print $3}')
  if [[ -z $p ]]; then failed=$((failed + 1)); return; fi
  passed=$((passed + p)); failed=$((failed + ${f:-0} + ${c:-0}))
}
# Each part's time goes to the log (and a summary line at the end): a clean CI run must stay well under 15 minutes.
timings=()
step_name=""
step_start=$SECONDS
end_step() { [[ -z $step_name ]] || timings+=("$step_name $((SECONDS - step_start)) s"); }
step() { end_step; step_name=$1; step_start=$SECONDS; echo; echo "== $*"; }

step "build" "(native + wasm)"
if ! scripts/build.sh native wasm; then
  echo "build failed"; echo "$passed passed, $((failed + 1)) failed"; exit 1
fi

# The sanitizer build (CI only) starts now, in the background at the lowest CPU priority: it compiles while the
# tests below leave a core idle (a browser test mostly waits for pages), and its step later finds it built.
extra=false
if [[ -x tests/ci-extra.sh && "${CI:-}" == true || "${CLAIMCHECK_EXTRA:-}" == 1 ]]; then
  extra=true
  nice -n 19 tests/ci-extra.sh --build >/dev/null 2>&1 &
fi

step "ctest" "C++ unit and golden tests"
ctest --preset native -j2 2>&1 | tee "$logs/ctest.log" | grep -vE '^\s+(Start|[0-9]+/[0-9]+ Test)' || true
count_ctest "$logs/ctest.log"

step "node" "WASM module, JS package, CLI parity (node --test)"
# Two files at a time (Node's default is one on two cores): each file works in its own temporary directory.
node --test --test-concurrency=2 --test-timeout=180000 --test-reporter=tap tests/node/ >"$logs/node.log" 2>&1
grep -E '^(not ok|# (tests|pass|fail|cancelled))' "$logs/node.log" || true
count_node "$logs/node.log"

step "browser" "page and widget in headless Chromium (node --test)"
node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=tap tests/browser/ >"$logs/browser.log" 2>&1
grep -E '^(not ok|# (tests|pass|fail|cancelled))' "$logs/browser.log" || true
count_node "$logs/browser.log"

if $extra; then
  step "sanitizers+fuzz" "sanitizer build and tests, short fuzz runs"
  tests/ci-extra.sh >"$logs/extra.log" 2>&1
  grep -E '^(extra:|[0-9]+ passed)' "$logs/extra.log" || true
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$logs/extra.log" | tail -1)
  if [[ -n $line ]]; then
    passed=$((passed + ${line%% *})); f=${line#*, }; failed=$((failed + ${f%% *}))
  else
    failed=$((failed + 1))
  fi
fi

end_step
echo; echo "time: ${timings[*]/%/,} total $SECONDS s"
[[ $failed -eq 0 ]] || echo "failures: see $logs/"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
