#!/usr/bin/env bash
# Builds what is asked, incrementally: native (engine, CLI, tests) and/or wasm (web/dist/claimcheck.{js,wasm}; the
# widget's check-only module web/dist/claimcheck-check.{js,wasm} and the bundled fact base it fetches,
# web/dist/claimcheck-bundled.ccfb; the widget bundled: web/dist/claimcheck-widget.js, its chunks and worker.js; the
# package bundled for pages: web/dist/claimcheck-browser.js and claimcheck-worker.js).
#   scripts/build.sh [native] [wasm]      (default: both)
# wasm also builds the native build's claimcheck_compile_facts first: the tool that compiles the bundled fact base.
# CLAIMCHECK_WERROR=ON turns warnings into errors (CI sets it through test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten finds acorn there (toolchain note 1)
werror=${CLAIMCHECK_WERROR:-OFF}
targets=("$@")
((${#targets[@]})) || targets=(native wasm)
mkdir -p build
for t in "${targets[@]}"; do
  # One build at a time per build directory (several shells may build at once).
  exec 9>"build/.lock-$t"
  flock 9
  case $t in
    native)
      cmake --preset native -DCLAIMCHECK_WERROR="$werror" >/dev/null
      cmake --build --preset native ;;
    wasm)
      # The bundled fact base is compiled at build time by a native tool (cmake/BundledFacts.cmake): build it
      # first, incrementally, in the native build directory (under that directory's lock).
      exec 8>"build/.lock-native"
      flock 8
      cmake --preset native -DCLAIMCHECK_WERROR="$werror" >/dev/null
      cmake --build --preset native --target claimcheck_compile_facts
      exec 8>&-
      host=(-DCLAIMCHECK_HOST_FACTS_COMPILER="$PWD/build/native/claimcheck_compile_facts")
      emcmake cmake --preset wasm -DCLAIMCHECK_WERROR="$werror" "${host[@]}" >/dev/null
      cmake --build --preset wasm
      emcmake cmake --preset wasm-check -DCLAIMCHECK_WERROR="$werror" "${host[@]}" >/dev/null
      cmake --build --preset wasm-check
      node scripts/bundle-web.mjs ;;  # the widget and the package for pages, bundled: what a site serves
    *) echo "build.sh: unknown target '$t' (native, wasm)" >&2; exit 2 ;;
  esac
  exec 9>&-
done
