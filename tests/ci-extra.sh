#!/usr/bin/env bash
# The extra CI checks; ./test.sh runs this when CI=true or CLAIMCHECK_EXTRA=1. One build tree, build/fuzz (CMake
# preset `sanitize`: clang-14, -O2, AddressSanitizer + UndefinedBehaviorSanitizer), built once for both steps:
#   1. the Catch2 suite, run through ctest: any sanitizer report fails its test;
#   2. a short run of each libFuzzer target (tests/fuzz/run.sh), two at a time: FUZZ_SECONDS each, default 10,
#      from the fixed seed FUZZ_SEED (default 1): the same commit mutates the same way, so CI does not fail by
#      luck. Long exploring runs (tests/fuzz/README.md) go without a seed; what they find joins the seeds.
# Prints one "extra: ..." line per step (./test.sh shows those) and, as its LAST line, "N passed, N failed": each
# sanitized ctest test and each fuzz target counts one. Incremental and idempotent: the build tree is reused, so a
# second run only rebuilds what changed. From scratch it takes about 5 minutes on 2 cores.
#   tests/ci-extra.sh --build   only builds the tree (./test.sh starts this early, in the background, at the lowest
#                               CPU priority: the compiler then uses what the other tests leave idle)
set -uo pipefail
cd "$(dirname "$0")/.."
fuzz_seconds=${FUZZ_SECONDS:-10}
logs=build/test-logs
mkdir -p "$logs"
passed=0
failed=0

# --- 1. sanitizers --------------------------------------------------------------------------------------------
start=$SECONDS
targets=(check compiled facts parsers text)
exec 9>build/.lock-fuzz  # tests/fuzz/run.sh's lock: the same tree (a build started earlier holds it until done)
flock 9
build() {
  cmake --preset sanitize >"$logs/extra-sanitize-build.log" 2>&1 &&
    cmake --build --preset sanitize --target claimcheck_tests "${targets[@]/#/fuzz_}" \
      >>"$logs/extra-sanitize-build.log" 2>&1
}
if [[ ${1:-} == --build ]]; then
  build
  exit
fi
if build; then
  UBSAN_OPTIONS=print_stacktrace=1 ctest --preset sanitize -j2 --timeout 300 >"$logs/extra-sanitize.log" 2>&1
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$logs/extra-sanitize.log" | tail -1)
  if [[ -n $line ]]; then
    bad=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
    passed=$((passed + total - bad))
    failed=$((failed + bad))
    echo "extra: sanitizers (ASan+UBSan): $((total - bad)) passed, $bad failed in $((SECONDS - start)) s"
    grep -E '^\s+[0-9]+ - .*\((Failed|SEGFAULT|Subprocess aborted|Timeout|Child aborted|Exception)\)' \
      "$logs/extra-sanitize.log" | sed -E 's/^\s+/extra: FAILED sanitized test /'
  else
    failed=$((failed + 1))
    echo "extra: sanitizers: ctest gave no summary, log $logs/extra-sanitize.log"
  fi
else
  failed=$((failed + 1))
  grep -m5 -E 'error' "$logs/extra-sanitize-build.log" | sed 's/^/extra: /'
  echo "extra: sanitizers: the sanitize build failed, log $logs/extra-sanitize-build.log"
fi
exec 9>&-

# --- 2. fuzzing (the targets are built: run.sh finds nothing to rebuild) -------------------------------------
FUZZ_JOBS=${FUZZ_JOBS:-2} FUZZ_SEED=${FUZZ_SEED:-1} tests/fuzz/run.sh "$fuzz_seconds" "${targets[@]}" >"$logs/extra-fuzz.log" 2>&1
ran=0
while IFS= read -r line; do
  echo "extra: $line"
  case $line in
    "fuzz "*": ok,"*) passed=$((passed + 1)); ran=$((ran + 1)) ;;
    "fuzz "*": FAILED"*) failed=$((failed + 1)); ran=$((ran + 1)) ;;
  esac
done < <(grep -E '^fuzz' "$logs/extra-fuzz.log")
if ((ran < ${#targets[@]})); then  # the build failed before some targets ran
  failed=$((failed + ${#targets[@]} - ran))
  echo "extra: fuzz: $((${#targets[@]} - ran)) target(s) did not run, log $logs/extra-fuzz.log"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
