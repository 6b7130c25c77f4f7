#!/usr/bin/env bash
# Where the time goes, for the targets bench/run.sh reports as missed (see bench/README.md, "Profile"):
#   1. callgrind on the native bench binary checking the 1,000-word article (Check() only), and on start-up
#      (the bundled fact base: parse, gazetteer, index);
#   2. V8's sampling profiler on the WebAssembly module, relinked with --profiling-funcs so that functions keep
#      their names: the article in a loop, the 1 MB corpus in a loop, and one cold start.
# The profiling module is built in build/bench-prof/ (never web/dist/), linked with the flags of
# wasm/CMakeLists.txt read from that file, plus --profiling-funcs.
#   bench/profile.sh            (after bench/run.sh, which makes the corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
bench=build/native/bench/claimcheck_bench
article=bench/corpus/article.txt
[[ -f $article ]] || node bench/gen-corpus.mjs >&2
scripts/build.sh native >/dev/null

# (Lists are cut with awk, which reads its whole input: `head` would end the pipe early and, under pipefail, the
# script with SIGPIPE.)
top() {  # the N functions with the most instructions (self), from a callgrind file
  callgrind_annotate "$1" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | grep -v 'PROGRAM TOTALS' | awk -v n="$2" 'NR <= n' |
    sed -E 's/\(std::[^)]*\)|\[[^]]*\]//g; s/std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >/std::string/g' |
    cut -c1-160
}

echo "== native, Check() on the article (callgrind, instructions, self) =="
valgrind --tool=callgrind --callgrind-out-file=build/bench-prof.check.cg "$bench" latency "$article" --iters 30 \
  >/dev/null 2>&1
top build/bench-prof.check.cg 20
echo
echo "== native, inclusive: the pipeline stages =="
callgrind_annotate --inclusive=yes build/bench-prof.check.cg 2>/dev/null |
  grep -E 'AnalyzeSentence|EntityDictionary::Find|Tokenize\(|FindDates\(|FindQuantities\(|MatchTokens|SplitSentences|PhraseIndex::Find|CompareFact|MakeClaim|ReportToJson|Checker::Check\(' |
  sed -E 's/\(std::[^)]*\).*//; s/\[[^]]*\]//g' | cut -c1-120
echo
echo "== native, start-up: bundled fact base + checker (callgrind, inclusive) =="
valgrind --tool=callgrind --callgrind-out-file=build/bench-prof.start.cg "$bench" scale \
  facts/moscow-2023-04-25.json "$article" --iters 1 >/dev/null 2>&1
callgrind_annotate --inclusive=yes build/bench-prof.start.cg 2>/dev/null |
  grep -E 'Scale\(|FromJson\(|Checker::Checker|EntityDictionary::EntityDictionary|AddGazetteer|AddName|AddFactBase|PhraseIndex::Add|nlohmann.*parser.*parse\(' |
  sed -E 's/\(std::[^)]*\).*//; s/\[[^]]*\]//g' | cut -c1-120 | awk 'NR <= 12'

echo
echo "== WebAssembly (V8 --cpu-prof, module relinked with --profiling-funcs) =="
mkdir -p build/bench-prof
# The bundled fact base is compiled by the native build's tool (cmake/BundledFacts.cmake), built above.
emcmake cmake -S . -B build/bench-prof -DCMAKE_BUILD_TYPE=Release \
  -DCLAIMCHECK_HOST_FACTS_COMPILER="$PWD/build/native/claimcheck_compile_facts" >/dev/null
cmake --build build/bench-prof --target claimcheck_engine -j2 >/dev/null
# The link options of wasm/CMakeLists.txt, without comments and generator expressions, plus --profiling-funcs.
mapfile -t flags < <(awk '/target_link_options\(claimcheck_wasm/ {on = 1; next}
  on { sub(/#.*/, ""); if ($0 ~ /\)[ \t]*$/) { sub(/\)[ \t]*$/, ""); print; exit } print }' wasm/CMakeLists.txt |
  sed -E 's/\$<\$<CONFIG:Release>:.*>/-O3/' | tr -s ' \t' '\n\n' | grep -v '^$')  # the full module's -O3
# memcpy, memmove and memset as bulk memory instructions, as in the full module (wasm/CMakeLists.txt).
em++ -std=c++17 -O3 -mbulk-memory -fno-lto -c wasm/bulk_memory.cpp -o build/bench-prof/bulk_memory.o
em++ -std=c++17 -fexceptions -O3 wasm/bindings.cpp build/bench-prof/bulk_memory.o -Iengine/include \
  -Ibuild/bench-prof/third_party/include -DCLAIMCHECK_VERSION="\"profile\"" build/bench-prof/libclaimcheck_engine.a \
  "${flags[@]}" --profiling-funcs -o build/bench-prof/claimcheck.js
node bench/profile-wasm.mjs check build/bench-prof
echo
node bench/profile-wasm.mjs corpus build/bench-prof
echo
node bench/profile-wasm.mjs cold build/bench-prof
