// The check-only WebAssembly module (wasm/CMakeLists.txt, CLAIMCHECK_CHECK_ONLY): what the widget's bundle uses in
// place of ../src/module-files.js. Its Engine loads fact bases and checks; extract, validate and the command line
// are left out of it.
export const WASM_URL = new URL('../dist/claimcheck-check.wasm', import.meta.url);
export const importGlue = () => import('../dist/claimcheck-check.js');
// Bundled only: the widget's chunk and its worker (dist/worker.js) are both in dist/.
export const WORKER_URL = new URL('./worker.js', import.meta.url);
