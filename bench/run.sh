#!/usr/bin/env bash
# The benchmarks, in one command: builds what they need, generates the corpora, runs everything, prints the tables
# and writes bench/results.json.
#   bench/run.sh                 full run (a few minutes on 2 cores)
#   BENCH_QUICK=1 bench/run.sh   smaller sizes, fewer runs (under a minute)
# Other knobs (environment): BENCH_CORPUS_BYTES (1000000), BENCH_RUNS, BENCH_ITERS, BENCH_COLD_RUNS,
# BENCH_PEER_SECONDS, BENCH_SCALE (10,1000,10000,100000), BENCH_BROWSER=0, BENCH_WASM_SCALE=0, BENCH_SEED,
# BENCH_BUILD=0 (use the binaries already built).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten finds acorn there (toolchain note 1)

if [[ ${BENCH_BUILD:-1} != 0 ]]; then
  echo "bench: building native and wasm ..." >&2
  scripts/build.sh native wasm >/dev/null
fi

# The floor: a tiny standalone module that only reads every byte (bench/floor.cpp).
mkdir -p build/bench
if [[ ! build/bench/floor.wasm -nt bench/floor.cpp ]]; then
  em++ -O3 bench/floor.cpp -o build/bench/floor.wasm -sSTANDALONE_WASM --no-entry \
    -sEXPORTED_FUNCTIONS=_floor_buffer,_floor_capacity,_floor_scan -sINITIAL_MEMORY=33554432
fi

# The JS libraries we compare with: bench's own devDependencies, installed once from the committed lock file.
if [[ ! -d bench/node_modules ]] || [[ bench/package-lock.json -nt bench/node_modules ]]; then
  echo "bench: npm ci in bench/ ..." >&2
  (cd bench && npm ci --no-audit --no-fund >/dev/null)
fi

node bench/gen-corpus.mjs >&2
node bench/bench.mjs
