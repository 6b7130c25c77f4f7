#!/usr/bin/env bash
# The product on the bundled fact base.
#   ./run.sh                      serve the paste page (and the widget demo) on http://localhost:8080
#   ./run.sh check FILE [opts]    print the check of FILE in the terminal (any `claimcheck check` option)
#   ./run.sh validate PATH...     validate fact base files
# Installs what is missing and builds first (incrementally: seconds when nothing changed).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)   # FILE arguments stay relative to the caller's directory
"$root/scripts/setup.sh"
if [[ $# -gt 0 ]]; then
  "$root/scripts/build.sh" native >/dev/null
  exec "$root/build/native/cli/claimcheck" "$@"
fi
"$root/scripts/build.sh" wasm >/dev/null
exec node "$root/scripts/serve.mjs" --port "${PORT:-8080}"
