#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan + UBSan, -O2: CMake preset `sanitize`) in build/fuzz and runs
# each for SECONDS (default 60).
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      TARGET: check compiled facts parsers text (default: all five)
# FUZZ_JOBS=N runs N targets at a time (CI: 2, one per core).
# Each target's corpus grows in build/fuzz/corpus/<target>, seeded from tests/fuzz/seeds/. A crash, a sanitizer
# report, a broken invariant, a leak or a hang (one input over 10 s) stops that target, leaves the input in
# build/fuzz/artifacts/<target>/ and fails the run. Prints one line per target:
#   fuzz <target>: ok, <runs> runs in <seconds> s, corpus <n>     or     fuzz <target>: FAILED (<what>), log <path>
# Exit status: 0 when every target is ok. Incremental: configures once, rebuilds only what changed. Logs go to
# build/fuzz/fuzz_<target>.log, or to $FUZZ_LOGS/ (for a long run next to short CI runs). FUZZ_SEED=N fixes
# libFuzzer's random seed (CI sets it, so a commit's result does not depend on luck); unset, each run differs.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
if [[ ! $seconds =~ ^[0-9]+$ ]]; then  # libFuzzer reads a word as 0: no limit at all
  echo "usage: tests/fuzz/run.sh [SECONDS] [TARGET...]" >&2
  exit 2
fi
shift || true
targets=("$@")
((${#targets[@]})) || targets=(check compiled facts parsers text)
build=build/fuzz

mkdir -p build
exec 9>build/.lock-fuzz
flock 9
if [[ ! -f $build/CMakeCache.txt ]]; then  # preset `sanitize`: this tree also builds the sanitized Catch2 suite
  cmake --preset sanitize >/dev/null || { echo "fuzz: configure failed"; exit 1; }
fi
if ! cmake --build --preset sanitize --target "${targets[@]/#/fuzz_}" >"$build/build.log" 2>&1; then
  grep -E 'error' "$build/build.log" | head -20
  echo "fuzz: build failed, log $build/build.log"
  exit 1
fi
exec 9>&-

seeds_of() { case $1 in facts|compiled) echo "tests/fuzz/seeds/$1" ;; *) echo tests/fuzz/seeds/text ;; esac; }
dict_of() { case $1 in facts) echo tests/fuzz/facts.dict ;; compiled) echo tests/fuzz/compiled.dict ;; *) echo tests/fuzz/text.dict ;; esac; }
max_len_of() { case $1 in facts) echo 16384 ;; *) echo 4096 ;; esac; }

# One target's run; prints its line (and returns 1 when it failed).
fuzz_one() {
  local t=$1 corpus=$build/corpus/$1 artifacts=$build/artifacts/$1 log=${FUZZ_LOGS:-$build}/fuzz_$1.log
  mkdir -p "$corpus" "$artifacts"
  local start=$SECONDS
  "$build/tests/fuzz/fuzz_$t" "$corpus" "$(seeds_of "$t")" -dict="$(dict_of "$t")" -max_len="$(max_len_of "$t")" \
    ${FUZZ_SEED:+-seed="$FUZZ_SEED"} -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
    >"$log" 2>&1
  local rc=$?
  local runs; runs=$(grep -a -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  if [[ $rc -eq 0 ]]; then
    echo "fuzz $t: ok, ${runs:-?} runs in $((SECONDS - start)) s, corpus $(find "$corpus" -type f | wc -l)"
  else
    local what; what=$(grep -a -m1 -oE 'ERROR: [A-Za-z]+: [a-z-]+|invariant failed: .*|ERROR: libFuzzer: [a-z-]+|runtime error: .*' "$log")
    echo "fuzz $t: FAILED (${what:-exit $rc}), log $log"
    return 1
  fi
}

# FUZZ_JOBS targets at a time (default 1; each libFuzzer run takes one core). Lines are printed in the targets' order.
max_jobs=${FUZZ_JOBS:-1}
[[ $max_jobs =~ ^[1-9][0-9]*$ ]] || max_jobs=1
mkdir -p "${FUZZ_LOGS:-$build}"
lines=$(mktemp -d)
trap 'rm -rf "$lines"' EXIT
pids=()
for t in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= max_jobs)); do wait -n || true; done
  fuzz_one "$t" >"$lines/$t" &
  pids+=($!)
done
status=0
for i in "${!targets[@]}"; do
  wait "${pids[$i]}" || status=1
  cat "$lines/${targets[$i]}"
done
exit $status
