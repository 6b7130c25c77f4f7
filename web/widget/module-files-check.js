// The check-only WebAssembly module (wasm/CMakeLists.txt, CLAIMCHECK_CHECK_ONLY): what the widget's bundle uses in
// place of ../src/module-files.js. Its Engine loads fact bases and checks; extract, validate, the command line and
// the bundled fact base are left out of it.
export const WASM_URL = new URL('../dist/claimcheck-check.wasm', import.meta.url);
export const importGlue = () => import('../dist/claimcheck-check.js');
// Bundled only: the widget's chunk and its worker (dist/worker.js) are both in dist/.
export const WORKER_URL = new URL('./worker.js', import.meta.url);
// The bundled fact base, compiled (`claimcheck compile`): createChecker fetches it as its `facts` when given none.
// (A function, so that the worker's bundle, which never calls it, leaves it out.)
export const bundledFactsUrl = () => new URL('../dist/claimcheck-bundled.ccfb', import.meta.url);
